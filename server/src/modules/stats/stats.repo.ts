import { sql } from 'drizzle-orm';
import { enterpriseOrgTypes, regionalOrgTypes } from '@union/shared';
import type { DbOrTx } from '../../db/client.js';
import { coverageEmployerCounts, coverageMediatorCounts } from '../../db/schema.js';

const list = (values: readonly string[]) => sql.join(values.map((v) => sql`${v}`), sql`, `);

export interface DistrictCounts {
  district: string;
  unionizedEmployers: number;
  unionizedWithOrg: number;
  unionizedWithSupervisor: number;
  employees: number;
  enterpriseMediators: number;
  regionalMediators: number;
  legalAidWorkers: number;
  districtFederations: number;
  legalStaff: number;
}

/**
 * The counts behind the coverage figures for one subtree (its office path and region prefix),
 * grouped by district code, so the city figure and each district's come from one pass. Employers
 * and mediators are read from the counts the writes keep per region code (coverage.schema.ts, rows
 * of differences added up); the lawyers, federations and legal staff are few and counted live.
 */
export async function coverageCounts(db: DbOrTx, opts: { networkId: string; regionPrefix: string; officePath: string }): Promise<DistrictCounts[]> {
  const region = `${opts.regionPrefix}%`;
  const path = `${opts.officePath}%`;
  const { rows } = await db.execute<Record<string, string | number>>(sql`
    with emp as (
      select left(c.region_code, 6) as district,
        sum(c.unionized) as unionized_employers,
        sum(c.unionized_with_org) as unionized_with_org,
        sum(c.unionized_with_supervisor) as unionized_with_supervisor,
        sum(c.employees) as employees
      from ${coverageEmployerCounts} c
      where c.network_id = ${opts.networkId} and c.region_code like ${region}
      group by 1
    ), med as (
      select left(c.region_code, 6) as district,
        coalesce(sum(c.active_mediators) filter (where c.org_type in (${list(enterpriseOrgTypes)})), 0) as enterprise_mediators,
        coalesce(sum(c.active_mediators) filter (where c.org_type in (${list(regionalOrgTypes)})), 0) as regional_mediators
      from ${coverageMediatorCounts} c
      where c.network_id = ${opts.networkId} and c.region_code like ${region}
      group by 1
    ), law as (
      select left(o.region_code, 6) as district, count(*) as legal_aid_workers
      from lawyers l join offices o on o.id = l.office_id
      where l.active and o.path like ${path}
      group by 1
    ), fed as (
      select left(o.region_code, 6) as district, count(*) as district_federations
      from offices o where o.kind = 'district_federation' and o.path like ${path}
      group by 1
    ), staff as (
      select left(o.region_code, 6) as district, count(*) as legal_staff
      from users u join offices o on o.id = u.office_id
      where u.active and u.law_background and o.tier = 'district' and o.path like ${path}
      group by 1
    ), districts as (
      select district from emp union select district from med union select district from law
      union select district from fed union select district from staff
    )
    select d.district,
      coalesce(emp.unionized_employers, 0)::int as "unionizedEmployers",
      coalesce(emp.unionized_with_org, 0)::int as "unionizedWithOrg",
      coalesce(emp.unionized_with_supervisor, 0)::int as "unionizedWithSupervisor",
      coalesce(emp.employees, 0)::bigint as "employees",
      coalesce(med.enterprise_mediators, 0)::int as "enterpriseMediators",
      coalesce(med.regional_mediators, 0)::int as "regionalMediators",
      coalesce(law.legal_aid_workers, 0)::int as "legalAidWorkers",
      coalesce(fed.district_federations, 0)::int as "districtFederations",
      coalesce(staff.legal_staff, 0)::int as "legalStaff"
    from districts d
      left join emp using (district) left join med using (district) left join law using (district)
      left join fed using (district) left join staff using (district)
  `);
  return rows.map((r) => ({ ...r, district: String(r.district), employees: Number(r.employees) }) as DistrictCounts);
}

/** Folds the coverage counts' rows of differences into one row per key (a scheduler sweep); answers how many rows it folded. */
export async function foldCoverageCounts(db: DbOrTx): Promise<number> {
  const { rows } = await db.execute<{ folded: number }>(sql`select coverage_fold() as folded`);
  return rows[0].folded;
}
