import { describe, expect, it } from 'vitest';
import { coverageFiguresOf } from './coverage.js';
import { certificateStanding } from '../people/people.js';
import { checkEmployerUnion } from '../employers/employers.js';

describe('coverage figures (domain.md §8)', () => {
  it('computes each figure against its target', () => {
    const figures = coverageFiguresOf({
      unionizedEmployers: 10,
      unionizedWithOrg: 8,
      unionizedWithSupervisor: 4,
      employees: 20_000,
      enterpriseMediators: 79,
      regionalMediators: 20,
      legalAidWorkers: 6,
      districtFederations: 2,
      legalStaff: 5,
    });
    const by = Object.fromEntries(figures.map((f) => [f.figure, f]));
    expect(by.orgCoverage).toMatchObject({ value: 0.8, target: 0.8, met: true });
    expect(by.enterpriseMediatorsPer1000).toMatchObject({ value: 3.95, target: 4, met: false });
    expect(by.regionalMediatorsPer10000).toMatchObject({ value: 10, met: true });
    expect(by.legalAidPer10000).toMatchObject({ value: 3, met: true });
    expect(by.supervisionCoverage).toMatchObject({ value: 0.4, target: 0.5, met: false });
    expect(by.legalStaffPerDistrict).toMatchObject({ value: 2.5, target: 2, met: true, numerator: 5, denominator: 2 });
  });

  it('leaves a figure with nothing to divide by empty rather than zero', () => {
    const figures = coverageFiguresOf({ unionizedEmployers: 0, unionizedWithOrg: 0, unionizedWithSupervisor: 0, employees: 0, enterpriseMediators: 0, regionalMediators: 0, legalAidWorkers: 0, districtFederations: 0, legalStaff: 0 });
    expect(figures.every((f) => f.value === null && f.met === null)).toBe(true);
  });
});

describe('certificates', () => {
  it.each([
    ['2026-11-22', 'expired'],
    ['2026-11-23', 'expiring'],
    ['2027-02-21', 'expiring'],
    ['2027-02-22', 'valid'],
  ] as const)('expiring %s on 2026-11-23 is %s', (expiry, standing) => expect(certificateStanding(expiry, '2026-11-23')).toBe(standing));
});

describe('employer union links', () => {
  it.each([
    [{ unionized: true, unionOfficeKind: 'district_federation', groupKind: null }, []],
    [{ unionized: true, unionOfficeKind: null, groupKind: null }, ['employer.union_office_required']],
    [{ unionized: false, unionOfficeKind: 'city_federation', groupKind: null }, ['employer.union_office_without_union']],
    [{ unionized: true, unionOfficeKind: 'street_service_station', groupKind: null }, ['employer.union_office_kind']],
    [{ unionized: true, unionOfficeKind: 'group_union', groupKind: 'district_federation' }, ['employer.group_kind']],
    [{ unionized: false, unionOfficeKind: null, groupKind: 'group_union' }, []],
  ] as const)('%j → %j', (input, rules) => expect(checkEmployerUnion(input).map((p) => p.rule)).toEqual(rules));
});
