import { Type } from 'typebox';
import { Name, PageQuery, Timestamp, Uuid } from '../common/schemas.js';
import { officeKinds, officeTiers, officeSortFields } from './offices.js';

export const OfficeKindSchema = Type.Enum(officeKinds);
export const OfficeTierSchema = Type.Enum(officeTiers);
export const RegionCode = Type.String({ pattern: '^(\\d{6}|\\d{9})$' });

export const Office = Type.Object({
  id: Uuid,
  name: Type.String(),
  kind: OfficeKindSchema,
  tier: OfficeTierSchema,
  parentId: Type.Union([Uuid, Type.Null()]),
  regionCode: Type.String(),
  regionName: Type.Union([Type.String(), Type.Null()]),
  address: Type.Union([Type.String(), Type.Null()]),
  phone: Type.Union([Type.String(), Type.Null()]),
  childCount: Type.Integer(),
  version: Type.Integer(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Office = Type.Static<typeof Office>;

const Phone = Type.String({ maxLength: 40, pattern: '^[0-9+()\\- ]*$' });
const Address = Type.String({ maxLength: 300 });

export const OfficeCreate = Type.Object(
  {
    name: Name,
    kind: OfficeKindSchema,
    parentId: Uuid,
    regionCode: RegionCode,
    address: Type.Optional(Type.Union([Address, Type.Null()])),
    phone: Type.Optional(Type.Union([Phone, Type.Null()])),
  },
  { additionalProperties: false },
);
export type OfficeCreate = Type.Static<typeof OfficeCreate>;

export const OfficeUpdate = Type.Object(
  {
    name: Type.Optional(Name),
    parentId: Type.Optional(Uuid),
    regionCode: Type.Optional(RegionCode),
    address: Type.Optional(Type.Union([Address, Type.Null()])),
    phone: Type.Optional(Type.Union([Phone, Type.Null()])),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type OfficeUpdate = Type.Static<typeof OfficeUpdate>;


export const OfficeListQuery = Type.Object(
  {
    ...PageQuery,
    tier: Type.Optional(OfficeTierSchema),
    kind: Type.Optional(OfficeKindSchema),
    regionCode: Type.Optional(Type.String({ pattern: '^\\d{2,9}$' })),
    parentId: Type.Optional(Uuid),
    q: Type.Optional(Type.String({ maxLength: 100 })),
    sort: Type.Optional(Type.Enum([...officeSortFields, ...officeSortFields.map((f) => `-${f}` as const)])),
    view: Type.Optional(Type.Literal('tree')),
  },
  { additionalProperties: false },
);
export type OfficeListQuery = Type.Static<typeof OfficeListQuery>;

/** `?view=tree`: the caller's subtree as nested nodes. The tree is at most four levels deep
 * (city → district → group union → group center), so the schema nests that far and no further. */
export interface OfficeTreeNode extends Office {
  children: OfficeTreeNode[];
}
const treeNode = (depth: number): Type.TSchema =>
  Type.Object({ ...Office.properties, children: Type.Array(depth > 1 ? treeNode(depth - 1) : Type.Object({})) });
export const OfficeTree = Type.Object({ items: Type.Array(treeNode(5)) });

/** Offices of the caller's city network by kind, beyond its own subtree: names to pick from, nothing more. */
export const NetworkOfficeQuery = Type.Object({ kind: OfficeKindSchema }, { additionalProperties: false });
export const NetworkOffice = Type.Object({ id: Uuid, name: Type.String(), kind: OfficeKindSchema, tier: OfficeTierSchema, regionCode: Type.String() });
