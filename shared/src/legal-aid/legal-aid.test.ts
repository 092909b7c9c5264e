import { describe, expect, it } from 'vitest';
import {
  allowedLegalAidEvents,
  assignmentRefusal,
  hardshipShown,
  isHardshipExempt,
  legalAidEventTypes,
  legalAidStatuses,
  legalAidTransition,
  mayEditFeeSchedule,
  poolServing,
  subsidyStatuses,
  subsidyStatusLabels,
  type LegalAidEventType,
  type LegalAidStatus,
} from './legal-aid.js';
import { officeTiers } from '../offices/offices.js';

/** The whole table of domain.md §6 written out: status → event → next status (`=` keeps it). */
const expected: Record<LegalAidStatus, Partial<Record<LegalAidEventType, LegalAidStatus | '='>>> = {
  submitted: { start_review: 'under_review', transfer: '=' },
  under_review: { approve: 'approved', reject: 'rejected', request_materials: 'needs_materials', transfer: '=' },
  needs_materials: { resubmit: 'under_review', transfer: '=' },
  rejected: { request_rereview: 'under_review' },
  approved: { assign: 'assigned', transfer: '=' },
  assigned: { start: 'in_progress' },
  in_progress: { close: 'closed' },
  closed: {},
};

describe('legal-aid state machine (domain.md §6)', () => {
  it.each(legalAidStatuses.flatMap((s) => legalAidEventTypes.map((e) => [s, e] as const)))('%s + %s', (status, event) => {
    const t = legalAidTransition({ status, pendingTransfer: false, rereviewUsed: false }, event);
    const want = expected[status][event];
    if (!want) expect(t).toBeNull();
    else expect(t?.to ?? '=').toBe(want);
  });

  it('allows one re-review only', () => {
    expect(legalAidTransition({ status: 'rejected', pendingTransfer: false, rereviewUsed: true }, 'request_rereview')).toBeNull();
  });

  it.each(legalAidStatuses)('while a transfer waits in %s, only the receiver acts', (status) => {
    const state = { status, pendingTransfer: true, rereviewUsed: false };
    expect(allowedLegalAidEvents(state, ['office', 'lawyer'])).toEqual([]);
    expect(allowedLegalAidEvents(state, ['receiver'])).toEqual(['transfer_accept', 'transfer_decline']);
    expect(legalAidTransition(state, 'transfer_decline')?.reasonRequired).toBe(true);
  });

  it('lets the assigned lawyer start and close, and only the office decide', () => {
    expect(allowedLegalAidEvents({ status: 'assigned', pendingTransfer: false, rereviewUsed: false }, ['lawyer'])).toEqual(['start']);
    expect(allowedLegalAidEvents({ status: 'in_progress', pendingTransfer: false, rereviewUsed: false }, ['lawyer'])).toEqual(['close']);
    expect(allowedLegalAidEvents({ status: 'under_review', pendingTransfer: false, rereviewUsed: false }, ['lawyer'])).toEqual([]);
  });

  it('asks a reason to reject, request materials, ask a re-review and transfer', () => {
    for (const [status, event] of [['under_review', 'reject'], ['under_review', 'request_materials'], ['rejected', 'request_rereview'], ['approved', 'transfer']] as const) {
      expect(legalAidTransition({ status, pendingTransfer: false, rereviewUsed: false }, event)?.reasonRequired).toBe(true);
    }
  });
});

describe('green channel and hardship (Legal Aid Law art. 42)', () => {
  it.each([
    ['migrant', 'wage_arrears', true],
    ['migrant', 'work_injury', true],
    ['migrant', 'contract', false],
    ['urban', 'wage_arrears', false],
  ] as const)('%s claiming %s → exempt %s', (household, matter, exempt) => expect(isHardshipExempt({ household, matter })).toBe(exempt));

  it('needs hardship shown unless exempt', () => {
    expect(hardshipShown({ household: 'urban', matter: 'wage_arrears', hardship: 'none' })).toBe(false);
    expect(hardshipShown({ household: 'urban', matter: 'wage_arrears', hardship: 'statement' })).toBe(true);
    expect(hardshipShown({ household: 'migrant', matter: 'wage_arrears', hardship: 'none' })).toBe(true);
  });
});

describe('assignment', () => {
  const lawyer = { active: true, pools: ['city_team'] as const, maxActiveMatters: 2, activeMatters: 1, actsForEmployerIds: [] as string[] };
  const app = { officeTier: 'district' as const, employerId: 'e1' };
  it('serves district centers from the city team and street stations from volunteers', () => {
    expect(poolServing('district')).toBe('city_team');
    expect(poolServing('street')).toBe('volunteer');
  });
  it('refuses inactive, other-pool, capped and conflicted lawyers, naming the rule', () => {
    expect(assignmentRefusal(lawyer, app)).toBeNull();
    expect(assignmentRefusal({ ...lawyer, active: false }, app)).toBe('legal_aid.lawyer_inactive');
    expect(assignmentRefusal(lawyer, { ...app, officeTier: 'street' })).toBe('legal_aid.lawyer_pool');
    expect(assignmentRefusal({ ...lawyer, activeMatters: 2 }, app)).toBe('legal_aid.lawyer_cap');
    expect(assignmentRefusal({ ...lawyer, actsForEmployerIds: ['e1'] }, app)).toBe('legal_aid.lawyer_conflict');
  });
});

describe('the fee schedule', () => {
  it.each(officeTiers)('is edited at %s tier only by the city', (tier) => expect(mayEditFeeSchedule(tier)).toBe(tier === 'city'));
});

describe('subsidies', () => {
  it('are owed, then paid, each with its zh-CN and English label', () => {
    expect(subsidyStatuses).toEqual(['owed', 'paid']);
    expect(Object.keys(subsidyStatusLabels)).toEqual([...subsidyStatuses]);
    expect(subsidyStatusLabels.owed.zh).toBe('待发放');
  });
});
