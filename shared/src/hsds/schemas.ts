import { Type } from 'typebox';
import { Uuid } from '../common/schemas.js';

/**
 * domain.md §9: the directory of filed mediation organizations and the network's offices as Open
 * Referral HSDS 3.0 objects. Only the fields this directory fills are declared; names are HSDS's own.
 */
export const HsdsQuery = Type.Object(
  {
    page: Type.Optional(Type.Integer({ minimum: 1, default: 1, description: 'the page, from 1' })),
    per_page: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 50, description: 'items per page' })),
  },
  { additionalProperties: false },
);

export const HsdsPhone = Type.Object({
  id: Uuid,
  organization_id: Type.Optional(Uuid),
  service_id: Type.Optional(Uuid),
  location_id: Type.Optional(Uuid),
  number: Type.String(),
  type: Type.Literal('voice'),
});

export const HsdsOrganizationIdentifier = Type.Object({
  id: Uuid,
  organization_id: Uuid,
  identifier_type: Type.String(),
  identifier: Type.String(),
});

export const HsdsLocation = Type.Object({
  id: Uuid,
  organization_id: Uuid,
  location_type: Type.Literal('physical'),
  name: Type.String(),
  /** The address as written (the directory holds no postal codes, which HSDS's address object requires). */
  description: Type.String(),
  external_identifier: Type.String({ description: 'the GB/T 2260 region code' }),
  external_identifier_type: Type.Literal('GB/T 2260'),
});

export const HsdsOrganization = Type.Object({
  id: Uuid,
  name: Type.String(),
  description: Type.String(),
  parent_organization_id: Type.Optional(Uuid),
  organization_identifiers: Type.Array(HsdsOrganizationIdentifier),
  phones: Type.Array(HsdsPhone),
  locations: Type.Array(HsdsLocation),
});
export type HsdsOrganization = Type.Static<typeof HsdsOrganization>;

export const HsdsService = Type.Object({
  id: Uuid,
  organization_id: Uuid,
  name: Type.String(),
  description: Type.String(),
  status: Type.Literal('active'),
  phones: Type.Array(HsdsPhone),
});
export type HsdsService = Type.Static<typeof HsdsService>;

/** The paged answer of the HSDS 3.0 API. */
export const HsdsPage = <T extends Type.TSchema>(item: T) =>
  Type.Object({
    total_items: Type.Integer(),
    total_pages: Type.Integer(),
    page_number: Type.Integer(),
    size: Type.Integer(),
    first_page: Type.Boolean(),
    last_page: Type.Boolean(),
    empty: Type.Boolean(),
    contents: Type.Array(item),
  });
