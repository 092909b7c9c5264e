import { sql, type SQL } from 'drizzle-orm';
import { boolean, date, index, integer, jsonb, pgPolicy, pgTable, text, uniqueIndex, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Finding, FindingCategory, InspectionKind, NoticeEventType, NoticeStatus, NoticeType } from '@union/shared';
import { appScoped, employers, inNetwork, inScope, offices } from './schema.js';
import { at, primaryId, timestamps } from './columns.js';

/** Labor-law supervision (domain.md §7): rows of an office's subtree, written inside the caller's city network. */
const scopedInNetwork = (name: string, t: { officeId: AnyPgColumn; networkId: AnyPgColumn }) => [
  pgPolicy(`${name}_read`, { for: 'select', to: appScoped, using: inScope(t.officeId) }),
  pgPolicy(`${name}_insert`, { for: 'insert', to: appScoped, withCheck: sql`${inScope(t.officeId)} and ${inNetwork(t.networkId)}` }),
  pgPolicy(`${name}_update`, { for: 'update', to: appScoped, using: inScope(t.officeId), withCheck: sql`${inScope(t.officeId)} and ${inNetwork(t.networkId)}` }),
];

export const inspections = pgTable(
  'inspections',
  {
    id: primaryId(),
    officeId: uuid('office_id')
      .notNull()
      .references(() => offices.id),
    employerId: uuid('employer_id')
      .notNull()
      .references(() => employers.id),
    kind: text('kind').$type<InspectionKind>().notNull(),
    inspectedOn: date('inspected_on').notNull(),
    /** Supervisors (劳动法律监督员) who took part. */
    inspectorIds: uuid('inspector_ids').array().notNull(),
    findings: jsonb('findings').$type<Finding[]>().notNull(),
    note: text('note'),
    networkId: uuid('network_id')
      .notNull()
      .references(() => offices.id),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [index('inspections_office_idx').on(t.officeId, t.inspectedOn), index('inspections_employer_idx').on(t.employerId), ...scopedInNetwork('inspections', t)],
);

export const notices = pgTable(
  'notices',
  {
    id: primaryId(),
    /** Given when issued: `朝阳工监〔2026〕3号`, numbered per office and year. */
    noticeNo: text('notice_no'),
    type: text('type').$type<NoticeType>().notNull(),
    status: text('status').$type<NoticeStatus>().notNull(),
    officeId: uuid('office_id')
      .notNull()
      .references(() => offices.id),
    employerId: uuid('employer_id')
      .notNull()
      .references(() => employers.id),
    inspectionId: uuid('inspection_id').references(() => inspections.id),
    categories: text('categories').array().$type<FindingCategory[]>().notNull(),
    facts: text('facts').notNull(),
    legalBasis: text('legal_basis').notNull(),
    serious: boolean('serious').notNull().default(false),
    previousNoticeId: uuid('previous_notice_id').references((): AnyPgColumn => notices.id),
    issuedAt: at('issued_at'),
    /** An opinion's rectification deadline (clock rule notice.opinion_rectification). */
    deadlineAt: at('deadline_at'),
    /** When the daily sweep told the office that the opinion is ready to escalate (past its deadline unrectified). */
    readyToEscalateAt: at('ready_to_escalate_at'),
    respondedAt: at('responded_at'),
    rectifiedAt: at('rectified_at'),
    publishedAt: at('published_at'),
    approvedByOfficeId: uuid('approved_by_office_id').references(() => offices.id),
    closedAt: at('closed_at'),
    networkId: uuid('network_id')
      .notNull()
      .references(() => offices.id),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('notices_notice_no_key').on(t.officeId, t.noticeNo),
    index('notices_office_status_idx').on(t.officeId, t.status),
    index('notices_employer_idx').on(t.employerId, t.type),
    index('notices_previous_idx').on(t.previousNoticeId),
    index('notices_deadline_idx').on(t.type, t.status, t.deadlineAt),
    ...scopedInNetwork('notices', t),
  ],
);

export const noticeCounters = pgTable(
  'notice_counters',
  {
    officeId: uuid('office_id')
      .notNull()
      .references(() => offices.id),
    year: integer('year').notNull(),
    last: integer('last').notNull(),
  },
  (t) => [uniqueIndex('notice_counters_key').on(t.officeId, t.year), pgPolicy('notice_counters_scoped', { for: 'all', to: appScoped, using: inScope(t.officeId), withCheck: inScope(t.officeId) })],
);

const noticeVisible = (noticeId: AnyPgColumn | SQL) => sql`${noticeId} in (select n.id from notices n)`;

export const noticeEvents = pgTable(
  'notice_events',
  {
    id: primaryId(),
    noticeId: uuid('notice_id')
      .notNull()
      .references(() => notices.id),
    type: text('type').$type<NoticeEventType>().notNull(),
    fromStatus: text('from_status').$type<NoticeStatus>().notNull(),
    toStatus: text('to_status').$type<NoticeStatus>().notNull(),
    note: text('note'),
    actorId: uuid('actor_id'),
    actorName: text('actor_name'),
    actorOfficeId: uuid('actor_office_id'),
    at: at('at').notNull(),
  },
  (t) => [
    index('notice_events_notice_idx').on(t.noticeId, t.at),
    pgPolicy('notice_events_read', { for: 'select', to: appScoped, using: noticeVisible(t.noticeId) }),
    pgPolicy('notice_events_insert', { for: 'insert', to: appScoped, withCheck: noticeVisible(t.noticeId) }),
  ],
);
