import { Type } from 'typebox';
import { clockStates } from '../clocks/clocks.js';
import { Money, PageQuery, Timestamp, Uuid } from '../common/schemas.js';
import { ExternalId } from '../employers/schemas.js';
import { caseChannels, caseEventTypes, caseStatuses, claimCategories, routeReasons, caseSortFields } from './cases.js';

const Households = Type.Enum(['urban', 'migrant']);

export const Worker = Type.Object({
  name: Type.String(),
  idNumber: Type.Union([Type.String(), Type.Null()]),
  phone: Type.Union([Type.String(), Type.Null()]),
  household: Type.Union([Households, Type.Null()]),
});
export const WorkerInput = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 50, pattern: '\\S' }),
    idNumber: Type.Optional(Type.Union([Type.String({ maxLength: 18 }), Type.Null()])),
    phone: Type.Optional(Type.Union([Type.String({ maxLength: 20, pattern: '^[0-9+\\- ]*$' }), Type.Null()])),
    household: Type.Optional(Type.Union([Households, Type.Null()])),
  },
  { additionalProperties: false },
);
export type WorkerInput = Type.Static<typeof WorkerInput>;

export const Claim = Type.Object({ category: Type.Enum(claimCategories), amount: Money }, { additionalProperties: false });

export const CaseSource = Type.Object(
  {
    body: Type.String({ minLength: 1, maxLength: 200, description: 'the commission or court that sent it' }),
    regionCode: Type.String({ pattern: '^\\d{6}$', description: 'its district' }),
    reference: Type.String({ minLength: 1, maxLength: 100, description: 'its reference number' }),
  },
  { additionalProperties: false },
);

export const Case = Type.Object({
  id: Uuid,
  caseNo: Type.String(),
  externalId: Type.Union([Type.String(), Type.Null()]),
  channel: Type.Enum(caseChannels),
  source: Type.Union([CaseSource, Type.Null()]),
  status: Type.Enum(caseStatuses),
  pendingTransferOrgId: Type.Union([Uuid, Type.Null()]),
  pendingTransferOrgName: Type.Union([Type.String(), Type.Null()]),
  officeId: Uuid,
  handlerOrgId: Uuid,
  handlerOrgName: Type.String(),
  handlerOrgType: Type.String(),
  employerId: Uuid,
  employerName: Type.String(),
  workers: Type.Array(Worker),
  workerCount: Type.Integer(),
  claims: Type.Array(Claim),
  amountClaimed: Money,
  description: Type.String(),
  collective: Type.Boolean(),
  massIncident: Type.Boolean(),
  major: Type.Boolean(),
  receivedAt: Timestamp,
  dueAt: Type.Union([Timestamp, Type.Null()]),
  overdue: Type.Boolean(),
  clock: Type.Enum(clockStates),
  closedAt: Type.Union([Timestamp, Type.Null()]),
  outcome: Type.Union([Type.String(), Type.Null()]),
  linkedCaseId: Type.Union([Uuid, Type.Null()]),
  /** How the caller stands to the case: handling it, waiting to receive it, or having sent it on. */
  access: Type.Enum(['handler', 'receiver', 'sender']),
  allowedEvents: Type.Array(Type.Enum(caseEventTypes)),
  version: Type.Integer(),
  createdAt: Timestamp,
});
export type Case = Type.Static<typeof Case>;

export const CaseCreate = Type.Object(
  {
    externalId: Type.Optional(Type.Union([ExternalId, Type.Null()])),
    channel: Type.Enum(caseChannels),
    source: Type.Optional(Type.Union([CaseSource, Type.Null()])),
    employerId: Uuid,
    handlerOrgId: Type.Optional(Uuid),
    workers: Type.Array(WorkerInput, { minItems: 1, maxItems: 2000 }),
    claims: Type.Array(Claim, { minItems: 1, maxItems: 20 }),
    description: Type.String({ minLength: 1, maxLength: 10_000 }),
    massIncident: Type.Optional(Type.Boolean()),
    major: Type.Optional(Type.Boolean()),
    receivedAt: Type.Optional(Timestamp),
    linkedCaseId: Type.Optional(Uuid),
  },
  { additionalProperties: false },
);
export type CaseCreate = Type.Static<typeof CaseCreate>;

export const CaseListQuery = Type.Object(
  {
    ...PageQuery,
    q: Type.Optional(Type.String({ maxLength: 100, description: 'case number, worker name or employer name' })),
    status: Type.Optional(Type.Enum(caseStatuses)),
    channel: Type.Optional(Type.Enum(caseChannels)),
    handlerOrgId: Type.Optional(Uuid),
    officeId: Type.Optional(Uuid),
    regionCode: Type.Optional(Type.String({ pattern: '^\\d{2,9}$', description: 'district of the handling organization' })),
    category: Type.Optional(Type.Enum(claimCategories)),
    overdue: Type.Optional(Type.Boolean()),
    clock: Type.Optional(Type.Enum(clockStates, { description: 'where the mediation clock stands' })),
    collective: Type.Optional(Type.Boolean()),
    awaitingMyAcceptance: Type.Optional(Type.Boolean({ description: 'transfers waiting for the caller’s subtree' })),
    sort: Type.Optional(Type.Enum([...caseSortFields, ...caseSortFields.map((f) => `-${f}` as const)])),
  },
  { additionalProperties: false },
);
export type CaseListQuery = Type.Static<typeof CaseListQuery>;

export const CaseEventBody = Type.Object(
  {
    type: Type.Enum(caseEventTypes),
    reason: Type.Optional(Type.String({ minLength: 1, maxLength: 1000, description: 'a route reason code for transfer_request; free text otherwise' })),
    toOrgId: Type.Optional(Uuid),
    note: Type.Optional(Type.String({ maxLength: 2000 })),
  },
  { additionalProperties: false },
);
export type CaseEventBody = Type.Static<typeof CaseEventBody>;

export const CaseEvent = Type.Object({
  id: Uuid,
  type: Type.String(),
  fromStatus: Type.Union([Type.Enum(caseStatuses), Type.Null()]),
  toStatus: Type.Enum(caseStatuses),
  reason: Type.Union([Type.String(), Type.Null()]),
  note: Type.Union([Type.String(), Type.Null()]),
  toOrgId: Type.Union([Uuid, Type.Null()]),
  toOrgName: Type.Union([Type.String(), Type.Null()]),
  actor: Type.Union([Type.String(), Type.Null()]),
  actorId: Type.Union([Uuid, Type.Null()]),
  at: Timestamp,
});

export const TransferTarget = Type.Object({ orgId: Uuid, name: Type.String(), type: Type.String(), regionCode: Type.String(), reasons: Type.Array(Type.Enum(routeReasons)) });

export const DuplicateQuery = Type.Object(
  {
    employerId: Uuid,
    idNumber: Type.Optional(Type.Array(Type.String({ maxLength: 18 }), { maxItems: 50 })),
    name: Type.Optional(Type.String({ maxLength: 50 })),
    phone: Type.Optional(Type.String({ maxLength: 20 })),
  },
  { additionalProperties: false },
);
export const DuplicateMatch = Type.Object({
  kind: Type.Enum(['case', 'legal_aid']),
  id: Uuid,
  number: Type.String(),
  status: Type.String(),
  workerName: Type.String(),
  matchedOn: Type.Enum(['id_number', 'name_and_phone']),
  receivedAt: Timestamp,
});

export const MajorReport = Type.Object({
  id: Uuid,
  caseId: Uuid,
  caseNo: Type.String(),
  employerName: Type.String(),
  workerCount: Type.Integer(),
  reasons: Type.Array(Type.Enum(['collective', 'mass_incident', 'major'])),
  reportedAt: Timestamp,
  acknowledgeBy: Timestamp,
  acknowledgedAt: Type.Union([Timestamp, Type.Null()]),
  alarm: Type.Boolean(),
  version: Type.Integer(),
});
export const MajorReportListQuery = Type.Object(
  { ...PageQuery, acknowledged: Type.Optional(Type.Boolean()), alarm: Type.Optional(Type.Boolean()) },
  { additionalProperties: false },
);
