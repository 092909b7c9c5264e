-- The role every signed-in request runs as; row-level security policies name it.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'app_scoped') THEN
    CREATE ROLE app_scoped NOLOGIN;
  END IF;
END $$;
--> statement-breakpoint
GRANT app_scoped TO CURRENT_USER;
--> statement-breakpoint
GRANT USAGE ON SCHEMA public TO app_scoped;
--> statement-breakpoint
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO app_scoped;
--> statement-breakpoint
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO app_scoped;
