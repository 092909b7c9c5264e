import { sql, type SQL } from 'drizzle-orm';
import {
  boolean,
  customType,
  date,
  numeric,
  check,
  index,
  integer,
  jsonb,
  pgPolicy,
  pgRole,
  pgTable,
  text,
  uniqueIndex,
  uuid,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';
import type {
  CaseChannel,
  CaseStatus,
  Checklist,
  ClaimCategory,
  ClockRuleName,
  ClockState,
  ClockUnit,
  FilingStatus,
  FundingProgramme,
  HardshipKind,
  Household,
  LegalAidChannel,
  LegalAidMatter,
  LegalAidOutcome,
  LegalAidService,
  LegalAidStatus,
  LawyerKind,
  LawyerPool,
  MediationOrgType,
  NotificationKind,
  OfficeKind,
  OfficeTier,
  ReportingCadence,
  Role,
  SubsidyStatus,
  WarningKind,
} from '@union/shared';
import { at, primaryId, timestamps } from './columns.js';

/**
 * Office scope lives in the database: every request of a signed-in caller runs in a transaction
 * as the role `app_scoped` with `app.scope_path` set to the materialized path of the caller's
 * office, and row-level security lets that role see only rows of offices inside the path.
 * Code that runs for the system (login, scheduler, migrations) uses the owner's connection.
 */
const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (v) => (Buffer.isBuffer(v) ? v : Buffer.from(v)),
});

export const appScoped = pgRole('app_scoped').existing();

/** The caller's office path; unset or empty means no scope at all, never "everything". */
const scopePath = sql.raw(`nullif(current_setting('app.scope_path', true), '')`);

/** The root office of the caller's city network: registries (employers, lawyers, filed organizations) are shared across it. */
const networkId = sql.raw(`nullif(current_setting('app.network_id', true), '')::uuid`);
export const inNetwork = (column: AnyPgColumn) => sql`${column} = ${networkId}`;

/**
 * Rows of an office inside the caller's subtree. Policies test membership with a correlated
 * `exists` on a primary key rather than `x in (select …)`: the latter is planned as a hash of the
 * whole subquery, built on every statement (all the caller's cases, to read one case's timeline).
 * Where the planner still hashes the subtree (a list of many rows), the byte range beside the
 * `like` lets it read the subtree from `offices_path_idx` instead of testing every office: a
 * pattern known only at run time cannot use the index, a range can. Paths end in `/`, so every
 * path under the scope sorts between the scope and the scope with its last `/` raised to `0`.
 */
export const inScope = (officeId: AnyPgColumn | SQL) =>
  sql`exists (select 1 from offices o where o.id = ${officeId} and o.path like ${scopePath} || '%' and o.path ~>=~ ${scopePath} and o.path ~<~ (left(${scopePath}, -1) || '0'))`;


export const offices = pgTable(
  'offices',
  {
    id: primaryId(),
    parentId: uuid('parent_id').references((): AnyPgColumn => offices.id),
    name: text('name').notNull(),
    kind: text('kind').$type<OfficeKind>().notNull(),
    tier: text('tier').$type<OfficeTier>().notNull(),
    regionCode: text('region_code').notNull(),
    address: text('address'),
    phone: text('phone'),
    /** `/<root id>/…/<own id>/`: a subtree is every path with this prefix. */
    path: text('path').notNull(),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    index('offices_parent_idx').on(t.parentId),
    index('offices_path_idx').using('btree', sql`${t.path} text_pattern_ops`),
    index('offices_region_idx').on(t.regionCode),
    uniqueIndex('offices_path_key').on(t.path),
    pgPolicy('offices_read', {
      for: 'select',
      to: appScoped,
      // a caller sees its subtree and the offices above it, whose names it works with
      using: sql`${t.path} like ${scopePath} || '%' or ${scopePath} like ${t.path} || '%'`,
    }),
    pgPolicy('offices_insert', { for: 'insert', to: appScoped, withCheck: sql`${t.path} like ${scopePath} || '%'` }),
    pgPolicy('offices_update', {
      for: 'update',
      to: appScoped,
      using: sql`${t.path} like ${scopePath} || '%'`,
      withCheck: sql`${t.path} like ${scopePath} || '%'`,
    }),
  ],
);

export const users = pgTable(
  'users',
  {
    id: primaryId(),
    username: text('username').notNull(),
    displayName: text('display_name').notNull(),
    officeId: uuid('office_id')
      .notNull()
      .references(() => offices.id),
    roles: text('roles').array().$type<Role[]>().notNull(),
    passwordHash: text('password_hash').notNull(),
    active: boolean('active').notNull().default(true),
    /** Counts toward "legal staff with a law background" (domain.md §8). */
    lawBackground: boolean('law_background').notNull().default(false),
    lastLoginAt: at('last_login_at'),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('users_username_key').on(sql`lower(${t.username})`),
    index('users_office_idx').on(t.officeId),
    pgPolicy('users_scoped', { for: 'all', to: appScoped, using: inScope(t.officeId), withCheck: inScope(t.officeId) }),
  ],
);

/** A signed-in session; access tokens name it (`sid`) so that revoking it ends them at once. */
export const sessions = pgTable(
  'sessions',
  {
    id: primaryId(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    createdAt: at('created_at').notNull().defaultNow(),
    expiresAt: at('expires_at').notNull(),
    revokedAt: at('revoked_at'),
    revokedReason: text('revoked_reason'),
    userAgent: text('user_agent'),
    ip: text('ip'),
  },
  (t) => [
    index('sessions_user_idx').on(t.userId),
    // an office admin who deactivates a user or resets a password ends that user's sessions
    pgPolicy('sessions_of_scoped_users', { for: 'all', to: appScoped, using: sql`exists (select 1 from users u where u.id = ${t.userId})` }),
  ],
);

/** Refresh tokens rotate: each is good once; showing a used one again revokes its session. */
export const refreshTokens = pgTable(
  'refresh_tokens',
  {
    tokenHash: text('token_hash').primaryKey(),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => sessions.id),
    createdAt: at('created_at').notNull().defaultNow(),
    usedAt: at('used_at'),
  },
  (t) => [index('refresh_tokens_session_idx').on(t.sessionId)],
);

/** Append-only: the scoped role may insert and read; a trigger refuses updates and deletes to everyone. */
export const auditLog = pgTable(
  'audit_log',
  {
    id: primaryId(),
    at: at('at').notNull().defaultNow(),
    actorId: uuid('actor_id'),
    actorName: text('actor_name'),
    actorOfficeId: uuid('actor_office_id'),
    officeId: uuid('office_id'),
    action: text('action').notNull(),
    entity: text('entity').notNull(),
    entityId: text('entity_id'),
    before: jsonb('before'),
    after: jsonb('after'),
    requestId: text('request_id'),
  },
  (t) => [
    index('audit_log_at_idx').on(t.at),
    index('audit_log_entity_idx').on(t.entity, t.entityId),
    index('audit_log_office_idx').on(t.officeId, t.at),
    check('audit_log_action_present', sql`length(${t.action}) > 0`),
    pgPolicy('audit_log_read', {
      for: 'select',
      to: appScoped,
      using: sql`${inScope(t.officeId)} or ${inScope(t.actorOfficeId)}`,
    }),
    pgPolicy('audit_log_insert', { for: 'insert', to: appScoped, withCheck: sql`true` }),
  ],
);

/** Read across the city network; written by the subtree of the office that keeps the record. */
const networkRegistry = (name: string, t: { networkId: AnyPgColumn; officeId: AnyPgColumn }) => [
  pgPolicy(`${name}_read`, { for: 'select', to: appScoped, using: inNetwork(t.networkId) }),
  pgPolicy(`${name}_insert`, { for: 'insert', to: appScoped, withCheck: sql`${inScope(t.officeId)} and ${inNetwork(t.networkId)}` }),
  pgPolicy(`${name}_update`, { for: 'update', to: appScoped, using: inScope(t.officeId), withCheck: sql`${inScope(t.officeId)} and ${inNetwork(t.networkId)}` }),
];

export const employers = pgTable(
  'employers',
  {
    id: primaryId(),
    externalId: text('external_id'),
    name: text('name').notNull(),
    creditCode: text('credit_code').notNull(),
    regionCode: text('region_code').notNull(),
    industry: text('industry').notNull(),
    employeeCount: integer('employee_count').notNull(),
    unionized: boolean('unionized').notNull(),
    /** Kept by triggers (coverage.schema.ts), never written by the application: its filed mediation organizations and active supervisors. */
    filedMediationOrgs: integer('filed_mediation_orgs').notNull().default(0),
    activeSupervisors: integer('active_supervisors').notNull().default(0),
    unionOfficeId: uuid('union_office_id').references(() => offices.id),
    groupId: uuid('group_id').references(() => offices.id),
    /** The office that keeps the record. */
    officeId: uuid('office_id')
      .notNull()
      .references(() => offices.id),
    networkId: uuid('network_id')
      .notNull()
      .references(() => offices.id),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('employers_credit_code_key').on(t.creditCode),
    uniqueIndex('employers_external_id_key').on(t.networkId, t.externalId),
    index('employers_network_name_idx').on(t.networkId, t.name),
    index('employers_region_idx').on(t.regionCode),
    index('employers_union_office_idx').on(t.unionOfficeId),
    index('employers_group_idx').on(t.groupId),
    check('employers_employee_count', sql`${t.employeeCount} >= 0`),
    ...networkRegistry('employers', t),
  ],
);

export const mediationOrgs = pgTable(
  'mediation_orgs',
  {
    id: primaryId(),
    externalId: text('external_id'),
    type: text('type').$type<MediationOrgType>().notNull(),
    name: text('name').notNull(),
    employerId: uuid('employer_id').references(() => employers.id),
    /** The office that filed it; for the network's own centers and rooms, that office itself. */
    officeId: uuid('office_id')
      .notNull()
      .references(() => offices.id),
    /** Computed by the rules of domain.md §3, never taken from the caller. */
    filingOfficeId: uuid('filing_office_id')
      .notNull()
      .references(() => offices.id),
    filingRule: integer('filing_rule').notNull(),
    status: text('status').$type<FilingStatus>().notNull(),
    regionCode: text('region_code').notNull(),
    checklist: jsonb('checklist').$type<Checklist>().notNull(),
    overrideReason: text('override_reason'),
    coordinatorName: text('coordinator_name'),
    phone: text('phone'),
    address: text('address'),
    reportingCadence: text('reporting_cadence').$type<ReportingCadence>().notNull().default('quarter'),
    filedAt: at('filed_at'),
    /** Kept by triggers (coverage.schema.ts), never written by the application. */
    activeMediators: integer('active_mediators').notNull().default(0),
    networkId: uuid('network_id')
      .notNull()
      .references(() => offices.id),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('mediation_orgs_external_id_key').on(t.networkId, t.externalId),
    uniqueIndex('mediation_orgs_one_per_office').on(t.officeId).where(sql`${t.type} in ('district_center', 'city_guidance_center', 'street_room')`),
    index('mediation_orgs_filing_idx').on(t.filingOfficeId, t.status),
    index('mediation_orgs_employer_idx').on(t.employerId),
    index('mediation_orgs_office_idx').on(t.officeId),
    index('mediation_orgs_network_idx').on(t.networkId, t.status, t.type),
    // filed organizations are a public directory across the network; filings in progress belong to filer and authority
    pgPolicy('mediation_orgs_read', {
      for: 'select',
      to: appScoped,
      using: sql`(${t.status} = 'filed' and ${inNetwork(t.networkId)}) or ${inScope(t.officeId)} or ${inScope(t.filingOfficeId)}`,
    }),
    pgPolicy('mediation_orgs_insert', { for: 'insert', to: appScoped, withCheck: sql`${inScope(t.officeId)} and ${inNetwork(t.networkId)}` }),
    pgPolicy('mediation_orgs_update', {
      for: 'update',
      to: appScoped,
      using: sql`${inScope(t.officeId)} or ${inScope(t.filingOfficeId)}`,
      withCheck: sql`${inScope(t.officeId)} or ${inScope(t.filingOfficeId)}`,
    }),
  ],
);

/** Organizations the caller may work on: filed by its subtree or filed with it. */
const orgInReach = (orgId: AnyPgColumn) =>
  sql`exists (select 1 from mediation_orgs m where m.id = ${orgId} and (${inScope(sql.raw('m.office_id'))} or ${inScope(sql.raw('m.filing_office_id'))}))`;
const orgVisible = (orgId: AnyPgColumn) => sql`exists (select 1 from mediation_orgs m where m.id = ${orgId})`;

export const mediationOrgEvents = pgTable(
  'mediation_org_events',
  {
    id: primaryId(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => mediationOrgs.id),
    type: text('type').notNull(),
    fromStatus: text('from_status').$type<FilingStatus>(),
    toStatus: text('to_status').$type<FilingStatus>().notNull(),
    reason: text('reason'),
    note: text('note'),
    actorId: uuid('actor_id'),
    actorName: text('actor_name'),
    at: at('at').notNull().defaultNow(),
  },
  (t) => [
    index('mediation_org_events_org_idx').on(t.orgId, t.at),
    pgPolicy('mediation_org_events_read', { for: 'select', to: appScoped, using: orgVisible(t.orgId) }),
    pgPolicy('mediation_org_events_insert', { for: 'insert', to: appScoped, withCheck: orgInReach(t.orgId) }),
  ],
);

const certificate = {
  certificateNo: text('certificate_no'),
  certificateExpiry: date('certificate_expiry'),
};

export const mediators = pgTable(
  'mediators',
  {
    id: primaryId(),
    externalId: text('external_id'),
    orgId: uuid('org_id')
      .notNull()
      .references(() => mediationOrgs.id),
    name: text('name').notNull(),
    gender: text('gender'),
    phone: text('phone'),
    partTime: boolean('part_time').notNull().default(true),
    alsoSupervisor: boolean('also_supervisor').notNull().default(false),
    active: boolean('active').notNull().default(true),
    ...certificate,
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('mediators_external_id_key').on(t.orgId, t.externalId),
    index('mediators_org_idx').on(t.orgId),
    index('mediators_expiry_idx').on(t.certificateExpiry),
    pgPolicy('mediators_read', { for: 'select', to: appScoped, using: orgVisible(t.orgId) }),
    pgPolicy('mediators_insert', { for: 'insert', to: appScoped, withCheck: orgInReach(t.orgId) }),
    pgPolicy('mediators_update', { for: 'update', to: appScoped, using: orgInReach(t.orgId), withCheck: orgInReach(t.orgId) }),
  ],
);

export const supervisors = pgTable(
  'supervisors',
  {
    id: primaryId(),
    externalId: text('external_id'),
    name: text('name').notNull(),
    officeId: uuid('office_id')
      .notNull()
      .references(() => offices.id),
    employerId: uuid('employer_id').references(() => employers.id),
    mediatorId: uuid('mediator_id').references(() => mediators.id),
    phone: text('phone'),
    active: boolean('active').notNull().default(true),
    ...certificate,
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('supervisors_external_id_key').on(t.officeId, t.externalId),
    index('supervisors_office_idx').on(t.officeId),
    index('supervisors_employer_idx').on(t.employerId),
    pgPolicy('supervisors_scoped', { for: 'all', to: appScoped, using: inScope(t.officeId), withCheck: inScope(t.officeId) }),
  ],
);

export const lawyers = pgTable(
  'lawyers',
  {
    id: primaryId(),
    externalId: text('external_id'),
    name: text('name').notNull(),
    licenseNo: text('license_no').notNull(),
    firm: text('firm').notNull(),
    kind: text('kind').$type<LawyerKind>().notNull(),
    pools: text('pools').array().$type<LawyerPool[]>().notNull(),
    maxActiveMatters: integer('max_active_matters').notNull(),
    active: boolean('active').notNull().default(true),
    officeId: uuid('office_id')
      .notNull()
      .references(() => offices.id),
    networkId: uuid('network_id')
      .notNull()
      .references(() => offices.id),
    phone: text('phone'),
    certificateExpiry: date('certificate_expiry'),
    /** The user account of the lawyer, who then sees their own legal-aid matters. */
    userId: uuid('user_id').references((): AnyPgColumn => users.id),
    /** Employers the lawyer acts for: assigning them a legal-aid matter against one is a conflict of interest. */
    actsForEmployerIds: uuid('acts_for_employer_ids').array().notNull().default(sql`'{}'::uuid[]`),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('lawyers_license_key').on(t.licenseNo),
    uniqueIndex('lawyers_external_id_key').on(t.networkId, t.externalId),
    index('lawyers_office_idx').on(t.officeId),
    ...networkRegistry('lawyers', t),
  ],
);

/** 信息报送: one report per filed organization and period. */
export const orgReports = pgTable(
  'org_reports',
  {
    id: primaryId(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => mediationOrgs.id),
    period: text('period').notNull(),
    casesReceived: integer('cases_received').notNull(),
    casesMediated: integer('cases_mediated').notNull(),
    casesSettled: integer('cases_settled').notNull(),
    amountSettled: numeric('amount_settled', { precision: 16, scale: 2 }).notNull(),
    warningsRaised: integer('warnings_raised').notNull(),
    submittedAt: at('submitted_at').notNull().defaultNow(),
    submittedBy: uuid('submitted_by'),
  },
  (t) => [
    uniqueIndex('org_reports_org_period_key').on(t.orgId, t.period),
    index('org_reports_period_idx').on(t.period),
    pgPolicy('org_reports_read', { for: 'select', to: appScoped, using: orgInReach(t.orgId) }),
    pgPolicy('org_reports_insert', { for: 'insert', to: appScoped, withCheck: orgInReach(t.orgId) }),
  ],
);

/** Clock lengths a city sets for itself where local rules differ (domain.md §5 "Clocks"). */
export const clockSettings = pgTable(
  'clock_settings',
  {
    networkId: uuid('network_id')
      .notNull()
      .references(() => offices.id),
    rule: text('rule').$type<ClockRuleName>().notNull(),
    length: integer('length').notNull(),
    unit: text('unit').$type<ClockUnit>().notNull(),
    version: integer('version').notNull().default(1),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('clock_settings_key').on(t.networkId, t.rule),
    check('clock_settings_length', sql`${t.length} > 0`),
    pgPolicy('clock_settings_read', { for: 'select', to: appScoped, using: inNetwork(t.networkId) }),
    // only the city federation's own subtree root (the network) changes its settings
    pgPolicy('clock_settings_write', { for: 'all', to: appScoped, using: sql`${inNetwork(t.networkId)} and ${inScope(t.networkId)}`, withCheck: sql`${inNetwork(t.networkId)} and ${inScope(t.networkId)}` }),
  ],
);

/** Per office and year, the last case number given. */
export const caseCounters = pgTable(
  'case_counters',
  {
    officeId: uuid('office_id')
      .notNull()
      .references(() => offices.id),
    year: integer('year').notNull(),
    last: integer('last').notNull(),
  },
  (t) => [uniqueIndex('case_counters_key').on(t.officeId, t.year), pgPolicy('case_counters_scoped', { for: 'all', to: appScoped, using: inScope(t.officeId), withCheck: inScope(t.officeId) })],
);

export interface CaseClaim {
  category: ClaimCategory;
  amount: string;
}

/** Offices a case was shared with: the senders of its transfers keep reading it, the receiver reads it while it waits. */
// `offset 0` keeps this a probe of the case's own access rows: otherwise the planner may hash every
// access row of the subtree on each statement, to read a page of 20 cases
const caseShared = (caseId: AnyPgColumn) => sql`exists (select 1 from case_access a where a.case_id = ${caseId} and ${inScope(sql.raw('a.office_id'))} offset 0)`;
/** Rows of a case the caller reads. */
const caseVisible = (caseId: AnyPgColumn) => sql`exists (select 1 from cases c where c.id = ${caseId})`;

export const cases = pgTable(
  'cases',
  {
    id: primaryId(),
    caseNo: text('case_no').notNull(),
    externalId: text('external_id'),
    channel: text('channel').$type<CaseChannel>().notNull(),
    sourceBody: text('source_body'),
    sourceRegionCode: text('source_region_code'),
    sourceReference: text('source_reference'),
    status: text('status').$type<CaseStatus>().notNull(),
    /** The organization a requested transfer waits on; null when none waits. */
    pendingTransferOrgId: uuid('pending_transfer_org_id').references(() => mediationOrgs.id),
    /** The office responsible for the case: the handling organization's, or the station that took it in for its street's room. */
    officeId: uuid('office_id')
      .notNull()
      .references(() => offices.id),
    handlerOrgId: uuid('handler_org_id')
      .notNull()
      .references(() => mediationOrgs.id),
    employerId: uuid('employer_id')
      .notNull()
      .references(() => employers.id),
    workerCount: integer('worker_count').notNull(),
    claims: jsonb('claims').$type<CaseClaim[]>().notNull(),
    amountClaimed: numeric('amount_claimed', { precision: 16, scale: 2 }).notNull(),
    description: text('description').notNull(),
    collective: boolean('collective').notNull(),
    massIncident: boolean('mass_incident').notNull().default(false),
    major: boolean('major').notNull().default(false),
    receivedAt: at('received_at').notNull(),
    /**
     * The 15-day clock of the organization handling it now: set at intake and again on each hand-over.
     * Not null, so the case list's keyset seeks `(status, due_at, id)` instead of filtering for nulls.
     */
    dueAt: at('due_at').notNull(),
    clock: text('clock').$type<ClockState>().notNull().default('running'),
    closedAt: at('closed_at'),
    outcome: text('outcome'),
    linkedCaseId: uuid('linked_case_id'),
    networkId: uuid('network_id')
      .notNull()
      .references(() => offices.id),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('cases_case_no_key').on(t.networkId, t.caseNo),
    uniqueIndex('cases_external_id_key').on(t.networkId, t.externalId),
    index('cases_office_status_due_idx').on(t.officeId, t.status, t.dueAt),
    // lists walk these in order and let the scope policy drop what the caller may not see: a page costs
    // a few dozen rows read however large the city (an office's subtree is a set the planner cannot use to seek)
    index('cases_status_due_idx').on(t.status, t.dueAt, t.id),
    index('cases_due_idx').on(t.dueAt, t.id),
    index('cases_received_idx').on(t.receivedAt, t.id),
    index('cases_handler_idx').on(t.handlerOrgId, t.status),
    index('cases_employer_idx').on(t.employerId),
    index('cases_clock_idx').on(t.clock, t.dueAt),
    index('cases_claims_idx').using('gin', t.claims),
    pgPolicy('cases_read', { for: 'select', to: appScoped, using: sql`${inScope(t.officeId)} or ${caseShared(t.id)}` }),
    // a street station takes in cases for its street's mediation room: the service checks who may hand a case to whom
    pgPolicy('cases_insert', { for: 'insert', to: appScoped, withCheck: inNetwork(t.networkId) }),
    // the receiver of a waiting transfer writes its acceptance; the handler everything else
    pgPolicy('cases_update', { for: 'update', to: appScoped, using: sql`${inScope(t.officeId)} or ${caseShared(t.id)}`, withCheck: inNetwork(t.networkId) }),
  ],
);

/**
 * Offices that work on or read a case outside the case's own office: the office of the handling
 * organization (a street room handling what its street's station took in), senders of its
 * transfers, the receiver of a waiting one, the center a major case was reported to.
 */
export type CaseAccessRole = 'handler' | 'sender' | 'receiver' | 'report';

export const caseAccess = pgTable(
  'case_access',
  {
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    officeId: uuid('office_id')
      .notNull()
      .references(() => offices.id),
    role: text('role').$type<CaseAccessRole>().notNull(),
    at: at('at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('case_access_key').on(t.caseId, t.officeId, t.role),
    index('case_access_office_idx').on(t.officeId),
    // not through cases: the cases policy reads this table, and a policy may not loop back
    pgPolicy('case_access_read', { for: 'select', to: appScoped, using: inScope(t.officeId) }),
    // cases' own policy reads this table, so these cannot read cases under RLS: case_in_reach (migration 0007) does it as the owner
    pgPolicy('case_access_write', { for: 'insert', to: appScoped, withCheck: sql`case_in_reach(${t.caseId})` }),
    pgPolicy('case_access_delete', { for: 'delete', to: appScoped, using: sql`case_in_reach(${t.caseId})` }),
  ],
);

export const caseWorkers = pgTable(
  'case_workers',
  {
    id: primaryId(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    position: integer('position').notNull(),
    name: text('name').notNull(),
    idNumber: text('id_number'),
    phone: text('phone'),
    household: text('household').$type<'urban' | 'migrant'>(),
  },
  (t) => [
    index('case_workers_case_idx').on(t.caseId, t.position),
    index('case_workers_id_number_idx').on(t.idNumber),
    index('case_workers_phone_idx').on(t.phone),
    pgPolicy('case_workers_read', { for: 'select', to: appScoped, using: caseVisible(t.caseId) }),
    pgPolicy('case_workers_write', { for: 'insert', to: appScoped, withCheck: caseVisible(t.caseId) }),
  ],
);

export const caseEvents = pgTable(
  'case_events',
  {
    id: primaryId(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    type: text('type').notNull(),
    fromStatus: text('from_status').$type<CaseStatus>(),
    toStatus: text('to_status').$type<CaseStatus>().notNull(),
    reason: text('reason'),
    note: text('note'),
    toOrgId: uuid('to_org_id'),
    actorId: uuid('actor_id'),
    actorName: text('actor_name'),
    actorOfficeId: uuid('actor_office_id'),
    at: at('at').notNull().defaultNow(),
  },
  (t) => [
    index('case_events_case_idx').on(t.caseId, t.at),
    pgPolicy('case_events_read', { for: 'select', to: appScoped, using: caseVisible(t.caseId) }),
    pgPolicy('case_events_write', { for: 'insert', to: appScoped, withCheck: caseVisible(t.caseId) }),
  ],
);

/** 快速报送: a collective, mass-incident or major case reported to the city legal service center. */
export const majorReports = pgTable(
  'major_reports',
  {
    id: primaryId(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    /** The city legal service center of the case's network. */
    officeId: uuid('office_id')
      .notNull()
      .references(() => offices.id),
    reasons: text('reasons').array().notNull(),
    reportedAt: at('reported_at').notNull().defaultNow(),
    acknowledgeBy: at('acknowledge_by').notNull(),
    acknowledgedAt: at('acknowledged_at'),
    acknowledgedBy: uuid('acknowledged_by'),
    alarm: boolean('alarm').notNull().default(false),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    uniqueIndex('major_reports_case_key').on(t.caseId),
    index('major_reports_office_idx').on(t.officeId, t.acknowledgedAt),
    pgPolicy('major_reports_read', { for: 'select', to: appScoped, using: sql`${inScope(t.officeId)} or ${caseVisible(t.caseId)}` }),
    pgPolicy('major_reports_insert', { for: 'insert', to: appScoped, withCheck: caseVisible(t.caseId) }),
    pgPolicy('major_reports_update', { for: 'update', to: appScoped, using: inScope(t.officeId), withCheck: inScope(t.officeId) }),
  ],
);

/** 劳动关系预警 filed by a station or coordinator; an office sees those of its subtree, so they roll up the tree. */
export const laborWarnings = pgTable(
  'labor_warnings',
  {
    id: primaryId(),
    employerId: uuid('employer_id')
      .notNull()
      .references(() => employers.id),
    officeId: uuid('office_id')
      .notNull()
      .references(() => offices.id),
    kind: text('kind').$type<WarningKind>().notNull(),
    level: text('level').$type<'attention' | 'serious'>().notNull(),
    description: text('description').notNull(),
    status: text('status').$type<'open' | 'resolved'>().notNull().default('open'),
    filedBy: text('filed_by'),
    filedAt: at('filed_at').notNull().defaultNow(),
    resolvedAt: at('resolved_at'),
    resolution: text('resolution'),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('labor_warnings_office_idx').on(t.officeId, t.status, t.filedAt),
    index('labor_warnings_employer_idx').on(t.employerId),
    pgPolicy('labor_warnings_scoped', { for: 'all', to: appScoped, using: inScope(t.officeId), withCheck: inScope(t.officeId) }),
  ],
);

/** An office's inbox: what needs its people; each user reads it for themselves. */
export const notifications = pgTable(
  'notifications',
  {
    id: primaryId(),
    officeId: uuid('office_id')
      .notNull()
      .references(() => offices.id),
    kind: text('kind').$type<NotificationKind>().notNull(),
    entity: text('entity').notNull(),
    entityId: uuid('entity_id').notNull(),
    title: text('title').notNull(),
    networkId: uuid('network_id')
      .notNull()
      .references(() => offices.id),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [
    // one notice per office, kind and record: a sweep that runs again does not say it twice
    uniqueIndex('notifications_once').on(t.officeId, t.kind, t.entityId),
    index('notifications_office_idx').on(t.officeId, t.createdAt),
    pgPolicy('notifications_read', { for: 'select', to: appScoped, using: inScope(t.officeId) }),
    // any office of the network may notify another (a transfer notifies the receiver)
    pgPolicy('notifications_insert', { for: 'insert', to: appScoped, withCheck: inNetwork(t.networkId) }),
  ],
);

export const notificationReads = pgTable(
  'notification_reads',
  {
    notificationId: uuid('notification_id')
      .notNull()
      .references(() => notifications.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    readAt: at('read_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('notification_reads_key').on(t.notificationId, t.userId),
    pgPolicy('notification_reads_own', {
      for: 'all',
      to: appScoped,
      using: sql`${t.userId} = nullif(current_setting('app.user_id', true), '')::uuid`,
      withCheck: sql`${t.userId} = nullif(current_setting('app.user_id', true), '')::uuid`,
    }),
  ],
);

/** Set for a caller whose only role is `lawyer`: they see only the matters assigned to them. */
const lawyerOnly = sql.raw(`coalesce(current_setting('app.lawyer_only', true), '') = 'on'`);
const callerUser = sql.raw(`nullif(current_setting('app.user_id', true), '')::uuid`);
/** The lawyers linked to the caller's user account. */
const callersLawyer = (lawyerId: AnyPgColumn) => sql`exists (select 1 from lawyers l where l.id = ${lawyerId} and l.user_id = ${callerUser})`;

/** 职工法律援助申请 (domain.md §6). */
export const legalAidApplications = pgTable(
  'legal_aid_applications',
  {
    id: primaryId(),
    applicationNo: text('application_no').notNull(),
    /** The application's id in the system it was imported from. */
    externalId: text('external_id'),
    channel: text('channel').$type<LegalAidChannel>().notNull(),
    status: text('status').$type<LegalAidStatus>().notNull(),
    /** The office deciding and handling it now. */
    officeId: uuid('office_id')
      .notNull()
      .references(() => offices.id),
    /** The office that took the application in: it keeps reading it after a transfer (异地协作) moves it on. */
    intakeOfficeId: uuid('intake_office_id').references(() => offices.id),
    /** The office a transfer (异地协作) waits on. */
    pendingTransferOfficeId: uuid('pending_transfer_office_id').references(() => offices.id),
    applicantName: text('applicant_name').notNull(),
    idNumber: text('id_number').notNull(),
    phone: text('phone'),
    household: text('household').$type<Household>().notNull(),
    hardship: text('hardship').$type<HardshipKind>().notNull(),
    employerId: uuid('employer_id')
      .notNull()
      .references(() => employers.id),
    matter: text('matter').$type<LegalAidMatter>().notNull(),
    service: text('service').$type<LegalAidService>().notNull(),
    amount: numeric('amount', { precision: 16, scale: 2 }).notNull(),
    funding: text('funding').$type<FundingProgramme>().notNull(),
    description: text('description').notNull().default(''),
    hardshipExempt: boolean('hardship_exempt').notNull(),
    greenChannel: boolean('green_channel').notNull(),
    receivedAt: at('received_at').notNull(),
    decisionDueAt: at('decision_due_at'),
    decidedAt: at('decided_at'),
    approvedAt: at('approved_at'),
    assignmentDueAt: at('assignment_due_at'),
    /** The clock running now (decision or assignment), its deadline and standing; the scheduler keeps the standing. */
    clockRule: text('clock_rule').$type<'legal_aid.decision' | 'legal_aid.assignment'>(),
    dueAt: at('due_at'),
    clock: text('clock').$type<ClockState>().notNull().default('running'),
    lawyerId: uuid('lawyer_id').references(() => lawyers.id),
    assignedAt: at('assigned_at'),
    rereviewUsed: boolean('rereview_used').notNull().default(false),
    rejectionReason: text('rejection_reason'),
    outcome: text('outcome').$type<LegalAidOutcome>(),
    amountRecovered: numeric('amount_recovered', { precision: 16, scale: 2 }),
    closedAt: at('closed_at'),
    networkId: uuid('network_id')
      .notNull()
      .references(() => offices.id),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('legal_aid_application_no_key').on(t.networkId, t.applicationNo),
    uniqueIndex('legal_aid_external_id_key').on(t.networkId, t.externalId),
    index('legal_aid_office_status_idx').on(t.officeId, t.status),
    // the queue's order (legal-aid.repo listApplications), so a page is read in order rather than sorted
    index('legal_aid_queue_idx').on(sql`${t.greenChannel} desc`, sql`coalesce(${t.decisionDueAt}, 'infinity'::timestamptz)`, t.id),
    index('legal_aid_lawyer_idx').on(t.lawyerId, t.status),
    index('legal_aid_clock_idx').on(t.clock, t.dueAt),
    index('legal_aid_id_number_idx').on(t.idNumber),
    // an office's subtree, and the office a transfer waits on; a lawyer-only caller just their own matters
    pgPolicy('legal_aid_applications_read', {
      for: 'select',
      to: appScoped,
      using: sql`case when ${lawyerOnly} then ${callersLawyer(t.lawyerId)} else ${inScope(t.officeId)} or ${inScope(t.pendingTransferOfficeId)} or ${inScope(t.intakeOfficeId)} end`,
    }),
    pgPolicy('legal_aid_applications_insert', { for: 'insert', to: appScoped, withCheck: sql`not ${lawyerOnly} and ${inScope(t.officeId)} and ${inNetwork(t.networkId)}` }),
    pgPolicy('legal_aid_applications_update', {
      for: 'update',
      to: appScoped,
      using: sql`case when ${lawyerOnly} then ${callersLawyer(t.lawyerId)} else ${inScope(t.officeId)} or ${inScope(t.pendingTransferOfficeId)} end`,
      withCheck: inNetwork(t.networkId),
    }),
  ],
);

const callerIsCityTier = sql`exists (select 1 from offices o where o.path = ${scopePath} and o.tier = 'city')`;

const applicationVisible = (applicationId: AnyPgColumn) => sql`exists (select 1 from legal_aid_applications a where a.id = ${applicationId})`;

export const legalAidCounters = pgTable(
  'legal_aid_counters',
  {
    officeId: uuid('office_id')
      .notNull()
      .references(() => offices.id),
    year: integer('year').notNull(),
    last: integer('last').notNull(),
  },
  (t) => [uniqueIndex('legal_aid_counters_key').on(t.officeId, t.year), pgPolicy('legal_aid_counters_scoped', { for: 'all', to: appScoped, using: inScope(t.officeId), withCheck: inScope(t.officeId) })],
);

export const legalAidEvents = pgTable(
  'legal_aid_events',
  {
    id: primaryId(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => legalAidApplications.id),
    type: text('type').notNull(),
    fromStatus: text('from_status').$type<LegalAidStatus>(),
    toStatus: text('to_status').$type<LegalAidStatus>().notNull(),
    reason: text('reason'),
    note: text('note'),
    lawyerId: uuid('lawyer_id'),
    outcome: text('outcome'),
    amountRecovered: numeric('amount_recovered', { precision: 16, scale: 2 }),
    toOfficeId: uuid('to_office_id'),
    actorId: uuid('actor_id'),
    actorName: text('actor_name'),
    actorOfficeId: uuid('actor_office_id'),
    at: at('at').notNull().defaultNow(),
  },
  (t) => [
    index('legal_aid_events_application_idx').on(t.applicationId, t.at),
    pgPolicy('legal_aid_events_read', { for: 'select', to: appScoped, using: applicationVisible(t.applicationId) }),
    pgPolicy('legal_aid_events_write', { for: 'insert', to: appScoped, withCheck: applicationVisible(t.applicationId) }),
  ],
);

/** Supporting documents, kept in the database with the application and read only where it is. */
export const legalAidAttachments = pgTable(
  'legal_aid_attachments',
  {
    id: primaryId(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => legalAidApplications.id),
    fileName: text('file_name').notNull(),
    mimeType: text('mime_type').notNull(),
    size: integer('size').notNull(),
    content: bytea('content').notNull(),
    note: text('note'),
    uploadedBy: text('uploaded_by'),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [
    index('legal_aid_attachments_application_idx').on(t.applicationId),
    check('legal_aid_attachments_size', sql`${t.size} <= 5242880`),
    pgPolicy('legal_aid_attachments_read', { for: 'select', to: appScoped, using: applicationVisible(t.applicationId) }),
    pgPolicy('legal_aid_attachments_write', { for: 'insert', to: appScoped, withCheck: applicationVisible(t.applicationId) }),
  ],
);

/** The programme's fee schedule: the subsidy a lawyer is owed per service, set by each city. */
export const legalAidFeeSchedule = pgTable(
  'legal_aid_fee_schedule',
  {
    networkId: uuid('network_id')
      .notNull()
      .references(() => offices.id),
    funding: text('funding').$type<FundingProgramme>().notNull(),
    service: text('service').$type<LegalAidService>().notNull(),
    amount: numeric('amount', { precision: 16, scale: 2 }).notNull(),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('legal_aid_fee_schedule_key').on(t.networkId, t.funding, t.service),
    pgPolicy('legal_aid_fee_schedule_read', { for: 'select', to: appScoped, using: inNetwork(t.networkId) }),
    // written only by city-tier offices of the network (the city federation and its centers)
    pgPolicy('legal_aid_fee_schedule_write', { for: 'all', to: appScoped, using: sql`${inNetwork(t.networkId)} and ${callerIsCityTier}`, withCheck: sql`${inNetwork(t.networkId)} and ${callerIsCityTier}` }),
  ],
);

/** What a lawyer is owed for a closed matter, and whether it was paid. */
export const legalAidSubsidies = pgTable(
  'legal_aid_subsidies',
  {
    id: primaryId(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => legalAidApplications.id),
    lawyerId: uuid('lawyer_id')
      .notNull()
      .references(() => lawyers.id),
    officeId: uuid('office_id')
      .notNull()
      .references(() => offices.id),
    funding: text('funding').$type<FundingProgramme>().notNull(),
    service: text('service').$type<LegalAidService>().notNull(),
    amount: numeric('amount', { precision: 16, scale: 2 }).notNull(),
    status: text('status').$type<SubsidyStatus>().notNull().default('owed'),
    paidAt: at('paid_at'),
    paidBy: uuid('paid_by'),
    networkId: uuid('network_id')
      .notNull()
      .references(() => offices.id),
    version: integer('version').notNull().default(1),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('legal_aid_subsidies_application_key').on(t.applicationId),
    index('legal_aid_subsidies_office_idx').on(t.officeId, t.status),
    pgPolicy('legal_aid_subsidies_read', { for: 'select', to: appScoped, using: sql`case when ${lawyerOnly} then ${callersLawyer(t.lawyerId)} else ${inScope(t.officeId)} end` }),
    pgPolicy('legal_aid_subsidies_insert', { for: 'insert', to: appScoped, withCheck: sql`${applicationVisible(t.applicationId)} and ${inNetwork(t.networkId)}` }),
    pgPolicy('legal_aid_subsidies_update', { for: 'update', to: appScoped, using: sql`not ${lawyerOnly} and ${inScope(t.officeId)}`, withCheck: inScope(t.officeId) }),
  ],
);
export * from './supervision.schema.js';
export * from './integrations.schema.js';
export * from './coverage.schema.js';
