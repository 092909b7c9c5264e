import { Type } from 'typebox';
import { employerSortFields } from './employers.js';
import { Name, PageQuery, Timestamp, Uuid } from '../common/schemas.js';

export const CreditCode = Type.String({ minLength: 18, maxLength: 18, description: 'unified social credit code (GB 32100), check character validated' });
export const StreetCode = Type.String({ pattern: '^\\d{9}$', description: 'GB/T 2260 code of the street or township' });
export const ExternalId = Type.String({ minLength: 1, maxLength: 100 });

export const Employer = Type.Object({
  id: Uuid,
  externalId: Type.Union([Type.String(), Type.Null()]),
  name: Type.String(),
  creditCode: Type.String(),
  regionCode: Type.String(),
  regionName: Type.Union([Type.String(), Type.Null()]),
  industry: Type.String(),
  employeeCount: Type.Integer(),
  unionized: Type.Boolean(),
  unionOfficeId: Type.Union([Uuid, Type.Null()]),
  unionOfficeName: Type.Union([Type.String(), Type.Null()]),
  groupId: Type.Union([Uuid, Type.Null()]),
  groupName: Type.Union([Type.String(), Type.Null()]),
  officeId: Uuid,
  version: Type.Integer(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Employer = Type.Static<typeof Employer>;

const fields = {
  externalId: Type.Optional(Type.Union([ExternalId, Type.Null()])),
  name: Name,
  creditCode: CreditCode,
  regionCode: StreetCode,
  industry: Type.String({ minLength: 1, maxLength: 100 }),
  employeeCount: Type.Integer({ minimum: 0, maximum: 5_000_000 }),
  unionized: Type.Boolean(),
  unionOfficeId: Type.Optional(Type.Union([Uuid, Type.Null()])),
  groupId: Type.Optional(Type.Union([Uuid, Type.Null()])),
};

export const EmployerCreate = Type.Object(
  { ...fields, officeId: Type.Optional(Uuid) },
  { additionalProperties: false },
);
export type EmployerCreate = Type.Static<typeof EmployerCreate>;

export const EmployerUpdate = Type.Object(
  {
    externalId: fields.externalId,
    name: Type.Optional(fields.name),
    creditCode: Type.Optional(fields.creditCode),
    regionCode: Type.Optional(fields.regionCode),
    industry: Type.Optional(fields.industry),
    employeeCount: Type.Optional(fields.employeeCount),
    unionized: Type.Optional(fields.unionized),
    unionOfficeId: fields.unionOfficeId,
    groupId: fields.groupId,
  },
  { additionalProperties: false, minProperties: 1 },
);
export type EmployerUpdate = Type.Static<typeof EmployerUpdate>;

export const EmployerListQuery = Type.Object(
  {
    ...PageQuery,
    q: Type.Optional(Type.String({ maxLength: 100 })),
    regionCode: Type.Optional(Type.String({ pattern: '^\\d{2,9}$' })),
    unionized: Type.Optional(Type.Boolean()),
    unionOfficeId: Type.Optional(Uuid),
    groupId: Type.Optional(Uuid),
    minEmployees: Type.Optional(Type.Integer({ minimum: 0 })),
    maxEmployees: Type.Optional(Type.Integer({ minimum: 0 })),
    sort: Type.Optional(Type.Enum([...employerSortFields, ...employerSortFields.map((f) => `-${f}` as const)])),
  },
  { additionalProperties: false },
);
export type EmployerListQuery = Type.Static<typeof EmployerListQuery>;
