-- Usernames are unique across all networks; a form checks one without seeing anyone's account.
CREATE FUNCTION username_taken(name text) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT EXISTS (SELECT 1 FROM users u WHERE lower(u.username) = lower(name))
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION username_taken(text) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION username_taken(text) TO app_scoped;
