import { describe, expect, it } from 'vitest';
import {
  allowedFilingEvents,
  enterpriseOrgTypes,
  regionalOrgTypes,
  filingAuthority,
  filingEventTypes,
  filingMachine,
  filingStatuses,
  isStandardized,
  mediationOrgTypes,
  sizeProblem,
  type FilingStatus,
} from './mediation-orgs.js';
import { periodOf, periodRange, previousPeriod, reportDueAt, reportStanding } from './reports.js';

const street = '110105001';
const employer = (over: Partial<{ unionOfficeKind: 'city_federation' | 'district_federation' | 'group_union' | null; groupId: string | null }> = {}) => ({
  regionCode: street,
  unionOfficeKind: 'district_federation' as const,
  groupId: null,
  ...over,
});

describe('filing authority (domain.md §3)', () => {
  it('rule 1: an employer whose union is directly under the city federation files with the city guidance center', () => {
    for (const type of ['enterprise_committee', 'labor_relations_coordinator', 'group_center'] as const) {
      expect(filingAuthority({ type, employer: employer({ unionOfficeKind: 'city_federation' }) })).toEqual({ rule: 1, kind: 'city_mediation_guidance_center' });
    }
  });

  it('rule 1 comes before rule 2', () => {
    expect(filingAuthority({ type: 'enterprise_committee', employer: employer({ unionOfficeKind: 'city_federation', groupId: 'g1' }) }).rule).toBe(1);
  });

  it('rule 2: an enterprise organization inside a group’s system files with the group union', () => {
    for (const type of ['enterprise_committee', 'labor_relations_coordinator'] as const) {
      expect(filingAuthority({ type, employer: employer({ unionOfficeKind: 'group_union', groupId: 'g1' }) })).toEqual({ rule: 2, officeId: 'g1' });
    }
  });

  it('rule 3: a coordinator with no superior unit files with the street service station of its street', () => {
    expect(filingAuthority({ type: 'labor_relations_coordinator', employer: employer() })).toEqual({ rule: 3, kind: 'street_service_station', regionCode: street });
  });

  it('rule 4: an enterprise committee files with the district center of the employer’s district', () => {
    expect(filingAuthority({ type: 'enterprise_committee', employer: employer() })).toEqual({ rule: 4, kind: 'district_mediation_center', regionCode: '110105' });
  });

  it('rule 4: a group center not under the city federation files with its district center, not with itself', () => {
    expect(filingAuthority({ type: 'group_center', employer: employer({ groupId: 'g1' }) })).toEqual({ rule: 4, kind: 'district_mediation_center', regionCode: '110105' });
  });

  it('rule 4: district centers and street rooms file with the city guidance center', () => {
    expect(filingAuthority({ type: 'district_center' })).toEqual({ rule: 4, kind: 'city_mediation_guidance_center' });
    expect(filingAuthority({ type: 'street_room' })).toEqual({ rule: 4, kind: 'city_mediation_guidance_center' });
    expect(filingAuthority({ type: 'city_guidance_center' })).toEqual({ rule: 4, kind: 'city_federation' });
  });

  it('files industry and regional organizations by the tier of the union that set them up', () => {
    for (const type of ['industry_org', 'regional_org'] as const) {
      expect(filingAuthority({ type, office: { tier: 'district', regionCode: '110105' } })).toEqual({ rule: 4, kind: 'district_mediation_center', regionCode: '110105' });
      expect(filingAuthority({ type, office: { tier: 'street', regionCode: '110105001' } })).toEqual({ rule: 4, kind: 'district_mediation_center', regionCode: '110105' });
      expect(filingAuthority({ type, office: { tier: 'city', regionCode: '110000' } })).toEqual({ rule: 4, kind: 'city_mediation_guidance_center' });
    }
  });

  it('gives every type an authority', () => {
    for (const type of mediationOrgTypes) expect(filingAuthority({ type, employer: employer(), office: { tier: 'district', regionCode: '110105' } }).rule).toBeGreaterThan(0);
  });
});

describe('size rules', () => {
  it.each([
    ['enterprise_committee', 99, 'filing.size_committee'],
    ['enterprise_committee', 100, null],
    ['labor_relations_coordinator', 99, null],
    ['labor_relations_coordinator', 100, 'filing.size_coordinator'],
    ['labor_relations_coordinator', 0, null],
    ['group_center', 4999, 'filing.size_group'],
    ['group_center', 5000, null],
    ['district_center', 0, null],
    ['industry_org', 0, null],
  ] as const)('%s with %i employees → %s', (type, n, problem) => expect(sizeProblem(type, n)).toBe(problem));
});

describe('filing state machine', () => {
  const expected: Record<FilingStatus, Partial<Record<string, FilingStatus>>> = {
    submitted: { file: 'filed', return: 'returned' },
    resubmitted: { file: 'filed', return: 'returned' },
    returned: { resubmit: 'resubmitted' },
    filed: { revoke: 'revoked', dissolve: 'dissolved' },
    revoked: {},
    dissolved: {},
  };
  it.each(filingStatuses.flatMap((s) => filingEventTypes.map((e) => [s, e] as const)))('%s + %s', (status, event) => {
    expect(filingMachine[status][event]?.to).toBe(expected[status][event]);
  });

  it('gives review to the authority and resubmission to the filer', () => {
    expect(allowedFilingEvents('submitted', ['filer'])).toEqual([]);
    expect(allowedFilingEvents('submitted', ['authority'])).toEqual(['file', 'return']);
    expect(allowedFilingEvents('returned', ['authority'])).toEqual([]);
    expect(allowedFilingEvents('returned', ['filer'])).toEqual(['resubmit']);
    expect(allowedFilingEvents('filed', ['filer'])).toEqual(['dissolve']);
    expect(allowedFilingEvents('filed', ['authority', 'filer'])).toEqual(['revoke', 'dissolve']);
  });

  it('asks a reason to return and to revoke', () => {
    expect(filingMachine.submitted.return?.reasonRequired).toBe(true);
    expect(filingMachine.filed.revoke?.reasonRequired).toBe(true);
    expect(filingMachine.submitted.file?.reasonRequired).toBe(false);
  });
});

describe('standardization checklist', () => {
  it('needs all four points', () => {
    expect(isStandardized({ institution: true, sign: true, staff: true, rules: true })).toBe(true);
    for (const missing of ['institution', 'sign', 'staff', 'rules'] as const) {
      expect(isStandardized({ institution: true, sign: true, staff: true, rules: true, [missing]: false })).toBe(false);
    }
  });
});

describe('reporting periods', () => {
  it('spans months and quarters', () => {
    expect(periodRange('2026-02')).toEqual({ start: new Date('2026-01-31T16:00:00Z'), end: new Date('2026-02-28T16:00:00Z') });
    expect(periodRange('2026-Q4')).toEqual({ start: new Date('2026-09-30T16:00:00Z'), end: new Date('2026-12-31T16:00:00Z') });
    expect(periodOf(new Date('2026-11-23T00:00:00Z'), 'month')).toBe('2026-11');
    // 20:00 UTC on 31 October is already 1 November in China
    expect(periodOf(new Date('2026-10-31T20:00:00Z'), 'month')).toBe('2026-11');
    expect(periodOf(new Date('2026-11-23T00:00:00Z'), 'quarter')).toBe('2026-Q4');
    expect(previousPeriod('2026-01')).toBe('2025-12');
    expect(previousPeriod('2026-Q1')).toBe('2025-Q4');
  });

  it('is due by the end of the 10th of the next month (China time), late or missing after that', () => {
    expect(reportDueAt('2026-10')).toEqual(new Date('2026-11-10T16:00:00Z'));
    const now = new Date('2026-11-23T00:00:00Z');
    expect(reportStanding('2026-10', new Date('2026-11-05T00:00:00Z'), now)).toBe('on_time');
    expect(reportStanding('2026-10', new Date('2026-11-12T00:00:00Z'), now)).toBe('late');
    expect(reportStanding('2026-10', null, now)).toBe('missing');
    expect(reportStanding('2026-Q4', null, now)).toBe('not_due');
  });
});

describe('mediators in the coverage figures', () => {
  it.each(mediationOrgTypes)('a mediator of a %s counts as enterprise, regional or neither, never both', (type) => {
    const kinds = [enterpriseOrgTypes.includes(type), regionalOrgTypes.includes(type)];
    expect(kinds.filter(Boolean).length).toBe(type === 'city_guidance_center' ? 0 : 1);
  });
});
