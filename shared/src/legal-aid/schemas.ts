import { Type } from 'typebox';
import { clockStates } from '../clocks/clocks.js';
import { Money, PageQuery, Timestamp, Uuid } from '../common/schemas.js';
import { ExternalId } from '../employers/schemas.js';
import {
  attachmentMimeTypes,
  fundingProgrammes,
  hardshipKinds,
  households,
  legalAidChannels,
  legalAidEventTypes,
  legalAidMatters,
  legalAidOutcomes,
  legalAidServices,
  legalAidStatuses,
  subsidyStatuses,
} from './legal-aid.js';

export const Applicant = Type.Object({
  name: Type.String(),
  idNumber: Type.Union([Type.String(), Type.Null()]),
  phone: Type.Union([Type.String(), Type.Null()]),
  household: Type.Enum(households),
  hardship: Type.Enum(hardshipKinds),
});
export const ApplicantInput = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 50, pattern: '\\S' }),
    idNumber: Type.String({ maxLength: 18 }),
    phone: Type.Optional(Type.Union([Type.String({ maxLength: 20, pattern: '^[0-9+\\- ]*$' }), Type.Null()])),
    household: Type.Enum(households),
    hardship: Type.Enum(hardshipKinds),
  },
  { additionalProperties: false },
);

export const LegalAidApplication = Type.Object({
  id: Uuid,
  applicationNo: Type.String(),
  externalId: Type.Union([Type.String(), Type.Null()]),
  status: Type.Enum(legalAidStatuses),
  officeId: Uuid,
  officeName: Type.String(),
  pendingTransferOfficeId: Type.Union([Uuid, Type.Null()]),
  applicant: Applicant,
  employerId: Uuid,
  employerName: Type.String(),
  matter: Type.Enum(legalAidMatters),
  service: Type.Enum(legalAidServices),
  amount: Money,
  channel: Type.Enum(legalAidChannels),
  funding: Type.Enum(fundingProgrammes),
  description: Type.String(),
  greenChannel: Type.Boolean(),
  hardshipExempt: Type.Boolean(),
  receivedAt: Timestamp,
  decisionDueAt: Type.Union([Timestamp, Type.Null()]),
  approvedAt: Type.Union([Timestamp, Type.Null()]),
  decidedAt: Type.Union([Timestamp, Type.Null()]),
  assignmentDueAt: Type.Union([Timestamp, Type.Null()]),
  /** Which clock runs now and how it stands. */
  clockRule: Type.Union([Type.Enum(['legal_aid.decision', 'legal_aid.assignment']), Type.Null()]),
  clock: Type.Enum(clockStates),
  lawyerId: Type.Union([Uuid, Type.Null()]),
  lawyerName: Type.Union([Type.String(), Type.Null()]),
  rereviewUsed: Type.Boolean(),
  rejectionReason: Type.Union([Type.String(), Type.Null()]),
  outcome: Type.Union([Type.Enum(legalAidOutcomes), Type.Null()]),
  amountRecovered: Type.Union([Money, Type.Null()]),
  closedAt: Type.Union([Timestamp, Type.Null()]),
  access: Type.Enum(['office', 'receiver', 'lawyer', 'reader']),
  allowedEvents: Type.Array(Type.Enum(legalAidEventTypes)),
  version: Type.Integer(),
  createdAt: Timestamp,
});
export type LegalAidApplication = Type.Static<typeof LegalAidApplication>;

export const LegalAidCreate = Type.Object(
  {
    externalId: Type.Optional(Type.Union([ExternalId, Type.Null()])),
    channel: Type.Enum(legalAidChannels),
    applicant: ApplicantInput,
    employerId: Uuid,
    matter: Type.Enum(legalAidMatters),
    service: Type.Enum(legalAidServices),
    amount: Money,
    funding: Type.Enum(fundingProgrammes),
    description: Type.Optional(Type.String({ maxLength: 10_000 })),
    receivedAt: Type.Optional(Timestamp),
  },
  { additionalProperties: false },
);
export type LegalAidCreate = Type.Static<typeof LegalAidCreate>;

export const LegalAidListQuery = Type.Object(
  {
    ...PageQuery,
    q: Type.Optional(Type.String({ maxLength: 100, description: 'application number, applicant or employer name' })),
    status: Type.Optional(Type.Enum(legalAidStatuses)),
    greenChannel: Type.Optional(Type.Boolean()),
    officeId: Type.Optional(Uuid),
    lawyerId: Type.Optional(Uuid),
    overdue: Type.Optional(Type.Boolean()),
    clock: Type.Optional(Type.Enum(clockStates, { description: 'where the running clock (decision or assignment) stands' })),
  },
  { additionalProperties: false },
);
export type LegalAidListQuery = Type.Static<typeof LegalAidListQuery>;

export const LegalAidEventBody = Type.Object(
  {
    type: Type.Enum(legalAidEventTypes),
    reason: Type.Optional(Type.String({ minLength: 1, maxLength: 1000 })),
    lawyerId: Type.Optional(Uuid),
    outcome: Type.Optional(Type.Enum(legalAidOutcomes)),
    amountRecovered: Type.Optional(Money),
    toOfficeId: Type.Optional(Uuid),
    /** With `resubmit`: the hardship the applicant now shows. */
    hardship: Type.Optional(Type.Enum(hardshipKinds)),
    note: Type.Optional(Type.String({ maxLength: 2000 })),
  },
  { additionalProperties: false },
);
export type LegalAidEventBody = Type.Static<typeof LegalAidEventBody>;

export const LegalAidEvent = Type.Object({
  id: Uuid,
  type: Type.String(),
  fromStatus: Type.Union([Type.Enum(legalAidStatuses), Type.Null()]),
  toStatus: Type.Enum(legalAidStatuses),
  reason: Type.Union([Type.String(), Type.Null()]),
  note: Type.Union([Type.String(), Type.Null()]),
  lawyerId: Type.Union([Uuid, Type.Null()]),
  outcome: Type.Union([Type.String(), Type.Null()]),
  amountRecovered: Type.Union([Money, Type.Null()]),
  toOfficeId: Type.Union([Uuid, Type.Null()]),
  toOfficeName: Type.Union([Type.String(), Type.Null()]),
  actor: Type.Union([Type.String(), Type.Null()]),
  actorId: Type.Union([Uuid, Type.Null()]),
  at: Timestamp,
});

export const LawyerCandidate = Type.Object({
  lawyerId: Uuid,
  name: Type.String(),
  firm: Type.String(),
  pools: Type.Array(Type.String()),
  activeMatters: Type.Integer(),
  maxActiveMatters: Type.Integer(),
  assignable: Type.Boolean(),
  refusal: Type.Union([Type.String(), Type.Null()]),
  refusalMessage: Type.Union([Type.String(), Type.Null()]),
});

export const AttachmentUpload = Type.Object(
  {
    fileName: Type.String({ minLength: 1, maxLength: 200 }),
    mimeType: Type.String({ maxLength: 100, description: `one of ${attachmentMimeTypes.join(', ')}` }),
    contentBase64: Type.String({ minLength: 1, description: 'the file, base64' }),
    note: Type.Optional(Type.String({ maxLength: 500 })),
  },
  { additionalProperties: false },
);
export type AttachmentUpload = Type.Static<typeof AttachmentUpload>;
export const Attachment = Type.Object({
  id: Uuid,
  applicationId: Uuid,
  fileName: Type.String(),
  mimeType: Type.String(),
  size: Type.Integer(),
  note: Type.Union([Type.String(), Type.Null()]),
  uploadedBy: Type.Union([Type.String(), Type.Null()]),
  createdAt: Timestamp,
});
export const AttachmentParams = Type.Object({ id: Uuid, attachmentId: Uuid }, { additionalProperties: false });

export const FeeScheduleRow = Type.Object(
  { funding: Type.Enum(fundingProgrammes), service: Type.Enum(legalAidServices), amount: Money },
  { additionalProperties: false },
);
export const FeeSchedule = Type.Object({ items: Type.Array(FeeScheduleRow) });
export const FeeSchedulePut = Type.Object({ items: Type.Array(FeeScheduleRow, { maxItems: 20 }) }, { additionalProperties: false });

export const Subsidy = Type.Object({
  id: Uuid,
  applicationId: Uuid,
  applicationNo: Type.String(),
  lawyerId: Uuid,
  lawyerName: Type.String(),
  officeId: Uuid,
  funding: Type.Enum(fundingProgrammes),
  service: Type.Enum(legalAidServices),
  amount: Money,
  status: Type.Enum(subsidyStatuses),
  paidAt: Type.Union([Timestamp, Type.Null()]),
  createdAt: Timestamp,
  version: Type.Integer(),
});
export const SubsidyListQuery = Type.Object(
  { ...PageQuery, status: Type.Optional(Type.Enum(subsidyStatuses)), lawyerId: Type.Optional(Uuid), funding: Type.Optional(Type.Enum(fundingProgrammes)) },
  { additionalProperties: false },
);

export const LegalAidStatsQuery = Type.Object(
  {
    officeId: Type.Optional(Uuid),
    from: Type.Optional(Timestamp),
    to: Type.Optional(Timestamp),
    by: Type.Optional(Type.Enum(['district'], { description: 'also the figures of each district federation’s subtree' })),
  },
  { additionalProperties: false },
);
const LegalAidFigures = {
  officeId: Uuid,
  officeName: Type.String(),
  applications: Type.Integer(),
  approvals: Type.Integer(),
  rejections: Type.Integer(),
  greenChannel: Type.Integer(),
  greenChannelShare: Type.Union([Type.Number(), Type.Null()]),
  decided: Type.Integer(),
  averageDecisionDays: Type.Union([Type.Number(), Type.Null()]),
  decidedOverdue: Type.Integer(),
  closed: Type.Integer(),
  amountRecovered: Money,
  subsidiesOwed: Money,
  subsidiesPaid: Money,
};
export const LegalAidDistrictStats = Type.Object({ ...LegalAidFigures, regionCode: Type.String() });
export const LegalAidStats = Type.Object({ ...LegalAidFigures, districts: Type.Optional(Type.Array(LegalAidDistrictStats)) });
