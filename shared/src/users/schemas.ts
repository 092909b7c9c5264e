import { Type } from 'typebox';
import { PageQuery, Timestamp, Uuid } from '../common/schemas.js';
import { roles } from './roles.js';

export const RoleSchema = Type.Enum(roles);

export const Username = Type.String({ minLength: 3, maxLength: 40, pattern: '^[A-Za-z0-9_.-]+$' });
/** The strength rule lives in `passwordProblems`; the schema only bounds the length. */
export const Password = Type.String({ minLength: 1, maxLength: 200 });

export const User = Type.Object({
  id: Uuid,
  username: Type.String(),
  displayName: Type.String(),
  officeId: Uuid,
  officeName: Type.String(),
  roles: Type.Array(RoleSchema),
  active: Type.Boolean(),
  lawBackground: Type.Boolean({ description: 'has a law degree or qualification (counts toward domain.md §8)' }),
  lastLoginAt: Type.Union([Timestamp, Type.Null()]),
  version: Type.Integer(),
  createdAt: Timestamp,
});
export type User = Type.Static<typeof User>;

const Roles = Type.Array(RoleSchema, { minItems: 1, maxItems: roles.length, uniqueItems: true });
const DisplayName = Type.String({ minLength: 1, maxLength: 100, pattern: '\\S' });

export const UserCreate = Type.Object(
  { username: Username, displayName: DisplayName, officeId: Uuid, roles: Roles, password: Password, lawBackground: Type.Optional(Type.Boolean()) },
  { additionalProperties: false },
);
export type UserCreate = Type.Static<typeof UserCreate>;

export const UserUpdate = Type.Object(
  {
    displayName: Type.Optional(DisplayName),
    officeId: Type.Optional(Uuid),
    roles: Type.Optional(Roles),
    active: Type.Optional(Type.Boolean()),
    lawBackground: Type.Optional(Type.Boolean()),
    password: Type.Optional(Password),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type UserUpdate = Type.Static<typeof UserUpdate>;

export const UserListQuery = Type.Object(
  {
    ...PageQuery,
    officeId: Type.Optional(Uuid),
    role: Type.Optional(RoleSchema),
    active: Type.Optional(Type.Boolean()),
    q: Type.Optional(Type.String({ maxLength: 100 })),
    sort: Type.Optional(Type.Enum(['username', '-username', 'createdAt', '-createdAt'])),
  },
  { additionalProperties: false },
);
export type UserListQuery = Type.Static<typeof UserListQuery>;

/** A password needs eight characters with letters and digits: the one strength rule, for server and form. */
export function passwordProblems(password: string): 'user.password_weak' | null {
  return password.length >= 8 && /[A-Za-z]/.test(password) && /\d/.test(password) ? null : 'user.password_weak';
}
