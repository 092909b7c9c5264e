CREATE TABLE "case_access" (
	"case_id" uuid NOT NULL,
	"office_id" uuid NOT NULL,
	"role" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "case_access" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "case_counters" (
	"office_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"last" integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE "case_counters" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "case_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"type" text NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"reason" text,
	"note" text,
	"to_org_id" uuid,
	"actor_id" uuid,
	"actor_name" text,
	"actor_office_id" uuid,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "case_events" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "case_workers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"name" text NOT NULL,
	"id_number" text,
	"phone" text,
	"household" text
);
--> statement-breakpoint
ALTER TABLE "case_workers" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "cases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_no" text NOT NULL,
	"external_id" text,
	"channel" text NOT NULL,
	"source_body" text,
	"source_region_code" text,
	"source_reference" text,
	"status" text NOT NULL,
	"pending_transfer_org_id" uuid,
	"office_id" uuid NOT NULL,
	"handler_org_id" uuid NOT NULL,
	"employer_id" uuid NOT NULL,
	"worker_count" integer NOT NULL,
	"claims" jsonb NOT NULL,
	"amount_claimed" numeric(16, 2) NOT NULL,
	"description" text NOT NULL,
	"collective" boolean NOT NULL,
	"mass_incident" boolean DEFAULT false NOT NULL,
	"major" boolean DEFAULT false NOT NULL,
	"received_at" timestamp with time zone NOT NULL,
	"due_at" timestamp with time zone,
	"clock" text DEFAULT 'running' NOT NULL,
	"closed_at" timestamp with time zone,
	"outcome" text,
	"linked_case_id" uuid,
	"network_id" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "cases" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "clock_settings" (
	"network_id" uuid NOT NULL,
	"rule" text NOT NULL,
	"length" integer NOT NULL,
	"unit" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "clock_settings_length" CHECK ("clock_settings"."length" > 0)
);
--> statement-breakpoint
ALTER TABLE "clock_settings" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "major_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"office_id" uuid NOT NULL,
	"reasons" text[] NOT NULL,
	"reported_at" timestamp with time zone DEFAULT now() NOT NULL,
	"acknowledge_by" timestamp with time zone NOT NULL,
	"acknowledged_at" timestamp with time zone,
	"acknowledged_by" uuid,
	"alarm" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "major_reports" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "case_access" ADD CONSTRAINT "case_access_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_access" ADD CONSTRAINT "case_access_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_counters" ADD CONSTRAINT "case_counters_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_events" ADD CONSTRAINT "case_events_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_workers" ADD CONSTRAINT "case_workers_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_pending_transfer_org_id_mediation_orgs_id_fk" FOREIGN KEY ("pending_transfer_org_id") REFERENCES "public"."mediation_orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_handler_org_id_mediation_orgs_id_fk" FOREIGN KEY ("handler_org_id") REFERENCES "public"."mediation_orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_employer_id_employers_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."employers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_network_id_offices_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clock_settings" ADD CONSTRAINT "clock_settings_network_id_offices_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "major_reports" ADD CONSTRAINT "major_reports_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "major_reports" ADD CONSTRAINT "major_reports_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "case_access_key" ON "case_access" USING btree ("case_id","office_id","role");--> statement-breakpoint
CREATE INDEX "case_access_office_idx" ON "case_access" USING btree ("office_id");--> statement-breakpoint
CREATE UNIQUE INDEX "case_counters_key" ON "case_counters" USING btree ("office_id","year");--> statement-breakpoint
CREATE INDEX "case_events_case_idx" ON "case_events" USING btree ("case_id","at");--> statement-breakpoint
CREATE INDEX "case_workers_case_idx" ON "case_workers" USING btree ("case_id","position");--> statement-breakpoint
CREATE INDEX "case_workers_id_number_idx" ON "case_workers" USING btree ("id_number");--> statement-breakpoint
CREATE INDEX "case_workers_phone_idx" ON "case_workers" USING btree ("phone");--> statement-breakpoint
CREATE UNIQUE INDEX "cases_case_no_key" ON "cases" USING btree ("network_id","case_no");--> statement-breakpoint
CREATE UNIQUE INDEX "cases_external_id_key" ON "cases" USING btree ("network_id","external_id");--> statement-breakpoint
CREATE INDEX "cases_office_status_due_idx" ON "cases" USING btree ("office_id","status","due_at");--> statement-breakpoint
CREATE INDEX "cases_handler_idx" ON "cases" USING btree ("handler_org_id","status");--> statement-breakpoint
CREATE INDEX "cases_employer_idx" ON "cases" USING btree ("employer_id");--> statement-breakpoint
CREATE INDEX "cases_clock_idx" ON "cases" USING btree ("clock","due_at");--> statement-breakpoint
CREATE INDEX "cases_claims_idx" ON "cases" USING gin ("claims");--> statement-breakpoint
CREATE UNIQUE INDEX "clock_settings_key" ON "clock_settings" USING btree ("network_id","rule");--> statement-breakpoint
CREATE UNIQUE INDEX "major_reports_case_key" ON "major_reports" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "major_reports_office_idx" ON "major_reports" USING btree ("office_id","acknowledged_at");--> statement-breakpoint
CREATE POLICY "case_access_read" ON "case_access" AS PERMISSIVE FOR SELECT TO "app_scoped" USING ("case_access"."office_id" in (select o.id from offices o where o.path like nullif(current_setting('app.scope_path', true), '') || '%'));--> statement-breakpoint
CREATE POLICY "case_access_write" ON "case_access" AS PERMISSIVE FOR INSERT TO "app_scoped" WITH CHECK (case_in_reach("case_access"."case_id"));--> statement-breakpoint
CREATE POLICY "case_access_delete" ON "case_access" AS PERMISSIVE FOR DELETE TO "app_scoped" USING (case_in_reach("case_access"."case_id"));--> statement-breakpoint
CREATE POLICY "case_counters_scoped" ON "case_counters" AS PERMISSIVE FOR ALL TO "app_scoped" USING ("case_counters"."office_id" in (select o.id from offices o where o.path like nullif(current_setting('app.scope_path', true), '') || '%')) WITH CHECK ("case_counters"."office_id" in (select o.id from offices o where o.path like nullif(current_setting('app.scope_path', true), '') || '%'));--> statement-breakpoint
CREATE POLICY "case_events_read" ON "case_events" AS PERMISSIVE FOR SELECT TO "app_scoped" USING ("case_events"."case_id" in (select c.id from cases c));--> statement-breakpoint
CREATE POLICY "case_events_write" ON "case_events" AS PERMISSIVE FOR INSERT TO "app_scoped" WITH CHECK ("case_events"."case_id" in (select c.id from cases c));--> statement-breakpoint
CREATE POLICY "case_workers_read" ON "case_workers" AS PERMISSIVE FOR SELECT TO "app_scoped" USING ("case_workers"."case_id" in (select c.id from cases c));--> statement-breakpoint
CREATE POLICY "case_workers_write" ON "case_workers" AS PERMISSIVE FOR INSERT TO "app_scoped" WITH CHECK ("case_workers"."case_id" in (select c.id from cases c));--> statement-breakpoint
CREATE POLICY "cases_read" ON "cases" AS PERMISSIVE FOR SELECT TO "app_scoped" USING ("cases"."office_id" in (select o.id from offices o where o.path like nullif(current_setting('app.scope_path', true), '') || '%') or "cases"."id" in (select a.case_id from case_access a where a.office_id in (select o.id from offices o where o.path like nullif(current_setting('app.scope_path', true), '') || '%')));--> statement-breakpoint
CREATE POLICY "cases_insert" ON "cases" AS PERMISSIVE FOR INSERT TO "app_scoped" WITH CHECK ("cases"."network_id" = nullif(current_setting('app.network_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "cases_update" ON "cases" AS PERMISSIVE FOR UPDATE TO "app_scoped" USING ("cases"."office_id" in (select o.id from offices o where o.path like nullif(current_setting('app.scope_path', true), '') || '%') or "cases"."id" in (select a.case_id from case_access a where a.office_id in (select o.id from offices o where o.path like nullif(current_setting('app.scope_path', true), '') || '%'))) WITH CHECK ("cases"."network_id" = nullif(current_setting('app.network_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "clock_settings_read" ON "clock_settings" AS PERMISSIVE FOR SELECT TO "app_scoped" USING ("clock_settings"."network_id" = nullif(current_setting('app.network_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "clock_settings_write" ON "clock_settings" AS PERMISSIVE FOR ALL TO "app_scoped" USING ("clock_settings"."network_id" = nullif(current_setting('app.network_id', true), '')::uuid and "clock_settings"."network_id" in (select o.id from offices o where o.path like nullif(current_setting('app.scope_path', true), '') || '%')) WITH CHECK ("clock_settings"."network_id" = nullif(current_setting('app.network_id', true), '')::uuid and "clock_settings"."network_id" in (select o.id from offices o where o.path like nullif(current_setting('app.scope_path', true), '') || '%'));--> statement-breakpoint
CREATE POLICY "major_reports_read" ON "major_reports" AS PERMISSIVE FOR SELECT TO "app_scoped" USING ("major_reports"."office_id" in (select o.id from offices o where o.path like nullif(current_setting('app.scope_path', true), '') || '%') or "major_reports"."case_id" in (select c.id from cases c));--> statement-breakpoint
CREATE POLICY "major_reports_insert" ON "major_reports" AS PERMISSIVE FOR INSERT TO "app_scoped" WITH CHECK ("major_reports"."case_id" in (select c.id from cases c));--> statement-breakpoint
CREATE POLICY "major_reports_update" ON "major_reports" AS PERMISSIVE FOR UPDATE TO "app_scoped" USING ("major_reports"."office_id" in (select o.id from offices o where o.path like nullif(current_setting('app.scope_path', true), '') || '%')) WITH CHECK ("major_reports"."office_id" in (select o.id from offices o where o.path like nullif(current_setting('app.scope_path', true), '') || '%'));