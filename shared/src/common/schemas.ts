import { Type } from 'typebox';

/** Identifiers are UUIDs; timestamps RFC 3339 UTC; money a decimal string in yuan. */
export const Uuid = Type.String({ format: 'uuid' });
export const Timestamp = Type.String({ format: 'date-time' });
export const Money = Type.String({ pattern: '^(0|[1-9][0-9]{0,13})(\\.[0-9]{1,2})?$', description: 'yuan, decimal string' });
/** Free text fields carry a bound so no request can push megabytes into a column. */
export const Text = (maxLength: number, minLength = 0) => Type.String({ minLength, maxLength });
export const Name = Type.String({ minLength: 1, maxLength: 200, pattern: '\\S' });

export const IdParams = Type.Object({ id: Uuid }, { additionalProperties: false });

/** `?limit=&cursor=&sort=` as api.md "Lists" defines them. */
export const PageQuery = {
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 50 })),
  cursor: Type.Optional(Type.String({ maxLength: 1000 })),
};

export const Page = <T extends Type.TSchema>(item: T) =>
  Type.Object({ items: Type.Array(item), nextCursor: Type.Union([Type.String(), Type.Null()]) });

export const FieldError = Type.Object({
  path: Type.String(),
  message: Type.String(),
  rule: Type.Optional(Type.String()),
});

/** RFC 9457 problem details, as every error is answered. */
export const Problem = Type.Object({
  type: Type.String(),
  title: Type.String(),
  status: Type.Integer(),
  detail: Type.Optional(Type.String()),
  code: Type.String(),
  errors: Type.Optional(Type.Array(FieldError)),
  allowed: Type.Optional(Type.Array(Type.String())),
});
export type Problem = Type.Static<typeof Problem>;
export type FieldError = Type.Static<typeof FieldError>;
