-- Published violations are readable by anyone without login (domain.md §7). A public request runs
-- as app_scoped with no scope, so row-level security shows it no notice; this function answers the
-- four public fields of approved publications, and nothing of a draft or withdrawn one.
CREATE FUNCTION public_violations(max_rows integer, skip integer)
RETURNS TABLE (employer_name text, categories text[], published_at timestamptz, issuing_union text, total integer)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT e.name, n.categories, n.published_at, o.name, (count(*) OVER ())::int
  FROM notices n
  JOIN employers e ON e.id = n.employer_id
  JOIN offices o ON o.id = n.office_id
  WHERE n.type = 'publication' AND n.published_at IS NOT NULL AND n.status = 'issued'
  ORDER BY n.published_at DESC, n.id
  LIMIT max_rows OFFSET skip
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION public_violations(integer, integer) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION public_violations(integer, integer) TO app_scoped;
