import { Type } from 'typebox';
import { PageQuery, Timestamp, Uuid } from '../common/schemas.js';

export const AuditEntry = Type.Object({
  id: Uuid,
  at: Timestamp,
  actorId: Type.Union([Uuid, Type.Null()]),
  actorName: Type.Union([Type.String(), Type.Null()]),
  actorOfficeId: Type.Union([Uuid, Type.Null()]),
  officeId: Type.Union([Uuid, Type.Null()]),
  action: Type.String(),
  entity: Type.String(),
  entityId: Type.Union([Type.String(), Type.Null()]),
  before: Type.Unknown(),
  after: Type.Unknown(),
  requestId: Type.Union([Type.String(), Type.Null()]),
});
export type AuditEntry = Type.Static<typeof AuditEntry>;

export const AuditListQuery = Type.Object(
  {
    ...PageQuery,
    entity: Type.Optional(Type.String({ maxLength: 60 })),
    entityId: Type.Optional(Type.String({ maxLength: 100 })),
    actorId: Type.Optional(Uuid),
    action: Type.Optional(Type.String({ maxLength: 80 })),
    from: Type.Optional(Timestamp),
    to: Type.Optional(Timestamp),
  },
  { additionalProperties: false },
);
export type AuditListQuery = Type.Static<typeof AuditListQuery>;
