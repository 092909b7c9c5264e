import { describe, expect, it } from 'vitest';
import { checkOfficePlacement, officeKindRules, officeKinds, regionLevel, regionWithin, tierOfKind, type OfficeKind } from './offices.js';

/** A region code of the right shape for each kind, inside Beijing's 朝阳区. */
const codeFor: Record<OfficeKind, string> = {
  city_federation: '110000',
  city_legal_service_center: '110000',
  city_mediation_guidance_center: '110000',
  district_federation: '110105',
  district_service_center: '110105',
  district_mediation_center: '110105',
  street_service_station: '110105001',
  street_mediation_room: '110105001',
  group_union: '110105',
  group_mediation_center: '110105',
};

describe('office placement (domain.md §1)', () => {
  it.each(officeKinds.flatMap((kind) => officeKinds.map((parentKind) => [kind, parentKind] as const)))(
    '%s under %s follows the parent table',
    (kind, parentKind) => {
      const problems = checkOfficePlacement({ kind, regionCode: codeFor[kind] }, { kind: parentKind, regionCode: codeFor[parentKind] });
      const allowed = officeKindRules[kind].parents.includes(parentKind);
      expect(problems.some((p) => p.rule === 'office.parent_kind')).toBe(!allowed);
    },
  );

  it.each(officeKinds)('%s as a root is allowed only for the city federation', (kind) => {
    const problems = checkOfficePlacement({ kind, regionCode: codeFor[kind] }, null);
    expect(problems.some((p) => p.rule === 'office.root_kind')).toBe(kind !== 'city_federation');
  });

  it.each([
    ['city_federation', '110000', true],
    ['city_federation', '410400', true],
    ['city_federation', '110105', false],
    ['district_federation', '110105', true],
    ['district_federation', '110000', false],
    ['district_federation', '110105001', false],
    ['street_service_station', '110105001', true],
    ['street_service_station', '110105', false],
    ['group_union', '110105', true],
    ['group_union', '110105001', true],
    ['group_union', '1101', false],
  ] as const)('a %s at region %s fits its tier: %s', (kind, regionCode, fits) => {
    const problems = checkOfficePlacement({ kind, regionCode }, null);
    expect(problems.some((p) => p.rule === 'office.region_tier')).toBe(!fits);
  });

  it('refuses a region outside the parent’s', () => {
    const problems = checkOfficePlacement({ kind: 'street_service_station', regionCode: '110108001' }, { kind: 'district_federation', regionCode: '110105' });
    expect(problems).toEqual([{ rule: 'office.region_outside_parent', code: '110108001', parentCode: '110105' }]);
  });

  it('accepts a well-placed office with no problems', () => {
    expect(checkOfficePlacement({ kind: 'district_federation', regionCode: '410402' }, { kind: 'city_federation', regionCode: '410400' })).toEqual([]);
  });

  it('gives every kind a tier', () => {
    expect(officeKinds.map(tierOfKind)).toEqual(['city', 'city', 'city', 'district', 'district', 'district', 'street', 'street', 'group', 'group']);
  });
});

describe('GB/T 2260 codes', () => {
  it.each([
    ['110000', 'province'],
    ['410400', 'city'],
    ['110105', 'district'],
    ['110105001', 'street'],
    ['1101', null],
    ['11010500', null],
    ['abcdef', null],
  ] as const)('%s is a %s code', (code, level) => expect(regionLevel(code)).toBe(level));

  it.each([
    ['110105', '110000', true],
    ['110105001', '110000', true],
    ['410402', '410400', true],
    ['410402', '110000', false],
    ['110105001', '110105', true],
    ['110108001', '110105', false],
  ] as const)('%s lies within %s: %s', (inner, outer, within) => expect(regionWithin(inner, outer)).toBe(within));
});
