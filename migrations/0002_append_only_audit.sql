-- Refresh tokens belong to the system, never to a scoped request; of sessions, a scoped request
-- (an office admin deactivating a user, a user logging out) may only see whose they are and revoke them.
REVOKE ALL ON refresh_tokens, sessions FROM app_scoped;
--> statement-breakpoint
GRANT SELECT (id, user_id, revoked_at), UPDATE (revoked_at, revoked_reason) ON sessions TO app_scoped;
--> statement-breakpoint
-- The audit log is append-only for everyone, the owner included.
REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM app_scoped;
--> statement-breakpoint
CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only' USING ERRCODE = 'insufficient_privilege';
END $$;
--> statement-breakpoint
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
--> statement-breakpoint
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();
