import { Type } from 'typebox';
import { Uuid } from '../common/schemas.js';
import { permissions } from '../users/roles.js';
import { Password, RoleSchema, Username } from '../users/schemas.js';

export const LoginBody = Type.Object({ username: Username, password: Password }, { additionalProperties: false });
export const RefreshBody = Type.Object({ refreshToken: Type.String({ minLength: 1, maxLength: 500 }) }, { additionalProperties: false });
export const PermissionSchema = Type.Enum(permissions);

export const Me = Type.Object({
  id: Uuid,
  username: Type.String(),
  displayName: Type.String(),
  officeId: Uuid,
  officeName: Type.String(),
  officeKind: Type.String(),
  officeTier: Type.String(),
  roles: Type.Array(RoleSchema),
  permissions: Type.Array(PermissionSchema),
  via: Type.Union([Type.Literal('session'), Type.Literal('api_key')]),
});
export type Me = Type.Static<typeof Me>;

export const TokenPair = Type.Object({
  accessToken: Type.String(),
  refreshToken: Type.String(),
  expiresIn: Type.Integer({ description: 'seconds until the access token expires' }),
  user: Me,
});
export type TokenPair = Type.Static<typeof TokenPair>;
