import { Type } from 'typebox';
import { Name, PageQuery, Timestamp, Uuid } from '../common/schemas.js';
import { ExternalId } from '../employers/schemas.js';
import { genders, lawyerKinds, lawyerPools } from './people.js';

export const DateOnly = Type.String({ format: 'date' });
const Phone = Type.String({ maxLength: 40, pattern: '^[0-9+()\\- ]*$' });
const CertificateNo = Type.String({ minLength: 1, maxLength: 60 });
const Standing = Type.Enum(['valid', 'expiring', 'expired']);

const certificate = {
  certificateNo: Type.Union([Type.String(), Type.Null()]),
  certificateExpiry: Type.Union([DateOnly, Type.Null()]),
  certificateStanding: Type.Union([Standing, Type.Null()]),
};

export const Mediator = Type.Object({
  id: Uuid,
  externalId: Type.Union([Type.String(), Type.Null()]),
  orgId: Uuid,
  orgName: Type.String(),
  name: Type.String(),
  gender: Type.Union([Type.Enum(genders), Type.Null()]),
  phone: Type.Union([Type.String(), Type.Null()]),
  partTime: Type.Boolean(),
  alsoSupervisor: Type.Boolean(),
  active: Type.Boolean(),
  ...certificate,
  version: Type.Integer(),
  createdAt: Timestamp,
});
export type Mediator = Type.Static<typeof Mediator>;

const mediatorFields = {
  externalId: Type.Optional(Type.Union([ExternalId, Type.Null()])),
  name: Name,
  gender: Type.Optional(Type.Union([Type.Enum(genders), Type.Null()])),
  phone: Type.Optional(Type.Union([Phone, Type.Null()])),
  partTime: Type.Optional(Type.Boolean()),
  alsoSupervisor: Type.Optional(Type.Boolean()),
  active: Type.Optional(Type.Boolean()),
  certificateNo: Type.Optional(Type.Union([CertificateNo, Type.Null()])),
  certificateExpiry: Type.Optional(Type.Union([DateOnly, Type.Null()])),
};
export const MediatorCreate = Type.Object({ ...mediatorFields, orgId: Uuid }, { additionalProperties: false });
export type MediatorCreate = Type.Static<typeof MediatorCreate>;
export const MediatorUpdate = Type.Object({ ...mediatorFields, name: Type.Optional(Name) }, { additionalProperties: false, minProperties: 1 });
export type MediatorUpdate = Type.Static<typeof MediatorUpdate>;

const peopleQuery = {
  ...PageQuery,
  q: Type.Optional(Type.String({ maxLength: 100 })),
  active: Type.Optional(Type.Boolean()),
  certificate: Type.Optional(Type.Enum(['expiring', 'expired'])),
  withinDays: Type.Optional(Type.Integer({ minimum: 1, maximum: 3650, description: 'how far ahead "expiring" looks (default 90)' })),
  sort: Type.Optional(Type.Enum(['name', '-name', 'certificateExpiry', '-certificateExpiry', 'createdAt', '-createdAt'])),
};
export const MediatorListQuery = Type.Object({ ...peopleQuery, orgId: Type.Optional(Uuid) }, { additionalProperties: false });
export type MediatorListQuery = Type.Static<typeof MediatorListQuery>;

export const Supervisor = Type.Object({
  id: Uuid,
  externalId: Type.Union([Type.String(), Type.Null()]),
  name: Type.String(),
  officeId: Uuid,
  officeName: Type.String(),
  employerId: Type.Union([Uuid, Type.Null()]),
  employerName: Type.Union([Type.String(), Type.Null()]),
  mediatorId: Type.Union([Uuid, Type.Null()]),
  phone: Type.Union([Type.String(), Type.Null()]),
  active: Type.Boolean(),
  ...certificate,
  version: Type.Integer(),
  createdAt: Timestamp,
});
export type Supervisor = Type.Static<typeof Supervisor>;
const supervisorFields = {
  externalId: Type.Optional(Type.Union([ExternalId, Type.Null()])),
  name: Name,
  employerId: Type.Optional(Type.Union([Uuid, Type.Null()])),
  mediatorId: Type.Optional(Type.Union([Uuid, Type.Null()])),
  phone: Type.Optional(Type.Union([Phone, Type.Null()])),
  active: Type.Optional(Type.Boolean()),
  certificateNo: Type.Optional(Type.Union([CertificateNo, Type.Null()])),
  certificateExpiry: Type.Optional(Type.Union([DateOnly, Type.Null()])),
};
export const SupervisorCreate = Type.Object({ ...supervisorFields, officeId: Type.Optional(Uuid) }, { additionalProperties: false });
export type SupervisorCreate = Type.Static<typeof SupervisorCreate>;
export const SupervisorUpdate = Type.Object({ ...supervisorFields, name: Type.Optional(Name) }, { additionalProperties: false, minProperties: 1 });
export type SupervisorUpdate = Type.Static<typeof SupervisorUpdate>;
export const SupervisorListQuery = Type.Object(
  { ...peopleQuery, officeId: Type.Optional(Uuid), employerId: Type.Optional(Uuid) },
  { additionalProperties: false },
);
export type SupervisorListQuery = Type.Static<typeof SupervisorListQuery>;

export const Lawyer = Type.Object({
  id: Uuid,
  externalId: Type.Union([Type.String(), Type.Null()]),
  name: Type.String(),
  licenseNo: Type.String(),
  firm: Type.String(),
  kind: Type.Enum(lawyerKinds),
  pools: Type.Array(Type.Enum(lawyerPools)),
  maxActiveMatters: Type.Integer(),
  active: Type.Boolean(),
  /** Employers the lawyer acts for: a legal-aid matter against one of them is a conflict of interest. */
  actsForEmployerIds: Type.Array(Uuid),
  /** The lawyer's own user account (role lawyer): signed in, they see the legal-aid matters assigned to them. */
  userId: Type.Union([Uuid, Type.Null()]),
  officeId: Uuid,
  officeName: Type.String(),
  phone: Type.Union([Type.String(), Type.Null()]),
  ...certificate,
  version: Type.Integer(),
  createdAt: Timestamp,
});
export type Lawyer = Type.Static<typeof Lawyer>;
const lawyerFields = {
  externalId: Type.Optional(Type.Union([ExternalId, Type.Null()])),
  name: Name,
  licenseNo: Type.String({ pattern: '^\\d{17}$', description: '律师执业证号: 17 digits' }),
  firm: Type.String({ minLength: 1, maxLength: 200 }),
  kind: Type.Enum(lawyerKinds),
  pools: Type.Array(Type.Enum(lawyerPools), { uniqueItems: true, maxItems: lawyerPools.length }),
  maxActiveMatters: Type.Integer({ minimum: 1, maximum: 100 }),
  active: Type.Optional(Type.Boolean()),
  actsForEmployerIds: Type.Optional(Type.Array(Uuid, { uniqueItems: true, maxItems: 200, description: 'employers the lawyer acts for (conflicts of interest)' })),
  userId: Type.Optional(Type.Union([Uuid, Type.Null()], { description: 'the lawyer’s user account, of role lawyer' })),
  phone: Type.Optional(Type.Union([Phone, Type.Null()])),
  certificateExpiry: Type.Optional(Type.Union([DateOnly, Type.Null()])),
};
export const LawyerCreate = Type.Object({ ...lawyerFields, officeId: Type.Optional(Uuid) }, { additionalProperties: false });
export type LawyerCreate = Type.Static<typeof LawyerCreate>;
export const LawyerUpdate = Type.Object(
  {
    externalId: lawyerFields.externalId,
    name: Type.Optional(lawyerFields.name),
    licenseNo: Type.Optional(lawyerFields.licenseNo),
    firm: Type.Optional(lawyerFields.firm),
    kind: Type.Optional(lawyerFields.kind),
    pools: Type.Optional(lawyerFields.pools),
    maxActiveMatters: Type.Optional(lawyerFields.maxActiveMatters),
    active: lawyerFields.active,
    actsForEmployerIds: lawyerFields.actsForEmployerIds,
    userId: lawyerFields.userId,
    phone: lawyerFields.phone,
    certificateExpiry: lawyerFields.certificateExpiry,
  },
  { additionalProperties: false, minProperties: 1 },
);
export type LawyerUpdate = Type.Static<typeof LawyerUpdate>;
export const LawyerListQuery = Type.Object(
  { ...peopleQuery, officeId: Type.Optional(Uuid), pool: Type.Optional(Type.Enum(lawyerPools)), kind: Type.Optional(Type.Enum(lawyerKinds)) },
  { additionalProperties: false },
);
export type LawyerListQuery = Type.Static<typeof LawyerListQuery>;

export const ExpiringCertificate = Type.Object({
  kind: Type.Enum(['mediator', 'supervisor', 'lawyer']),
  id: Uuid,
  name: Type.String(),
  certificateNo: Type.Union([Type.String(), Type.Null()]),
  certificateExpiry: DateOnly,
  standing: Type.Enum(['expiring', 'expired']),
  organization: Type.String(),
});

export const ExpiringQuery = Type.Object(
  {
    ...PageQuery,
    withinDays: Type.Optional(Type.Integer({ minimum: 1, maximum: 3650, description: 'how far ahead "expiring" looks (default 90)' })),
    kind: Type.Optional(Type.Enum(['mediator', 'supervisor', 'lawyer'])),
  },
  { additionalProperties: false },
);
export type ExpiringQuery = Type.Static<typeof ExpiringQuery>;
