-- Rules sometimes name an office outside the caller's subtree: the filing authority of an
-- organization, the group union an employer belongs to. These two functions answer such a
-- lookup within the caller's own city network and nothing more (no listing, no other network).
CREATE FUNCTION network_office(office_id uuid)
RETURNS TABLE (id uuid, name text, kind text, tier text, region_code text, path text, parent_id uuid)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT o.id, o.name, o.kind, o.tier, o.region_code, o.path, o.parent_id
  FROM offices o
  WHERE o.id = office_id
    AND o.path LIKE '/' || nullif(current_setting('app.network_id', true), '') || '/%'
$$;
--> statement-breakpoint
CREATE FUNCTION network_office_by_kind(office_kind text, region text)
RETURNS TABLE (id uuid, name text, kind text, tier text, region_code text, path text, parent_id uuid)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT o.id, o.name, o.kind, o.tier, o.region_code, o.path, o.parent_id
  FROM offices o
  WHERE o.kind = office_kind
    AND (region IS NULL OR o.region_code = region)
    AND o.path LIKE '/' || nullif(current_setting('app.network_id', true), '') || '/%'
  ORDER BY o.created_at
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION network_office(uuid), network_office_by_kind(text, text) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION network_office(uuid), network_office_by_kind(text, text) TO app_scoped;
