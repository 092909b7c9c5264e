import { describe, expect, it } from 'vitest';
import {
  allowedCaseEvents,
  arbitrationIntakeAllowed,
  caseEventTypes,
  caseRoutes,
  caseStatuses,
  caseTransition,
  checkRoute,
  isCollective,
  mayAcknowledgeMajorReport,
  needsMajorReport,
  routeReasons,
  type CaseEventType,
  type CaseStatus,
} from './cases.js';
import { mediationOrgTypes } from '../mediation-orgs/mediation-orgs.js';
import { officeKinds } from '../offices/offices.js';
import { roles } from '../users/roles.js';

/** The whole table of domain.md §5, written out: status → event → next status (`=` keeps it). */
const expected: Record<CaseStatus, Partial<Record<CaseEventType, CaseStatus | '='>>> = {
  received: { accept: 'accepted', reject: 'rejected', withdraw: 'withdrawn', transfer_request: '=' },
  accepted: { start_mediation: 'mediating', withdraw: 'withdrawn', transfer_request: '=' },
  mediating: { settle: 'settled', fail: 'failed', withdraw: 'withdrawn', transfer_request: '=' },
  settled: { close: 'closed' },
  failed: { close: 'closed', transfer_request: '=', return_to_source: 'closed' },
  closed: {},
  rejected: {},
  withdrawn: {},
};

describe('case state machine (domain.md §5)', () => {
  it.each(caseStatuses.flatMap((s) => caseEventTypes.map((e) => [s, e] as const)))('%s + %s', (status, event) => {
    const t = caseTransition({ status, pendingTransfer: false, sourced: true }, event);
    const want = expected[status][event];
    if (!want) expect(t).toBeNull();
    else expect(t?.to ?? '=').toBe(want);
  });

  it('returns to the source only a case an outside body sent', () => {
    expect(caseTransition({ status: 'failed', pendingTransfer: false, sourced: false }, 'return_to_source')).toBeNull();
    expect(caseTransition({ status: 'failed', pendingTransfer: true, sourced: true }, 'return_to_source')).toBeNull();
  });

  it.each(caseStatuses)('while a transfer waits in %s, only the receiver acts', (status) => {
    const state = { status, pendingTransfer: true, sourced: false };
    expect(allowedCaseEvents(state, ['handler'])).toEqual([]);
    expect(allowedCaseEvents(state, ['receiver'])).toEqual(['transfer_accept', 'transfer_decline']);
    expect(caseTransition(state, 'transfer_accept')?.to).toBe('accepted');
    expect(caseTransition(state, 'transfer_decline')?.to).toBeNull();
  });

  it('asks a reason to reject, fail, transfer and decline', () => {
    expect(caseTransition({ status: 'received', pendingTransfer: false, sourced: false }, 'reject')?.reasonRequired).toBe(true);
    expect(caseTransition({ status: 'mediating', pendingTransfer: false, sourced: false }, 'fail')?.reasonRequired).toBe(true);
    expect(caseTransition({ status: 'accepted', pendingTransfer: false, sourced: false }, 'transfer_request')?.reasonRequired).toBe(true);
    expect(caseTransition({ status: 'accepted', pendingTransfer: true, sourced: false }, 'transfer_decline')?.reasonRequired).toBe(true);
    expect(caseTransition({ status: 'received', pendingTransfer: false, sourced: false }, 'accept')?.reasonRequired).toBeFalsy();
  });
});

describe('escalation and referral routes (domain.md §5)', () => {
  const chaoyang = '110105';
  const haidian = '110108';
  /** Every (from type, target type, target district, reason) the table allows, spelled out. */
  const allowed = new Set([
    'enterprise_committee→district_center@employer:party_declined_internal',
    'group_center→city_guidance_center@-:party_declined_internal',
    'group_center→district_center@employer:party_declined_internal',
    'street_room→district_center@handler:beyond_capacity',
    'street_room→district_center@handler:major_difficult',
    'district_center→city_guidance_center@-:major_difficult',
    // the city center assigns to any district center
    'city_guidance_center→district_center@employer:assignment',
    'city_guidance_center→district_center@handler:assignment',
    'city_guidance_center→district_center@other:assignment',
  ]);
  // the handler sits in 朝阳区; the employer's district is 海淀区 so the two can be told apart
  const districtOf = { employer: haidian, handler: chaoyang, other: '110106', '-': '110000' } as const;
  const cases = mediationOrgTypes.flatMap((from) =>
    (['district_center', 'city_guidance_center'] as const).flatMap((to) =>
      (['employer', 'handler', 'other', '-'] as const).flatMap((where) => routeReasons.map((reason) => [from, to, where, reason] as const)),
    ),
  );
  it.each(cases)('%s → %s (%s district) for %s', (from, to, where, reason) => {
    if ((to === 'city_guidance_center') !== (where === '-')) return;
    const result = checkRoute({ type: from, district: chaoyang }, haidian, { type: to, district: districtOf[where] }, reason);
    expect(result.ok).toBe(allowed.has(`${from}→${to}@${where}:${reason}`));
    if (!result.ok) expect(result.allowed).toEqual(caseRoutes[from] ?? []);
  });

  it('takes arbitration transfers at the commission’s district center or the city guidance center', () => {
    expect(arbitrationIntakeAllowed({ type: 'district_center', district: '110105' }, '110105')).toBe(true);
    expect(arbitrationIntakeAllowed({ type: 'district_center', district: '110108' }, '110105')).toBe(false);
    expect(arbitrationIntakeAllowed({ type: 'city_guidance_center', district: '110000' }, '110105')).toBe(true);
    expect(arbitrationIntakeAllowed({ type: 'street_room', district: '110105' }, '110105')).toBe(false);
  });
});

describe('collective disputes and major reports', () => {
  it.each([
    [9, false],
    [10, true],
    [250, true],
  ])('%i workers → collective %s', (n, collective) => expect(isCollective(n)).toBe(collective));

  it('reports collective, mass-incident and major cases', () => {
    expect(needsMajorReport({ collective: false, massIncident: false, major: false })).toBe(false);
    expect(needsMajorReport({ collective: true, massIncident: false, major: false })).toBe(true);
    expect(needsMajorReport({ collective: false, massIncident: true, major: false })).toBe(true);
    expect(needsMajorReport({ collective: false, massIncident: false, major: true })).toBe(true);
  });
});

describe('acknowledging a major-case report', () => {
  it.each(officeKinds.flatMap((kind) => roles.map((role) => [kind, role] as const)))('at a %s office as %s', (kind, role) => {
    expect(mayAcknowledgeMajorReport(kind, [role])).toBe(kind === 'city_legal_service_center' || role === 'admin');
  });
});
