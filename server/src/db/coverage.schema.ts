import { bigint, index, integer, pgPolicy, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import type { MediationOrgType } from '@union/shared';
import { appScoped, inNetwork, offices } from './schema.js';

/**
 * The counts behind the coverage figures (domain.md §8) per network and region code, so a city's
 * figures read a few hundred rows instead of every employer and mediator. Triggers keep them in the
 * writing transaction (migration `coverage_rollup`): on employers, mediation organizations,
 * mediators and supervisors, set-based per statement. The triggers first keep per-record counters
 * (`employers.filed_mediation_orgs`, `employers.active_supervisors`,
 * `mediation_orgs.active_mediators`): a counter moves by increments on the record's own row, whose
 * lock orders concurrent writes, so the counts stay exact under concurrency.
 *
 * A write appends its changes as rows of differences, never updating a shared row: writers of one
 * region do not wait for each other (an import of 100,000 employers would otherwise hold every
 * street's row to its commit), and cannot deadlock over them. Readers add the rows up; a scheduler
 * sweep folds them into one row per key now and then. Only the triggers and the sweep write these
 * tables (as their owner); the scoped role reads its network's rows.
 */
export const coverageEmployerCounts = pgTable(
  'coverage_employer_counts',
  {
    networkId: uuid('network_id')
      .notNull()
      .references(() => offices.id),
    regionCode: text('region_code').notNull(),
    unionized: integer('unionized').notNull(),
    /** Unionized employers with a filed mediation organization. */
    unionizedWithOrg: integer('unionized_with_org').notNull(),
    /** Unionized employers with an active supervisor. */
    unionizedWithSupervisor: integer('unionized_with_supervisor').notNull(),
    /** Employees of all employers, unionized or not. */
    employees: bigint('employees', { mode: 'number' }).notNull(),
  },
  (t) => [
    index('coverage_employer_counts_region_idx').on(t.networkId, t.regionCode),
    pgPolicy('coverage_employer_counts_read', { for: 'select', to: appScoped, using: inNetwork(t.networkId) }),
  ],
);

/** Active mediators of filed organizations, by the organization's network, region code and type. */
export const coverageMediatorCounts = pgTable(
  'coverage_mediator_counts',
  {
    networkId: uuid('network_id')
      .notNull()
      .references(() => offices.id),
    regionCode: text('region_code').notNull(),
    orgType: text('org_type').$type<MediationOrgType>().notNull(),
    activeMediators: integer('active_mediators').notNull(),
  },
  (t) => [
    index('coverage_mediator_counts_region_idx').on(t.networkId, t.regionCode),
    pgPolicy('coverage_mediator_counts_read', { for: 'select', to: appScoped, using: inNetwork(t.networkId) }),
  ],
);
