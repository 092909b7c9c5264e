import { Type } from 'typebox';
import { clockStates } from '../clocks/clocks.js';
import { PageQuery, Text, Timestamp, Uuid } from '../common/schemas.js';
import { DateOnly as Date_ } from '../people/schemas.js';
import { findingCategories, inspectionKinds, noticeEventTypes, noticeSortFields, noticeStatuses, noticeTypes } from './supervision.js';

const Categories = Type.Array(Type.Enum(findingCategories), { minItems: 1, maxItems: findingCategories.length, uniqueItems: true });

export const Finding = Type.Object(
  {
    category: Type.Enum(findingCategories),
    description: Text(2000, 1),
    serious: Type.Boolean({ default: false }),
  },
  { additionalProperties: false },
);
export type Finding = Type.Static<typeof Finding>;

export const Inspection = Type.Object({
  id: Uuid,
  officeId: Uuid,
  officeName: Type.String(),
  employerId: Uuid,
  employerName: Type.String(),
  kind: Type.Enum(inspectionKinds),
  inspectedOn: Date_,
  /** Labor-law supervisors (劳动法律监督员) who took part. */
  inspectors: Type.Array(Type.Object({ id: Uuid, name: Type.String() })),
  findings: Type.Array(Finding),
  note: Type.Union([Type.String(), Type.Null()]),
  version: Type.Integer(),
  createdAt: Timestamp,
});
export type Inspection = Type.Static<typeof Inspection>;

export const InspectionCreate = Type.Object(
  {
    /** Defaults to the caller's office. */
    officeId: Type.Optional(Uuid),
    employerId: Uuid,
    kind: Type.Enum(inspectionKinds),
    inspectedOn: Date_,
    inspectorIds: Type.Array(Uuid, { minItems: 1, maxItems: 20, uniqueItems: true }),
    findings: Type.Array(Finding, { maxItems: 50 }),
    note: Type.Optional(Type.Union([Text(2000), Type.Null()])),
  },
  { additionalProperties: false },
);
export type InspectionCreate = Type.Static<typeof InspectionCreate>;

export const InspectionUpdate = Type.Object(
  {
    kind: Type.Optional(Type.Enum(inspectionKinds)),
    inspectedOn: Type.Optional(Date_),
    inspectorIds: Type.Optional(Type.Array(Uuid, { minItems: 1, maxItems: 20, uniqueItems: true })),
    findings: Type.Optional(Type.Array(Finding, { maxItems: 50 })),
    note: Type.Optional(Type.Union([Text(2000), Type.Null()])),
  },
  { additionalProperties: false },
);
export type InspectionUpdate = Type.Static<typeof InspectionUpdate>;

export const InspectionListQuery = Type.Object(
  {
    ...PageQuery,
    employerId: Type.Optional(Uuid),
    officeId: Type.Optional(Uuid),
    kind: Type.Optional(Type.Enum(inspectionKinds)),
    category: Type.Optional(Type.Enum(findingCategories)),
  },
  { additionalProperties: false },
);
export type InspectionListQuery = Type.Static<typeof InspectionListQuery>;

export const Notice = Type.Object({
  id: Uuid,
  /** Given when issued (or approved, for a publication): `朝阳工监〔2026〕3号`. */
  noticeNo: Type.Union([Type.String(), Type.Null()]),
  type: Type.Enum(noticeTypes),
  status: Type.Enum(noticeStatuses),
  officeId: Uuid,
  officeName: Type.String(),
  employerId: Uuid,
  employerName: Type.String(),
  inspectionId: Type.Union([Uuid, Type.Null()]),
  categories: Type.Array(Type.Enum(findingCategories)),
  facts: Type.String(),
  legalBasis: Type.String(),
  serious: Type.Boolean(),
  previousNoticeId: Type.Union([Uuid, Type.Null()]),
  /** The notice that escalated this one, when there is one. */
  nextNoticeId: Type.Union([Uuid, Type.Null()]),
  issuedAt: Type.Union([Timestamp, Type.Null()]),
  /** An opinion's rectification deadline (clock rule `notice.opinion_rectification`). */
  deadlineAt: Type.Union([Timestamp, Type.Null()]),
  clock: Type.Enum(clockStates),
  /** An opinion past its deadline unrectified (shared readyToEscalate(), at the server's clock). */
  readyToEscalate: Type.Boolean(),
  /** Whether the rung above may be drafted on top of this one now (shared mayDraftNextRung(), at the server's clock). */
  mayDraftNextRung: Type.Boolean(),
  publishedAt: Type.Union([Timestamp, Type.Null()]),
  closedAt: Type.Union([Timestamp, Type.Null()]),
  allowedEvents: Type.Array(Type.Enum(noticeEventTypes)),
  version: Type.Integer(),
  createdAt: Timestamp,
});
export type Notice = Type.Static<typeof Notice>;

export const NoticeCreate = Type.Object(
  {
    officeId: Type.Optional(Uuid),
    type: Type.Enum(noticeTypes),
    employerId: Uuid,
    inspectionId: Type.Optional(Type.Union([Uuid, Type.Null()])),
    categories: Categories,
    facts: Text(5000, 1),
    legalBasis: Text(2000, 1),
    serious: Type.Optional(Type.Boolean()),
    previousNoticeId: Type.Optional(Type.Union([Uuid, Type.Null()])),
  },
  { additionalProperties: false },
);
export type NoticeCreate = Type.Static<typeof NoticeCreate>;

/** Only a draft is edited; what it says is fixed once issued. */
export const NoticeUpdate = Type.Object(
  {
    categories: Type.Optional(Categories),
    facts: Type.Optional(Text(5000, 1)),
    legalBasis: Type.Optional(Text(2000, 1)),
    serious: Type.Optional(Type.Boolean()),
    inspectionId: Type.Optional(Type.Union([Uuid, Type.Null()])),
    previousNoticeId: Type.Optional(Type.Union([Uuid, Type.Null()])),
  },
  { additionalProperties: false },
);
export type NoticeUpdate = Type.Static<typeof NoticeUpdate>;

export const NoticeListQuery = Type.Object(
  {
    ...PageQuery,
    q: Type.Optional(Type.String({ maxLength: 100, description: 'notice number or employer name' })),
    type: Type.Optional(Type.Enum(noticeTypes)),
    status: Type.Optional(Type.Enum(noticeStatuses)),
    employerId: Type.Optional(Uuid),
    officeId: Type.Optional(Uuid),
    category: Type.Optional(Type.Enum(findingCategories)),
    readyToEscalate: Type.Optional(Type.Boolean()),
    sort: Type.Optional(Type.Enum([...noticeSortFields, ...noticeSortFields.map((f) => `-${f}` as const)])),
  },
  { additionalProperties: false },
);
export type NoticeListQuery = Type.Static<typeof NoticeListQuery>;

export const NoticeEventBody = Type.Object(
  {
    type: Type.Enum(noticeEventTypes),
    /** The employer's answer (respond), the follow-up check (rectify), why (escalate, close). */
    note: Type.Optional(Text(2000)),
  },
  { additionalProperties: false },
);
export type NoticeEventBody = Type.Static<typeof NoticeEventBody>;

export const NoticeEvent = Type.Object({
  id: Uuid,
  type: Type.Enum(noticeEventTypes),
  fromStatus: Type.Enum(noticeStatuses),
  toStatus: Type.Enum(noticeStatuses),
  note: Type.Union([Type.String(), Type.Null()]),
  actor: Type.Union([Type.String(), Type.Null()]),
  actorId: Type.Union([Uuid, Type.Null()]),
  officeName: Type.Union([Type.String(), Type.Null()]),
  at: Timestamp,
});
export type NoticeEvent = Type.Static<typeof NoticeEvent>;

/** `GET /notices/{id}/letter`: the filled letter (see `noticeLetter`) with the fields it came from. */
export const NoticeLetter = Type.Object({
  noticeId: Uuid,
  type: Type.Enum(noticeTypes),
  status: Type.Enum(noticeStatuses),
  title: Type.String(),
  noticeNo: Type.Union([Type.String(), Type.Null()]),
  addressee: Type.String(),
  paragraphs: Type.Array(Type.String()),
  issuingUnion: Type.String(),
  date: Type.Union([Type.String(), Type.Null()]),
  employerName: Type.String(),
  deadlineDate: Type.Union([Date_, Type.Null()]),
  issuedDate: Type.Union([Date_, Type.Null()]),
});
export type NoticeLetter = Type.Static<typeof NoticeLetter>;

/** What the public may read of a published violation, and nothing else. */
export const PublicViolation = Type.Object({
  employerName: Type.String(),
  categories: Type.Array(Type.Enum(findingCategories)),
  publishedOn: Date_,
  issuingUnion: Type.String(),
});
export type PublicViolation = Type.Static<typeof PublicViolation>;
export const PublicViolationListQuery = Type.Object(
  { limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })), offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 100_000, default: 0 })) },
  { additionalProperties: false },
);
export const PublicViolationList = Type.Object({ items: Type.Array(PublicViolation), total: Type.Integer() });

export const SupervisionStatsQuery = Type.Object(
  { officeId: Type.Optional(Uuid), from: Type.Optional(Timestamp), to: Type.Optional(Timestamp) },
  { additionalProperties: false },
);
export type SupervisionStatsQuery = Type.Static<typeof SupervisionStatsQuery>;

const SupervisionFigures = {
  inspections: Type.Integer(),
  /** Notices issued in the period, by rung. */
  byType: Type.Object(Object.fromEntries(noticeTypes.map((t) => [t, Type.Integer()])) as Record<(typeof noticeTypes)[number], Type.TInteger>),
  issued: Type.Integer(),
  rectified: Type.Integer(),
  /** Rectified among issued reminders and opinions; null when none. */
  rectificationRate: Type.Union([Type.Number(), Type.Null()]),
  averageDaysToRectify: Type.Union([Type.Number(), Type.Null()]),
  medianDaysToRectify: Type.Union([Type.Number(), Type.Null()]),
  readyToEscalate: Type.Integer(),
};
export const SupervisionStats = Type.Object({
  officeId: Uuid,
  officeName: Type.String(),
  from: Type.Union([Timestamp, Type.Null()]),
  to: Type.Union([Timestamp, Type.Null()]),
  ...SupervisionFigures,
  /** The same figures per district-tier office of the subtree. */
  byDistrict: Type.Array(Type.Object({ officeId: Uuid, officeName: Type.String(), ...SupervisionFigures })),
});
export type SupervisionStats = Type.Static<typeof SupervisionStats>;
