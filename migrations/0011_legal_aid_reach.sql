-- A lawyer's active legal-aid matters across the whole network: the cap counts them all, while the
-- office assigning sees only its own subtree's applications under row-level security. Only the
-- count leaves the function, and only for lawyers of the caller's network.
CREATE FUNCTION lawyer_active_matters(target uuid) RETURNS integer
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public AS $$
DECLARE
  network uuid := nullif(current_setting('app.network_id', true), '')::uuid;
BEGIN
  IF network IS NULL THEN
    RETURN 0;
  END IF;
  RETURN (SELECT count(*)::int FROM legal_aid_applications a
          WHERE a.lawyer_id = target AND a.network_id = network AND a.status IN ('assigned', 'in_progress'));
END $$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION lawyer_active_matters(uuid) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION lawyer_active_matters(uuid) TO app_scoped;
--> statement-breakpoint
-- A receiver declining a transfer gives up its view of the application with the same write, which
-- row-level security cannot allow (an updated row must stay visible to the one who updates it).
-- This function does exactly that write, for the office a transfer waits on, at the version read.
CREATE FUNCTION legal_aid_decline_transfer(target uuid, expected integer) RETURNS boolean
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public AS $$
DECLARE
  scope text := nullif(current_setting('app.scope_path', true), '');
BEGIN
  IF scope IS NULL THEN
    RETURN false;
  END IF;
  UPDATE legal_aid_applications a SET pending_transfer_office_id = NULL, version = a.version + 1, updated_at = now()
  WHERE a.id = target AND a.version = expected
    AND a.pending_transfer_office_id IN (SELECT o.id FROM offices o WHERE o.path LIKE scope || '%');
  RETURN FOUND;
END $$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION legal_aid_decline_transfer(uuid, integer) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION legal_aid_decline_transfer(uuid, integer) TO app_scoped;
