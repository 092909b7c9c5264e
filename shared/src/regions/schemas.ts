import { Type } from 'typebox';

export const Region = Type.Object({
  code: Type.String(),
  name: Type.String(),
  level: Type.Enum(['province', 'city', 'district', 'street']),
  parentCode: Type.Union([Type.String(), Type.Null()]),
});
export type Region = Type.Static<typeof Region>;

export const RegionListQuery = Type.Object(
  {
    parentCode: Type.Optional(Type.String({ pattern: '^\\d{6}$' })),
    q: Type.Optional(Type.String({ maxLength: 50 })),
  },
  { additionalProperties: false },
);
