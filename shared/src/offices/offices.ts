import type { Label } from '../common/i18n.js';

/** domain.md §1: the tiers of the network and the kinds of office in each. */
export const officeTiers = ['city', 'district', 'street', 'group'] as const;
export type OfficeTier = (typeof officeTiers)[number];

export const officeKinds = [
  'city_federation',
  'city_legal_service_center',
  'city_mediation_guidance_center',
  'district_federation',
  'district_service_center',
  'district_mediation_center',
  'street_service_station',
  'street_mediation_room',
  'group_union',
  'group_mediation_center',
] as const;
export type OfficeKind = (typeof officeKinds)[number];

interface KindRule {
  tier: OfficeTier;
  label: Label;
  /** The kinds an office of this kind may sit under; empty for the root. */
  parents: readonly OfficeKind[];
}

export const officeKindRules: Record<OfficeKind, KindRule> = {
  city_federation: { tier: 'city', label: { zh: '市总工会', en: 'City federation' }, parents: [] },
  city_legal_service_center: { tier: 'city', label: { zh: '市总法律服务中心', en: 'City legal service center' }, parents: ['city_federation'] },
  city_mediation_guidance_center: { tier: 'city', label: { zh: '市劳动争议调解指导中心', en: 'City mediation guidance center' }, parents: ['city_federation'] },
  district_federation: { tier: 'district', label: { zh: '区县总工会', en: 'District federation' }, parents: ['city_federation'] },
  district_service_center: { tier: 'district', label: { zh: '区县职工服务(帮扶)中心', en: 'District service center' }, parents: ['district_federation'] },
  district_mediation_center: { tier: 'district', label: { zh: '区县劳动争议调解中心', en: 'District mediation center' }, parents: ['district_federation'] },
  street_service_station: { tier: 'street', label: { zh: '街道乡镇工会服务站', en: 'Street service station' }, parents: ['district_federation'] },
  street_mediation_room: { tier: 'street', label: { zh: '街道乡镇劳动争议调解室', en: 'Street mediation room' }, parents: ['district_federation'] },
  group_union: { tier: 'group', label: { zh: '局总公司/企业集团工会', en: 'Group union' }, parents: ['city_federation', 'district_federation'] },
  group_mediation_center: { tier: 'group', label: { zh: '企业集团劳动争议调解中心', en: 'Group mediation center' }, parents: ['group_union'] },
};

export const officeTierLabels: Record<OfficeTier, Label> = {
  city: { zh: '市级', en: 'City' },
  district: { zh: '区县级', en: 'District' },
  street: { zh: '街道乡镇级', en: 'Street' },
  group: { zh: '企业集团', en: 'Group' },
};

export const tierOfKind = (kind: OfficeKind): OfficeTier => officeKindRules[kind].tier;

/**
 * The shape of a GB/T 2260 code each tier sits at: a city at a 6-digit code ending in 00 (a
 * municipality or prefecture city), a district at a 6-digit county-level code, a street at a
 * 9-digit township code; a group union at any level where it is registered.
 */
export const regionDigitsByTier: Record<OfficeTier, readonly number[]> = {
  city: [6],
  district: [6],
  street: [9],
  group: [6, 9],
};

export type RegionLevel = 'province' | 'city' | 'district' | 'street';

/** The level a well-formed GB/T 2260 code stands for. */
export function regionLevel(code: string): RegionLevel | null {
  if (/^\d{9}$/.test(code)) return 'street';
  if (!/^\d{6}$/.test(code)) return null;
  if (code.endsWith('0000')) return 'province';
  if (code.endsWith('00')) return 'city';
  return 'district';
}

/** The prefix every code inside a region starts with: 11 for 110000, 4104 for 410400. */
export function regionPrefix(code: string): string {
  const level = regionLevel(code);
  if (level === 'province') return code.slice(0, 2);
  if (level === 'city') return code.slice(0, 4);
  return code;
}

/** True when region `inner` lies inside region `outer` (a municipality holds its districts directly). */
export function regionWithin(inner: string, outer: string): boolean {
  return inner.startsWith(regionPrefix(outer));
}

export type OfficePlacementProblem =
  | { rule: 'office.root_kind' }
  | { rule: 'office.parent_kind'; kind: OfficeKind; parentKind: OfficeKind }
  | { rule: 'office.region_tier'; tier: OfficeTier; digits: string }
  | { rule: 'office.region_outside_parent'; code: string; parentCode: string };

/** Where an office may sit in the tree and which region code it may carry (domain.md §1). */
export function checkOfficePlacement(
  office: { kind: OfficeKind; regionCode: string },
  parent: { kind: OfficeKind; regionCode: string } | null,
): OfficePlacementProblem[] {
  const problems: OfficePlacementProblem[] = [];
  const rule = officeKindRules[office.kind];
  if (!parent) {
    if (rule.parents.length > 0) problems.push({ rule: 'office.root_kind' });
  } else if (!rule.parents.includes(parent.kind)) {
    problems.push({ rule: 'office.parent_kind', kind: office.kind, parentKind: parent.kind });
  }
  const digits = regionDigitsByTier[rule.tier];
  const level = regionLevel(office.regionCode);
  const fitsTier =
    digits.includes(office.regionCode.length) &&
    (rule.tier !== 'city' || level === 'city' || level === 'province') &&
    (rule.tier !== 'district' || level === 'district');
  if (!fitsTier) problems.push({ rule: 'office.region_tier', tier: rule.tier, digits: digits.join('/') });
  if (parent && !regionWithin(office.regionCode, parent.regionCode)) {
    problems.push({ rule: 'office.region_outside_parent', code: office.regionCode, parentCode: parent.regionCode });
  }
  return problems;
}

/** The fields a list sorts by (`?sort=field` or `-field`): a plain constant, so a page reading it loads no schema. */
export const officeSortFields = ['name', 'regionCode', 'kind', 'createdAt'] as const;
