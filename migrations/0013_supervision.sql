CREATE TABLE "inspections" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"office_id" uuid NOT NULL,
	"employer_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"inspected_on" date NOT NULL,
	"inspector_ids" uuid[] NOT NULL,
	"findings" jsonb NOT NULL,
	"note" text,
	"network_id" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "inspections" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "notice_counters" (
	"office_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"last" integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE "notice_counters" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "notice_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"notice_id" uuid NOT NULL,
	"type" text NOT NULL,
	"from_status" text NOT NULL,
	"to_status" text NOT NULL,
	"note" text,
	"actor_id" uuid,
	"actor_name" text,
	"actor_office_id" uuid,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "notice_events" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "notices" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"notice_no" text,
	"type" text NOT NULL,
	"status" text NOT NULL,
	"office_id" uuid NOT NULL,
	"employer_id" uuid NOT NULL,
	"inspection_id" uuid,
	"categories" text[] NOT NULL,
	"facts" text NOT NULL,
	"legal_basis" text NOT NULL,
	"serious" boolean DEFAULT false NOT NULL,
	"previous_notice_id" uuid,
	"issued_at" timestamp with time zone,
	"deadline_at" timestamp with time zone,
	"ready_to_escalate_at" timestamp with time zone,
	"responded_at" timestamp with time zone,
	"rectified_at" timestamp with time zone,
	"published_at" timestamp with time zone,
	"approved_by_office_id" uuid,
	"closed_at" timestamp with time zone,
	"network_id" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "notices" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "inspections" ADD CONSTRAINT "inspections_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspections" ADD CONSTRAINT "inspections_employer_id_employers_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."employers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspections" ADD CONSTRAINT "inspections_network_id_offices_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notice_counters" ADD CONSTRAINT "notice_counters_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notice_events" ADD CONSTRAINT "notice_events_notice_id_notices_id_fk" FOREIGN KEY ("notice_id") REFERENCES "public"."notices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notices" ADD CONSTRAINT "notices_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notices" ADD CONSTRAINT "notices_employer_id_employers_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."employers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notices" ADD CONSTRAINT "notices_inspection_id_inspections_id_fk" FOREIGN KEY ("inspection_id") REFERENCES "public"."inspections"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notices" ADD CONSTRAINT "notices_previous_notice_id_notices_id_fk" FOREIGN KEY ("previous_notice_id") REFERENCES "public"."notices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notices" ADD CONSTRAINT "notices_approved_by_office_id_offices_id_fk" FOREIGN KEY ("approved_by_office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notices" ADD CONSTRAINT "notices_network_id_offices_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "inspections_office_idx" ON "inspections" USING btree ("office_id","inspected_on");--> statement-breakpoint
CREATE INDEX "inspections_employer_idx" ON "inspections" USING btree ("employer_id");--> statement-breakpoint
CREATE UNIQUE INDEX "notice_counters_key" ON "notice_counters" USING btree ("office_id","year");--> statement-breakpoint
CREATE INDEX "notice_events_notice_idx" ON "notice_events" USING btree ("notice_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "notices_notice_no_key" ON "notices" USING btree ("office_id","notice_no");--> statement-breakpoint
CREATE INDEX "notices_office_status_idx" ON "notices" USING btree ("office_id","status");--> statement-breakpoint
CREATE INDEX "notices_employer_idx" ON "notices" USING btree ("employer_id","type");--> statement-breakpoint
CREATE INDEX "notices_previous_idx" ON "notices" USING btree ("previous_notice_id");--> statement-breakpoint
CREATE INDEX "notices_deadline_idx" ON "notices" USING btree ("type","status","deadline_at");--> statement-breakpoint
CREATE POLICY "inspections_read" ON "inspections" AS PERMISSIVE FOR SELECT TO "app_scoped" USING ("inspections"."office_id" in (select o.id from offices o where o.path like nullif(current_setting('app.scope_path', true), '') || '%'));--> statement-breakpoint
CREATE POLICY "inspections_insert" ON "inspections" AS PERMISSIVE FOR INSERT TO "app_scoped" WITH CHECK ("inspections"."office_id" in (select o.id from offices o where o.path like nullif(current_setting('app.scope_path', true), '') || '%') and "inspections"."network_id" = nullif(current_setting('app.network_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "inspections_update" ON "inspections" AS PERMISSIVE FOR UPDATE TO "app_scoped" USING ("inspections"."office_id" in (select o.id from offices o where o.path like nullif(current_setting('app.scope_path', true), '') || '%')) WITH CHECK ("inspections"."office_id" in (select o.id from offices o where o.path like nullif(current_setting('app.scope_path', true), '') || '%') and "inspections"."network_id" = nullif(current_setting('app.network_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "notice_counters_scoped" ON "notice_counters" AS PERMISSIVE FOR ALL TO "app_scoped" USING ("notice_counters"."office_id" in (select o.id from offices o where o.path like nullif(current_setting('app.scope_path', true), '') || '%')) WITH CHECK ("notice_counters"."office_id" in (select o.id from offices o where o.path like nullif(current_setting('app.scope_path', true), '') || '%'));--> statement-breakpoint
CREATE POLICY "notice_events_read" ON "notice_events" AS PERMISSIVE FOR SELECT TO "app_scoped" USING ("notice_events"."notice_id" in (select n.id from notices n));--> statement-breakpoint
CREATE POLICY "notice_events_insert" ON "notice_events" AS PERMISSIVE FOR INSERT TO "app_scoped" WITH CHECK ("notice_events"."notice_id" in (select n.id from notices n));--> statement-breakpoint
CREATE POLICY "notices_read" ON "notices" AS PERMISSIVE FOR SELECT TO "app_scoped" USING ("notices"."office_id" in (select o.id from offices o where o.path like nullif(current_setting('app.scope_path', true), '') || '%'));--> statement-breakpoint
CREATE POLICY "notices_insert" ON "notices" AS PERMISSIVE FOR INSERT TO "app_scoped" WITH CHECK ("notices"."office_id" in (select o.id from offices o where o.path like nullif(current_setting('app.scope_path', true), '') || '%') and "notices"."network_id" = nullif(current_setting('app.network_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "notices_update" ON "notices" AS PERMISSIVE FOR UPDATE TO "app_scoped" USING ("notices"."office_id" in (select o.id from offices o where o.path like nullif(current_setting('app.scope_path', true), '') || '%')) WITH CHECK ("notices"."office_id" in (select o.id from offices o where o.path like nullif(current_setting('app.scope_path', true), '') || '%') and "notices"."network_id" = nullif(current_setting('app.network_id', true), '')::uuid);