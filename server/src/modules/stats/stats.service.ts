import { coverageFiguresOf, regionPrefix, type CoverageCounts } from '@union/shared';
import { networkOf, type Db } from '../../db/client.js';
import type { Ctx } from '../../lib/context.js';
import { notFound } from '../../lib/errors.js';
import { subtree } from '../offices/offices.repo.js';
import { officeInSubtree } from '../offices/offices.service.js';
import { registerSweep } from '../../scheduler.js';
import { coverageCounts, foldCoverageCounts, type DistrictCounts } from './stats.repo.js';

const zero: CoverageCounts = {
  unionizedEmployers: 0,
  unionizedWithOrg: 0,
  unionizedWithSupervisor: 0,
  employees: 0,
  enterpriseMediators: 0,
  regionalMediators: 0,
  legalAidWorkers: 0,
  districtFederations: 0,
  legalStaff: 0,
};

const sum = (rows: DistrictCounts[]): CoverageCounts =>
  rows.reduce((acc, { district, ...counts }) => {
    void district;
    for (const key of Object.keys(acc) as (keyof CoverageCounts)[]) acc[key] += counts[key];
    return acc;
  }, { ...zero });

/** domain.md §8 figures for an office's subtree (the caller's own by default), and with `by=district` per district. */
export async function coverage(ctx: Ctx, q: { officeId?: string; by?: 'district' }) {
  const office = await officeInSubtree(ctx, q.officeId ?? ctx.actor.officeId);
  if (!office) throw notFound('office');
  const rows = await coverageCounts(ctx.db, { networkId: networkOf(office.path), regionPrefix: regionPrefix(office.regionCode), officePath: office.path });
  const report = { officeId: office.id, officeName: office.name, figures: coverageFiguresOf(sum(rows)) };
  if (q.by !== 'district') return report;
  const federations = (await subtree(ctx.db, office.path)).filter((o) => o.kind === 'district_federation');
  return {
    ...report,
    districts: federations.map((f) => ({
      officeId: f.id,
      officeName: f.name,
      regionCode: f.regionCode,
      figures: coverageFiguresOf(sum(rows.filter((r) => r.district === f.regionCode))),
    })),
  };
}

registerSweep('coverage_counts', async (db: Db) => ({ folded: await foldCoverageCounts(db) }));
