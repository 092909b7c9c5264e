CREATE TABLE "legal_aid_applications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_no" text NOT NULL,
	"channel" text NOT NULL,
	"status" text NOT NULL,
	"office_id" uuid NOT NULL,
	"pending_transfer_office_id" uuid,
	"applicant_name" text NOT NULL,
	"id_number" text NOT NULL,
	"phone" text,
	"household" text NOT NULL,
	"hardship" text NOT NULL,
	"employer_id" uuid NOT NULL,
	"matter" text NOT NULL,
	"service" text NOT NULL,
	"amount" numeric(16, 2) NOT NULL,
	"funding" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"hardship_exempt" boolean NOT NULL,
	"green_channel" boolean NOT NULL,
	"received_at" timestamp with time zone NOT NULL,
	"decision_due_at" timestamp with time zone,
	"decided_at" timestamp with time zone,
	"approved_at" timestamp with time zone,
	"assignment_due_at" timestamp with time zone,
	"clock_rule" text,
	"due_at" timestamp with time zone,
	"clock" text DEFAULT 'running' NOT NULL,
	"lawyer_id" uuid,
	"assigned_at" timestamp with time zone,
	"rereview_used" boolean DEFAULT false NOT NULL,
	"rejection_reason" text,
	"outcome" text,
	"amount_recovered" numeric(16, 2),
	"closed_at" timestamp with time zone,
	"network_id" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "legal_aid_applications" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "legal_aid_attachments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"mime_type" text NOT NULL,
	"size" integer NOT NULL,
	"content" "bytea" NOT NULL,
	"note" text,
	"uploaded_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "legal_aid_attachments_size" CHECK ("legal_aid_attachments"."size" <= 5242880)
);
--> statement-breakpoint
ALTER TABLE "legal_aid_attachments" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "legal_aid_counters" (
	"office_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"last" integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE "legal_aid_counters" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "legal_aid_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"type" text NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"reason" text,
	"note" text,
	"lawyer_id" uuid,
	"outcome" text,
	"amount_recovered" numeric(16, 2),
	"to_office_id" uuid,
	"actor_id" uuid,
	"actor_name" text,
	"actor_office_id" uuid,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "legal_aid_events" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "legal_aid_fee_schedule" (
	"network_id" uuid NOT NULL,
	"funding" text NOT NULL,
	"service" text NOT NULL,
	"amount" numeric(16, 2) NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "legal_aid_fee_schedule" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "legal_aid_subsidies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"lawyer_id" uuid NOT NULL,
	"office_id" uuid NOT NULL,
	"funding" text NOT NULL,
	"service" text NOT NULL,
	"amount" numeric(16, 2) NOT NULL,
	"status" text DEFAULT 'owed' NOT NULL,
	"paid_at" timestamp with time zone,
	"paid_by" uuid,
	"network_id" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "legal_aid_subsidies" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "lawyers" ADD COLUMN "user_id" uuid;--> statement-breakpoint
ALTER TABLE "lawyers" ADD COLUMN "acts_for_employer_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL;--> statement-breakpoint
ALTER TABLE "legal_aid_applications" ADD CONSTRAINT "legal_aid_applications_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legal_aid_applications" ADD CONSTRAINT "legal_aid_applications_pending_transfer_office_id_offices_id_fk" FOREIGN KEY ("pending_transfer_office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legal_aid_applications" ADD CONSTRAINT "legal_aid_applications_employer_id_employers_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."employers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legal_aid_applications" ADD CONSTRAINT "legal_aid_applications_lawyer_id_lawyers_id_fk" FOREIGN KEY ("lawyer_id") REFERENCES "public"."lawyers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legal_aid_applications" ADD CONSTRAINT "legal_aid_applications_network_id_offices_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legal_aid_attachments" ADD CONSTRAINT "legal_aid_attachments_application_id_legal_aid_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."legal_aid_applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legal_aid_counters" ADD CONSTRAINT "legal_aid_counters_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legal_aid_events" ADD CONSTRAINT "legal_aid_events_application_id_legal_aid_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."legal_aid_applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legal_aid_fee_schedule" ADD CONSTRAINT "legal_aid_fee_schedule_network_id_offices_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legal_aid_subsidies" ADD CONSTRAINT "legal_aid_subsidies_application_id_legal_aid_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."legal_aid_applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legal_aid_subsidies" ADD CONSTRAINT "legal_aid_subsidies_lawyer_id_lawyers_id_fk" FOREIGN KEY ("lawyer_id") REFERENCES "public"."lawyers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legal_aid_subsidies" ADD CONSTRAINT "legal_aid_subsidies_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legal_aid_subsidies" ADD CONSTRAINT "legal_aid_subsidies_network_id_offices_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "legal_aid_application_no_key" ON "legal_aid_applications" USING btree ("network_id","application_no");--> statement-breakpoint
CREATE INDEX "legal_aid_office_status_idx" ON "legal_aid_applications" USING btree ("office_id","status");--> statement-breakpoint
CREATE INDEX "legal_aid_queue_idx" ON "legal_aid_applications" USING btree ("green_channel","decision_due_at");--> statement-breakpoint
CREATE INDEX "legal_aid_lawyer_idx" ON "legal_aid_applications" USING btree ("lawyer_id","status");--> statement-breakpoint
CREATE INDEX "legal_aid_clock_idx" ON "legal_aid_applications" USING btree ("clock","due_at");--> statement-breakpoint
CREATE INDEX "legal_aid_id_number_idx" ON "legal_aid_applications" USING btree ("id_number");--> statement-breakpoint
CREATE INDEX "legal_aid_attachments_application_idx" ON "legal_aid_attachments" USING btree ("application_id");--> statement-breakpoint
CREATE UNIQUE INDEX "legal_aid_counters_key" ON "legal_aid_counters" USING btree ("office_id","year");--> statement-breakpoint
CREATE INDEX "legal_aid_events_application_idx" ON "legal_aid_events" USING btree ("application_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "legal_aid_fee_schedule_key" ON "legal_aid_fee_schedule" USING btree ("network_id","funding","service");--> statement-breakpoint
CREATE UNIQUE INDEX "legal_aid_subsidies_application_key" ON "legal_aid_subsidies" USING btree ("application_id");--> statement-breakpoint
CREATE INDEX "legal_aid_subsidies_office_idx" ON "legal_aid_subsidies" USING btree ("office_id","status");--> statement-breakpoint
ALTER TABLE "lawyers" ADD CONSTRAINT "lawyers_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE POLICY "legal_aid_applications_read" ON "legal_aid_applications" AS PERMISSIVE FOR SELECT TO "app_scoped" USING (case when coalesce(current_setting('app.lawyer_only', true), '') = 'on' then "legal_aid_applications"."lawyer_id" in (select l.id from lawyers l where l.user_id = nullif(current_setting('app.user_id', true), '')::uuid) else "legal_aid_applications"."office_id" in (select o.id from offices o where o.path like nullif(current_setting('app.scope_path', true), '') || '%') or "legal_aid_applications"."pending_transfer_office_id" in (select o.id from offices o where o.path like nullif(current_setting('app.scope_path', true), '') || '%') end);--> statement-breakpoint
CREATE POLICY "legal_aid_applications_insert" ON "legal_aid_applications" AS PERMISSIVE FOR INSERT TO "app_scoped" WITH CHECK (not coalesce(current_setting('app.lawyer_only', true), '') = 'on' and "legal_aid_applications"."office_id" in (select o.id from offices o where o.path like nullif(current_setting('app.scope_path', true), '') || '%') and "legal_aid_applications"."network_id" = nullif(current_setting('app.network_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "legal_aid_applications_update" ON "legal_aid_applications" AS PERMISSIVE FOR UPDATE TO "app_scoped" USING (case when coalesce(current_setting('app.lawyer_only', true), '') = 'on' then "legal_aid_applications"."lawyer_id" in (select l.id from lawyers l where l.user_id = nullif(current_setting('app.user_id', true), '')::uuid) else "legal_aid_applications"."office_id" in (select o.id from offices o where o.path like nullif(current_setting('app.scope_path', true), '') || '%') or "legal_aid_applications"."pending_transfer_office_id" in (select o.id from offices o where o.path like nullif(current_setting('app.scope_path', true), '') || '%') end) WITH CHECK ("legal_aid_applications"."network_id" = nullif(current_setting('app.network_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "legal_aid_attachments_read" ON "legal_aid_attachments" AS PERMISSIVE FOR SELECT TO "app_scoped" USING ("legal_aid_attachments"."application_id" in (select a.id from legal_aid_applications a));--> statement-breakpoint
CREATE POLICY "legal_aid_attachments_write" ON "legal_aid_attachments" AS PERMISSIVE FOR INSERT TO "app_scoped" WITH CHECK ("legal_aid_attachments"."application_id" in (select a.id from legal_aid_applications a));--> statement-breakpoint
CREATE POLICY "legal_aid_counters_scoped" ON "legal_aid_counters" AS PERMISSIVE FOR ALL TO "app_scoped" USING ("legal_aid_counters"."office_id" in (select o.id from offices o where o.path like nullif(current_setting('app.scope_path', true), '') || '%')) WITH CHECK ("legal_aid_counters"."office_id" in (select o.id from offices o where o.path like nullif(current_setting('app.scope_path', true), '') || '%'));--> statement-breakpoint
CREATE POLICY "legal_aid_events_read" ON "legal_aid_events" AS PERMISSIVE FOR SELECT TO "app_scoped" USING ("legal_aid_events"."application_id" in (select a.id from legal_aid_applications a));--> statement-breakpoint
CREATE POLICY "legal_aid_events_write" ON "legal_aid_events" AS PERMISSIVE FOR INSERT TO "app_scoped" WITH CHECK ("legal_aid_events"."application_id" in (select a.id from legal_aid_applications a));--> statement-breakpoint
CREATE POLICY "legal_aid_fee_schedule_read" ON "legal_aid_fee_schedule" AS PERMISSIVE FOR SELECT TO "app_scoped" USING ("legal_aid_fee_schedule"."network_id" = nullif(current_setting('app.network_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "legal_aid_fee_schedule_write" ON "legal_aid_fee_schedule" AS PERMISSIVE FOR ALL TO "app_scoped" USING ("legal_aid_fee_schedule"."network_id" = nullif(current_setting('app.network_id', true), '')::uuid and exists (select 1 from offices o where o.path = nullif(current_setting('app.scope_path', true), '') and o.tier = 'city')) WITH CHECK ("legal_aid_fee_schedule"."network_id" = nullif(current_setting('app.network_id', true), '')::uuid and exists (select 1 from offices o where o.path = nullif(current_setting('app.scope_path', true), '') and o.tier = 'city'));--> statement-breakpoint
CREATE POLICY "legal_aid_subsidies_read" ON "legal_aid_subsidies" AS PERMISSIVE FOR SELECT TO "app_scoped" USING (case when coalesce(current_setting('app.lawyer_only', true), '') = 'on' then "legal_aid_subsidies"."lawyer_id" in (select l.id from lawyers l where l.user_id = nullif(current_setting('app.user_id', true), '')::uuid) else "legal_aid_subsidies"."office_id" in (select o.id from offices o where o.path like nullif(current_setting('app.scope_path', true), '') || '%') end);--> statement-breakpoint
CREATE POLICY "legal_aid_subsidies_insert" ON "legal_aid_subsidies" AS PERMISSIVE FOR INSERT TO "app_scoped" WITH CHECK ("legal_aid_subsidies"."application_id" in (select a.id from legal_aid_applications a) and "legal_aid_subsidies"."network_id" = nullif(current_setting('app.network_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "legal_aid_subsidies_update" ON "legal_aid_subsidies" AS PERMISSIVE FOR UPDATE TO "app_scoped" USING (not coalesce(current_setting('app.lawyer_only', true), '') = 'on' and "legal_aid_subsidies"."office_id" in (select o.id from offices o where o.path like nullif(current_setting('app.scope_path', true), '') || '%')) WITH CHECK ("legal_aid_subsidies"."office_id" in (select o.id from offices o where o.path like nullif(current_setting('app.scope_path', true), '') || '%'));