import { createHash } from 'node:crypto';
import {
  legalAidOfficeKinds,
  mediationOrgTypeLabels,
  officeKindRules,
  type HsdsOrganization,
  type HsdsService,
  type MediationOrgType,
  type OfficeKind,
} from '@union/shared';
import type { Ctx } from '../../lib/context.js';
import { regions } from '../regions/regions.repo.js';
import { directoryCount, directoryPage, type DirectoryRow } from './hsds.repo.js';

/**
 * HSDS wants a UUID for every object; the directory's phones, locations, identifiers and services
 * have no rows of their own, so theirs are derived from the entry's id (name-based, RFC 4122 v5
 * layout), the same on every call.
 */
export function derivedId(entityId: string, part: string): string {
  const h = createHash('sha1').update(`${entityId}/${part}`).digest();
  h[6] = (h[6]! & 0x0f) | 0x50;
  h[8] = (h[8]! & 0x3f) | 0x80;
  const hex = h.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const kindLabel = (r: DirectoryRow) => (r.source === 'office' ? officeKindRules[r.kind as OfficeKind].label.zh : mediationOrgTypeLabels[r.kind as MediationOrgType].zh);
const placeOf = (r: DirectoryRow) => regions().fullName(r.regionCode) ?? r.regionCode;

/** The service an entry offers: legal aid at the offices that decide it, labor-dispute mediation at a filed organization. */
const serviceOf = (r: DirectoryRow) =>
  r.source === 'office'
    ? { key: 'legal_aid', name: '职工法律援助', description: `${r.name}受理职工法律援助申请，农民工追索劳动报酬和工伤赔偿走绿色通道` }
    : { key: 'mediation', name: '劳动争议调解', description: `${r.name}（${kindLabel(r)}）调解劳动争议` };

function toOrganization(r: DirectoryRow): HsdsOrganization {
  return {
    id: r.id,
    name: r.name,
    description: `${kindLabel(r)}，${placeOf(r)}`,
    ...(r.parentId && { parent_organization_id: r.parentId }),
    organization_identifiers: r.creditCode ? [{ id: derivedId(r.id, 'uscc'), organization_id: r.id, identifier_type: '统一社会信用代码', identifier: r.creditCode }] : [],
    phones: r.phone ? [{ id: derivedId(r.id, 'phone'), organization_id: r.id, number: r.phone, type: 'voice' }] : [],
    locations: r.address
      ? [
          {
            id: derivedId(r.id, 'location'),
            organization_id: r.id,
            location_type: 'physical',
            name: r.name,
            description: r.address,
            external_identifier: r.regionCode,
            external_identifier_type: 'GB/T 2260',
          },
        ]
      : [],
  };
}

function toService(r: DirectoryRow): HsdsService {
  const s = serviceOf(r);
  const id = derivedId(r.id, `service/${s.key}`);
  return {
    id,
    organization_id: r.id,
    name: s.name,
    description: s.description,
    status: 'active',
    phones: r.phone ? [{ id: derivedId(id, 'phone'), service_id: id, number: r.phone, type: 'voice' }] : [],
  };
}

async function page<T>(ctx: Ctx, q: { page?: number; per_page?: number }, servicesOnly: boolean, map: (r: DirectoryRow) => T) {
  const pageNumber = q.page ?? 1;
  const size = q.per_page ?? 50;
  const filter = { servicesOnly, serviceOfficeKinds: legalAidOfficeKinds };
  const rows = await directoryPage(ctx.db, { ...filter, offset: (pageNumber - 1) * size, limit: size });
  const total = rows[0]?.total ?? (pageNumber > 1 ? await directoryCount(ctx.db, filter) : 0);
  const totalPages = Math.ceil(total / size);
  return {
    total_items: total,
    total_pages: totalPages,
    page_number: pageNumber,
    size,
    first_page: pageNumber === 1,
    last_page: pageNumber >= totalPages,
    empty: rows.length === 0,
    contents: rows.map(map),
  };
}

/** The network's offices and filed mediation organizations the caller may see, as HSDS organizations. */
export const organizations = (ctx: Ctx, q: { page?: number; per_page?: number }) => page(ctx, q, false, toOrganization);

/** Legal aid at the offices that decide it and mediation at each filed organization, as HSDS services. */
export const services = (ctx: Ctx, q: { page?: number; per_page?: number }) => page(ctx, q, true, toService);
