CREATE TABLE "employers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"external_id" text,
	"name" text NOT NULL,
	"credit_code" text NOT NULL,
	"region_code" text NOT NULL,
	"industry" text NOT NULL,
	"employee_count" integer NOT NULL,
	"unionized" boolean NOT NULL,
	"union_office_id" uuid,
	"group_id" uuid,
	"office_id" uuid NOT NULL,
	"network_id" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "employers_employee_count" CHECK ("employers"."employee_count" >= 0)
);
--> statement-breakpoint
ALTER TABLE "employers" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "lawyers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"external_id" text,
	"name" text NOT NULL,
	"license_no" text NOT NULL,
	"firm" text NOT NULL,
	"kind" text NOT NULL,
	"pools" text[] NOT NULL,
	"max_active_matters" integer NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"office_id" uuid NOT NULL,
	"network_id" uuid NOT NULL,
	"phone" text,
	"certificate_expiry" date,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "lawyers" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "mediation_org_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"type" text NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"reason" text,
	"note" text,
	"actor_id" uuid,
	"actor_name" text,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "mediation_org_events" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "mediation_orgs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"external_id" text,
	"type" text NOT NULL,
	"name" text NOT NULL,
	"employer_id" uuid,
	"office_id" uuid NOT NULL,
	"filing_office_id" uuid NOT NULL,
	"filing_rule" integer NOT NULL,
	"status" text NOT NULL,
	"region_code" text NOT NULL,
	"checklist" jsonb NOT NULL,
	"override_reason" text,
	"coordinator_name" text,
	"phone" text,
	"address" text,
	"reporting_cadence" text DEFAULT 'quarter' NOT NULL,
	"filed_at" timestamp with time zone,
	"network_id" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "mediation_orgs" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "mediators" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"external_id" text,
	"org_id" uuid NOT NULL,
	"name" text NOT NULL,
	"gender" text,
	"phone" text,
	"part_time" boolean DEFAULT true NOT NULL,
	"also_supervisor" boolean DEFAULT false NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"certificate_no" text,
	"certificate_expiry" date,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "mediators" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "org_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"period" text NOT NULL,
	"cases_received" integer NOT NULL,
	"cases_mediated" integer NOT NULL,
	"cases_settled" integer NOT NULL,
	"amount_settled" numeric(16, 2) NOT NULL,
	"warnings_raised" integer NOT NULL,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"submitted_by" uuid
);
--> statement-breakpoint
ALTER TABLE "org_reports" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "supervisors" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"external_id" text,
	"name" text NOT NULL,
	"office_id" uuid NOT NULL,
	"employer_id" uuid,
	"mediator_id" uuid,
	"phone" text,
	"active" boolean DEFAULT true NOT NULL,
	"certificate_no" text,
	"certificate_expiry" date,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "supervisors" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "law_background" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "employers" ADD CONSTRAINT "employers_union_office_id_offices_id_fk" FOREIGN KEY ("union_office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employers" ADD CONSTRAINT "employers_group_id_offices_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employers" ADD CONSTRAINT "employers_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employers" ADD CONSTRAINT "employers_network_id_offices_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lawyers" ADD CONSTRAINT "lawyers_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lawyers" ADD CONSTRAINT "lawyers_network_id_offices_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mediation_org_events" ADD CONSTRAINT "mediation_org_events_org_id_mediation_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."mediation_orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mediation_orgs" ADD CONSTRAINT "mediation_orgs_employer_id_employers_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."employers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mediation_orgs" ADD CONSTRAINT "mediation_orgs_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mediation_orgs" ADD CONSTRAINT "mediation_orgs_filing_office_id_offices_id_fk" FOREIGN KEY ("filing_office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mediation_orgs" ADD CONSTRAINT "mediation_orgs_network_id_offices_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mediators" ADD CONSTRAINT "mediators_org_id_mediation_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."mediation_orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "org_reports" ADD CONSTRAINT "org_reports_org_id_mediation_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."mediation_orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervisors" ADD CONSTRAINT "supervisors_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervisors" ADD CONSTRAINT "supervisors_employer_id_employers_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."employers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervisors" ADD CONSTRAINT "supervisors_mediator_id_mediators_id_fk" FOREIGN KEY ("mediator_id") REFERENCES "public"."mediators"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "employers_credit_code_key" ON "employers" USING btree ("credit_code");--> statement-breakpoint
CREATE UNIQUE INDEX "employers_external_id_key" ON "employers" USING btree ("network_id","external_id");--> statement-breakpoint
CREATE INDEX "employers_network_name_idx" ON "employers" USING btree ("network_id","name");--> statement-breakpoint
CREATE INDEX "employers_region_idx" ON "employers" USING btree ("region_code");--> statement-breakpoint
CREATE INDEX "employers_union_office_idx" ON "employers" USING btree ("union_office_id");--> statement-breakpoint
CREATE INDEX "employers_group_idx" ON "employers" USING btree ("group_id");--> statement-breakpoint
CREATE UNIQUE INDEX "lawyers_license_key" ON "lawyers" USING btree ("license_no");--> statement-breakpoint
CREATE UNIQUE INDEX "lawyers_external_id_key" ON "lawyers" USING btree ("network_id","external_id");--> statement-breakpoint
CREATE INDEX "lawyers_office_idx" ON "lawyers" USING btree ("office_id");--> statement-breakpoint
CREATE INDEX "mediation_org_events_org_idx" ON "mediation_org_events" USING btree ("org_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "mediation_orgs_external_id_key" ON "mediation_orgs" USING btree ("network_id","external_id");--> statement-breakpoint
CREATE UNIQUE INDEX "mediation_orgs_one_per_office" ON "mediation_orgs" USING btree ("office_id") WHERE "mediation_orgs"."type" in ('district_center', 'city_guidance_center', 'street_room');--> statement-breakpoint
CREATE INDEX "mediation_orgs_filing_idx" ON "mediation_orgs" USING btree ("filing_office_id","status");--> statement-breakpoint
CREATE INDEX "mediation_orgs_employer_idx" ON "mediation_orgs" USING btree ("employer_id");--> statement-breakpoint
CREATE INDEX "mediation_orgs_office_idx" ON "mediation_orgs" USING btree ("office_id");--> statement-breakpoint
CREATE INDEX "mediation_orgs_network_idx" ON "mediation_orgs" USING btree ("network_id","status","type");--> statement-breakpoint
CREATE UNIQUE INDEX "mediators_external_id_key" ON "mediators" USING btree ("org_id","external_id");--> statement-breakpoint
CREATE INDEX "mediators_org_idx" ON "mediators" USING btree ("org_id");--> statement-breakpoint
CREATE INDEX "mediators_expiry_idx" ON "mediators" USING btree ("certificate_expiry");--> statement-breakpoint
CREATE UNIQUE INDEX "org_reports_org_period_key" ON "org_reports" USING btree ("org_id","period");--> statement-breakpoint
CREATE INDEX "org_reports_period_idx" ON "org_reports" USING btree ("period");--> statement-breakpoint
CREATE UNIQUE INDEX "supervisors_external_id_key" ON "supervisors" USING btree ("office_id","external_id");--> statement-breakpoint
CREATE INDEX "supervisors_office_idx" ON "supervisors" USING btree ("office_id");--> statement-breakpoint
CREATE INDEX "supervisors_employer_idx" ON "supervisors" USING btree ("employer_id");--> statement-breakpoint
CREATE POLICY "employers_read" ON "employers" AS PERMISSIVE FOR SELECT TO "app_scoped" USING ("employers"."network_id" = nullif(current_setting('app.network_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "employers_insert" ON "employers" AS PERMISSIVE FOR INSERT TO "app_scoped" WITH CHECK ("employers"."office_id" in (select o.id from offices o where o.path like nullif(current_setting('app.scope_path', true), '') || '%') and "employers"."network_id" = nullif(current_setting('app.network_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "employers_update" ON "employers" AS PERMISSIVE FOR UPDATE TO "app_scoped" USING ("employers"."office_id" in (select o.id from offices o where o.path like nullif(current_setting('app.scope_path', true), '') || '%')) WITH CHECK ("employers"."office_id" in (select o.id from offices o where o.path like nullif(current_setting('app.scope_path', true), '') || '%') and "employers"."network_id" = nullif(current_setting('app.network_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "lawyers_read" ON "lawyers" AS PERMISSIVE FOR SELECT TO "app_scoped" USING ("lawyers"."network_id" = nullif(current_setting('app.network_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "lawyers_insert" ON "lawyers" AS PERMISSIVE FOR INSERT TO "app_scoped" WITH CHECK ("lawyers"."office_id" in (select o.id from offices o where o.path like nullif(current_setting('app.scope_path', true), '') || '%') and "lawyers"."network_id" = nullif(current_setting('app.network_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "lawyers_update" ON "lawyers" AS PERMISSIVE FOR UPDATE TO "app_scoped" USING ("lawyers"."office_id" in (select o.id from offices o where o.path like nullif(current_setting('app.scope_path', true), '') || '%')) WITH CHECK ("lawyers"."office_id" in (select o.id from offices o where o.path like nullif(current_setting('app.scope_path', true), '') || '%') and "lawyers"."network_id" = nullif(current_setting('app.network_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "mediation_org_events_read" ON "mediation_org_events" AS PERMISSIVE FOR SELECT TO "app_scoped" USING ("mediation_org_events"."org_id" in (select m.id from mediation_orgs m));--> statement-breakpoint
CREATE POLICY "mediation_org_events_insert" ON "mediation_org_events" AS PERMISSIVE FOR INSERT TO "app_scoped" WITH CHECK ("mediation_org_events"."org_id" in (select m.id from mediation_orgs m where m.office_id in (select o.id from offices o where o.path like nullif(current_setting('app.scope_path', true), '') || '%') or m.filing_office_id in (select o.id from offices o where o.path like nullif(current_setting('app.scope_path', true), '') || '%')));--> statement-breakpoint
CREATE POLICY "mediation_orgs_read" ON "mediation_orgs" AS PERMISSIVE FOR SELECT TO "app_scoped" USING (("mediation_orgs"."status" = 'filed' and "mediation_orgs"."network_id" = nullif(current_setting('app.network_id', true), '')::uuid) or "mediation_orgs"."office_id" in (select o.id from offices o where o.path like nullif(current_setting('app.scope_path', true), '') || '%') or "mediation_orgs"."filing_office_id" in (select o.id from offices o where o.path like nullif(current_setting('app.scope_path', true), '') || '%'));--> statement-breakpoint
CREATE POLICY "mediation_orgs_insert" ON "mediation_orgs" AS PERMISSIVE FOR INSERT TO "app_scoped" WITH CHECK ("mediation_orgs"."office_id" in (select o.id from offices o where o.path like nullif(current_setting('app.scope_path', true), '') || '%') and "mediation_orgs"."network_id" = nullif(current_setting('app.network_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "mediation_orgs_update" ON "mediation_orgs" AS PERMISSIVE FOR UPDATE TO "app_scoped" USING ("mediation_orgs"."office_id" in (select o.id from offices o where o.path like nullif(current_setting('app.scope_path', true), '') || '%') or "mediation_orgs"."filing_office_id" in (select o.id from offices o where o.path like nullif(current_setting('app.scope_path', true), '') || '%')) WITH CHECK ("mediation_orgs"."office_id" in (select o.id from offices o where o.path like nullif(current_setting('app.scope_path', true), '') || '%') or "mediation_orgs"."filing_office_id" in (select o.id from offices o where o.path like nullif(current_setting('app.scope_path', true), '') || '%'));--> statement-breakpoint
CREATE POLICY "mediators_read" ON "mediators" AS PERMISSIVE FOR SELECT TO "app_scoped" USING ("mediators"."org_id" in (select m.id from mediation_orgs m));--> statement-breakpoint
CREATE POLICY "mediators_insert" ON "mediators" AS PERMISSIVE FOR INSERT TO "app_scoped" WITH CHECK ("mediators"."org_id" in (select m.id from mediation_orgs m where m.office_id in (select o.id from offices o where o.path like nullif(current_setting('app.scope_path', true), '') || '%') or m.filing_office_id in (select o.id from offices o where o.path like nullif(current_setting('app.scope_path', true), '') || '%')));--> statement-breakpoint
CREATE POLICY "mediators_update" ON "mediators" AS PERMISSIVE FOR UPDATE TO "app_scoped" USING ("mediators"."org_id" in (select m.id from mediation_orgs m where m.office_id in (select o.id from offices o where o.path like nullif(current_setting('app.scope_path', true), '') || '%') or m.filing_office_id in (select o.id from offices o where o.path like nullif(current_setting('app.scope_path', true), '') || '%'))) WITH CHECK ("mediators"."org_id" in (select m.id from mediation_orgs m where m.office_id in (select o.id from offices o where o.path like nullif(current_setting('app.scope_path', true), '') || '%') or m.filing_office_id in (select o.id from offices o where o.path like nullif(current_setting('app.scope_path', true), '') || '%')));--> statement-breakpoint
CREATE POLICY "org_reports_read" ON "org_reports" AS PERMISSIVE FOR SELECT TO "app_scoped" USING ("org_reports"."org_id" in (select m.id from mediation_orgs m where m.office_id in (select o.id from offices o where o.path like nullif(current_setting('app.scope_path', true), '') || '%') or m.filing_office_id in (select o.id from offices o where o.path like nullif(current_setting('app.scope_path', true), '') || '%')));--> statement-breakpoint
CREATE POLICY "org_reports_insert" ON "org_reports" AS PERMISSIVE FOR INSERT TO "app_scoped" WITH CHECK ("org_reports"."org_id" in (select m.id from mediation_orgs m where m.office_id in (select o.id from offices o where o.path like nullif(current_setting('app.scope_path', true), '') || '%') or m.filing_office_id in (select o.id from offices o where o.path like nullif(current_setting('app.scope_path', true), '') || '%')));--> statement-breakpoint
CREATE POLICY "supervisors_scoped" ON "supervisors" AS PERMISSIVE FOR ALL TO "app_scoped" USING ("supervisors"."office_id" in (select o.id from offices o where o.path like nullif(current_setting('app.scope_path', true), '') || '%')) WITH CHECK ("supervisors"."office_id" in (select o.id from offices o where o.path like nullif(current_setting('app.scope_path', true), '') || '%'));