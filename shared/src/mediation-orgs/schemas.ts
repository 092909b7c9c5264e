import { Type } from 'typebox';
import { Money, Name, PageQuery, Timestamp, Uuid } from '../common/schemas.js';
import { ExternalId } from '../employers/schemas.js';
import { checklistItems, filingEventTypes, filingStatuses, mediationOrgTypes, reportingCadences, mediationOrgSortFields } from './mediation-orgs.js';
import { periodPattern } from './reports.js';

export const MediationOrgTypeSchema = Type.Enum(mediationOrgTypes);
export const FilingStatusSchema = Type.Enum(filingStatuses);
export const Checklist = Type.Object(
  Object.fromEntries(checklistItems.map((i) => [i, Type.Boolean()])) as Record<(typeof checklistItems)[number], Type.TBoolean>,
  { additionalProperties: false },
);
export type Checklist = Type.Static<typeof Checklist>;

export const MediationOrg = Type.Object({
  id: Uuid,
  externalId: Type.Union([Type.String(), Type.Null()]),
  type: MediationOrgTypeSchema,
  name: Type.String(),
  employerId: Type.Union([Uuid, Type.Null()]),
  employerName: Type.Union([Type.String(), Type.Null()]),
  officeId: Uuid,
  officeName: Type.String(),
  filingOfficeId: Uuid,
  filingOfficeName: Type.String(),
  filingRule: Type.Integer({ minimum: 1, maximum: 4, description: 'which rule of domain.md §3 chose the filing authority' }),
  status: FilingStatusSchema,
  regionCode: Type.String(),
  checklist: Checklist,
  standardized: Type.Boolean(),
  overrideReason: Type.Union([Type.String(), Type.Null()]),
  coordinatorName: Type.Union([Type.String(), Type.Null()]),
  phone: Type.Union([Type.String(), Type.Null()]),
  address: Type.Union([Type.String(), Type.Null()]),
  reportingCadence: Type.Enum(reportingCadences),
  filedAt: Type.Union([Timestamp, Type.Null()]),
  mediatorCount: Type.Integer(),
  version: Type.Integer(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type MediationOrg = Type.Static<typeof MediationOrg>;

const Phone = Type.String({ maxLength: 40, pattern: '^[0-9+()\\- ]*$' });
const editable = {
  externalId: Type.Optional(Type.Union([ExternalId, Type.Null()])),
  name: Name,
  checklist: Type.Optional(Checklist),
  coordinatorName: Type.Optional(Type.Union([Type.String({ minLength: 1, maxLength: 50 }), Type.Null()])),
  phone: Type.Optional(Type.Union([Phone, Type.Null()])),
  address: Type.Optional(Type.Union([Type.String({ maxLength: 300 }), Type.Null()])),
  reportingCadence: Type.Optional(Type.Enum(reportingCadences)),
};

/** Submitting a filing: the filing authority is computed, never sent. */
export const MediationOrgCreate = Type.Object(
  {
    ...editable,
    type: MediationOrgTypeSchema,
    employerId: Type.Optional(Uuid),
    officeId: Type.Optional(Uuid),
    overrideReason: Type.Optional(Type.String({ minLength: 2, maxLength: 500 })),
  },
  { additionalProperties: false },
);
export type MediationOrgCreate = Type.Static<typeof MediationOrgCreate>;

export const MediationOrgUpdate = Type.Object(
  { ...editable, name: Type.Optional(Name) },
  { additionalProperties: false, minProperties: 1 },
);
export type MediationOrgUpdate = Type.Static<typeof MediationOrgUpdate>;

export const MediationOrgListQuery = Type.Object(
  {
    ...PageQuery,
    q: Type.Optional(Type.String({ maxLength: 100 })),
    type: Type.Optional(MediationOrgTypeSchema),
    status: Type.Optional(FilingStatusSchema),
    filingOfficeId: Type.Optional(Uuid),
    employerId: Type.Optional(Uuid),
    regionCode: Type.Optional(Type.String({ pattern: '^\\d{2,9}$', description: 'a district (6 digits) or any prefix' })),
    standardized: Type.Optional(Type.Boolean()),
    awaitingMyReview: Type.Optional(Type.Boolean({ description: 'filings waiting for the caller’s office to review' })),
    sort: Type.Optional(Type.Enum([...mediationOrgSortFields, ...mediationOrgSortFields.map((f) => `-${f}` as const)])),
  },
  { additionalProperties: false },
);
export type MediationOrgListQuery = Type.Static<typeof MediationOrgListQuery>;

export const FilingEventBody = Type.Object(
  {
    type: Type.Enum(filingEventTypes),
    reason: Type.Optional(Type.String({ minLength: 1, maxLength: 1000 })),
    note: Type.Optional(Type.String({ maxLength: 2000 })),
  },
  { additionalProperties: false },
);
export type FilingEventBody = Type.Static<typeof FilingEventBody>;

export const FilingEvent = Type.Object({
  id: Uuid,
  type: Type.Union([Type.Enum(filingEventTypes), Type.Literal('submit')]),
  fromStatus: Type.Union([FilingStatusSchema, Type.Null()]),
  toStatus: FilingStatusSchema,
  reason: Type.Union([Type.String(), Type.Null()]),
  note: Type.Union([Type.String(), Type.Null()]),
  actorId: Type.Union([Uuid, Type.Null()]),
  actorName: Type.Union([Type.String(), Type.Null()]),
  at: Timestamp,
});
export type FilingEvent = Type.Static<typeof FilingEvent>;

export const FilingAuthorityQuery = Type.Object(
  { type: MediationOrgTypeSchema, employerId: Type.Optional(Uuid), officeId: Type.Optional(Uuid) },
  { additionalProperties: false },
);
export const FilingAuthorityPreview = Type.Object({
  filingOfficeId: Uuid,
  filingOfficeName: Type.String(),
  filingRule: Type.Integer(),
  sizeRule: Type.Union([Type.String(), Type.Null()]),
});

export const Period = Type.String({ pattern: periodPattern, description: '2026-10 for a month, 2026-Q3 for a quarter' });
export const OrgReport = Type.Object({
  id: Uuid,
  orgId: Uuid,
  orgName: Type.String(),
  period: Type.String(),
  casesReceived: Type.Integer(),
  casesMediated: Type.Integer(),
  casesSettled: Type.Integer(),
  amountSettled: Money,
  warningsRaised: Type.Integer(),
  submittedAt: Timestamp,
  dueAt: Timestamp,
  late: Type.Boolean(),
});
export type OrgReport = Type.Static<typeof OrgReport>;

const Count = Type.Integer({ minimum: 0, maximum: 1_000_000 });
export const OrgReportCreate = Type.Object(
  { period: Period, casesReceived: Count, casesMediated: Count, casesSettled: Count, amountSettled: Money, warningsRaised: Count },
  { additionalProperties: false },
);
export type OrgReportCreate = Type.Static<typeof OrgReportCreate>;

export const ReportStandingQuery = Type.Object(
  {
    period: Period,
    filingOfficeId: Type.Optional(Uuid),
    standing: Type.Optional(Type.Enum(['missing', 'late', 'on_time', 'not_due'])),
  },
  { additionalProperties: false },
);
export const ReportStandingRow = Type.Object({
  orgId: Uuid,
  orgName: Type.String(),
  type: MediationOrgTypeSchema,
  filingOfficeId: Uuid,
  filingOfficeName: Type.String(),
  period: Type.String(),
  dueAt: Timestamp,
  submittedAt: Type.Union([Timestamp, Type.Null()]),
  standing: Type.Enum(['missing', 'late', 'on_time', 'not_due']),
});
