import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';

export interface DirectoryRow {
  source: 'office' | 'mediation_org';
  id: string;
  name: string;
  /** The office kind or the mediation organization's type. */
  kind: string;
  regionCode: string;
  address: string | null;
  phone: string | null;
  parentId: string | null;
  creditCode: string | null;
  total: number;
}

interface DirectoryFilter {
  servicesOnly: boolean;
  serviceOfficeKinds: readonly string[];
}

const officeFilter = (q: DirectoryFilter) =>
  q.servicesOnly
    ? sql`where o.kind in (${sql.join(
        q.serviceOfficeKinds.map((k) => sql`${k}`),
        sql`, `,
      )})`
    : sql``;

/**
 * One page of the directory the caller may see (row-level security decides): the network's offices
 * and its filed mediation organizations, offices first, each by name. With `servicesOnly`, only
 * the entries that offer a service: offices of `serviceOfficeKinds` and every filed organization.
 */
export async function directoryPage(db: DbOrTx, q: DirectoryFilter & { offset: number; limit: number }) {
  const { rows } = await db.execute<Omit<DirectoryRow, 'regionCode' | 'parentId' | 'creditCode'> & { region_code: string; parent_id: string | null; credit_code: string | null }>(sql`
    select d.*, count(*) over ()::int as total from (
      select 'office' as source, o.id, o.name, o.kind, o.region_code, o.address, o.phone, o.parent_id, null::text as credit_code
        from offices o ${officeFilter(q)}
      union all
      -- the office it belongs to: the one that filed it, or for the network's own centers and rooms that office itself
      select 'mediation_org', m.id, m.name, m.type, m.region_code, m.address, m.phone, m.office_id, e.credit_code
        from mediation_orgs m left join employers e on e.id = m.employer_id
        where m.status = 'filed'
    ) d
    order by d.source desc, d.name, d.id
    limit ${q.limit} offset ${q.offset}`);
  return rows.map(({ region_code, parent_id, credit_code, ...r }) => ({ ...r, regionCode: region_code, parentId: parent_id, creditCode: credit_code }) as DirectoryRow);
}

/** How many entries there are when the page asked for lies past the end (the window count is then absent). */
export async function directoryCount(db: DbOrTx, q: DirectoryFilter) {
  const { rows } = await db.execute<{ n: number }>(sql`
    select (select count(*) from offices o ${officeFilter(q)})::int
      + (select count(*) from mediation_orgs m where m.status = 'filed')::int as n`);
  return rows[0]!.n;
}
