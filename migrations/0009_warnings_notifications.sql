CREATE TABLE "labor_warnings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"employer_id" uuid NOT NULL,
	"office_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"level" text NOT NULL,
	"description" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"filed_by" text,
	"filed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"resolved_at" timestamp with time zone,
	"resolution" text,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "labor_warnings" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "notification_reads" (
	"notification_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"read_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "notification_reads" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "notifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"office_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"entity" text NOT NULL,
	"entity_id" uuid NOT NULL,
	"title" text NOT NULL,
	"network_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "notifications" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "labor_warnings" ADD CONSTRAINT "labor_warnings_employer_id_employers_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."employers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "labor_warnings" ADD CONSTRAINT "labor_warnings_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notification_reads" ADD CONSTRAINT "notification_reads_notification_id_notifications_id_fk" FOREIGN KEY ("notification_id") REFERENCES "public"."notifications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notification_reads" ADD CONSTRAINT "notification_reads_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_network_id_offices_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "labor_warnings_office_idx" ON "labor_warnings" USING btree ("office_id","status","filed_at");--> statement-breakpoint
CREATE INDEX "labor_warnings_employer_idx" ON "labor_warnings" USING btree ("employer_id");--> statement-breakpoint
CREATE UNIQUE INDEX "notification_reads_key" ON "notification_reads" USING btree ("notification_id","user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "notifications_once" ON "notifications" USING btree ("office_id","kind","entity_id");--> statement-breakpoint
CREATE INDEX "notifications_office_idx" ON "notifications" USING btree ("office_id","created_at");--> statement-breakpoint
CREATE POLICY "labor_warnings_scoped" ON "labor_warnings" AS PERMISSIVE FOR ALL TO "app_scoped" USING ("labor_warnings"."office_id" in (select o.id from offices o where o.path like nullif(current_setting('app.scope_path', true), '') || '%')) WITH CHECK ("labor_warnings"."office_id" in (select o.id from offices o where o.path like nullif(current_setting('app.scope_path', true), '') || '%'));--> statement-breakpoint
CREATE POLICY "notification_reads_own" ON "notification_reads" AS PERMISSIVE FOR ALL TO "app_scoped" USING ("notification_reads"."user_id" = nullif(current_setting('app.user_id', true), '')::uuid) WITH CHECK ("notification_reads"."user_id" = nullif(current_setting('app.user_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "notifications_read" ON "notifications" AS PERMISSIVE FOR SELECT TO "app_scoped" USING ("notifications"."office_id" in (select o.id from offices o where o.path like nullif(current_setting('app.scope_path', true), '') || '%'));--> statement-breakpoint
CREATE POLICY "notifications_insert" ON "notifications" AS PERMISSIVE FOR INSERT TO "app_scoped" WITH CHECK ("notifications"."network_id" = nullif(current_setting('app.network_id', true), '')::uuid);