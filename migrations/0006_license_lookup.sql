-- A lawyer's licence number is national: a licence kept in another city's network is taken too,
-- though the caller cannot read that city's lawyers.
CREATE FUNCTION lawyer_license_holder(license text) RETURNS uuid
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT l.id FROM lawyers l WHERE l.license_no = license
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION lawyer_license_holder(text) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION lawyer_license_holder(text) TO app_scoped;
