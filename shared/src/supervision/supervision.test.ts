import { describe, expect, it } from 'vitest';
import { ruleMessages } from '../common/messages.js';
import { officeTiers } from '../offices/offices.js';
import { permissionsOf, roles } from '../users/roles.js';
import {
  allowedNoticeEvents,
  escalationRefusal,
  issuerShortName,
  ladderRefusal,
  mayApprovePublication,
  noticeEventTypes,
  noticeLetter,
  noticeNumber,
  noticeStatuses,
  noticeTransition,
  noticeTypes,
  predecessorMismatch,
  readyToEscalate,
  nextRung,
  mayDraftNextRung,
  deadlineEscalatedRungs,
  successorNoticeStatuses,
  type LadderPredecessor,
  type NoticeEventType,
  type NoticeStatus,
  type NoticeType,
} from './supervision.js';

const ladderRungs: readonly NoticeType[] = ['reminder', 'opinion', 'recommendation'];
/** The whole table of domain.md §7 written out: status → event → next status, for reminders, opinions and recommendations. */
const expected: Record<NoticeStatus, Partial<Record<NoticeEventType, NoticeStatus>>> = {
  draft: { issue: 'issued', close: 'closed' },
  issued: { respond: 'responded', rectify: 'rectified', escalate: 'escalated', close: 'closed' },
  responded: { rectify: 'rectified', escalate: 'escalated', close: 'closed' },
  rectified: {},
  escalated: {},
  closed: {},
};
/** A publication is approved (and so published), then may only be withdrawn. */
const expectedPublication: Record<NoticeStatus, Partial<Record<NoticeEventType, NoticeStatus>>> = {
  draft: { approve_publication: 'issued', close: 'closed' },
  issued: { close: 'closed' },
  responded: { close: 'closed' },
  rectified: {},
  escalated: {},
  closed: {},
};

describe('notice state machine (domain.md §7)', () => {
  const pairs = noticeTypes.flatMap((type) => noticeStatuses.flatMap((s) => noticeEventTypes.map((e) => [type, s, e] as const)));
  it.each(pairs)('%s: %s + %s', (type, status, event) => {
    const want = (type === 'publication' ? expectedPublication : expected)[status][event] ?? null;
    expect(noticeTransition(status, type, event)).toBe(want);
  });

  it('lists the allowed events per state in the order of the event list', () => {
    expect(allowedNoticeEvents('draft', 'opinion')).toEqual(['issue', 'close']);
    expect(allowedNoticeEvents('issued', 'reminder')).toEqual(['respond', 'rectify', 'escalate', 'close']);
    expect(allowedNoticeEvents('draft', 'publication')).toEqual(['close', 'approve_publication']);
    for (const type of ladderRungs) for (const s of ['rectified', 'escalated', 'closed'] as const) expect(allowedNoticeEvents(s, type)).toEqual([]);
  });
});

describe('the notice ladder', () => {
  const now = new Date('2026-10-30T02:00:00Z');
  const past = new Date('2026-10-29T16:00:00Z');
  const future = new Date('2026-11-01T16:00:00Z');
  const notice = (type: NoticeType, serious = false) => ({ type, employerId: 'e1', categories: ['wages'] as const, serious });
  const pred = (type: NoticeType, over: Partial<LadderPredecessor> = {}): LadderPredecessor => ({
    type,
    employerId: 'e1',
    categories: ['wages', 'contract'],
    status: 'issued',
    deadlineAt: type === 'opinion' ? past : null,
    ...over,
  });

  it('opens with a reminder, which has no predecessor', () => {
    expect(ladderRefusal(notice('reminder'), null, now)).toBeNull();
    expect(ladderRefusal(notice('reminder'), pred('reminder'), now)?.rule).toBe('notice.predecessor_not_allowed');
  });

  it('needs a reminder before an opinion, unless the breach is serious', () => {
    expect(ladderRefusal(notice('opinion'), null, now)).toEqual({ rule: 'notice.predecessor_required', params: { type: 'opinion', predecessor: 'reminder' } });
    expect(ladderRefusal(notice('opinion', true), null, now)).toBeNull();
    expect(ladderRefusal(notice('opinion'), pred('reminder'), now)).toBeNull();
    expect(ladderRefusal(notice('opinion'), pred('reminder', { status: 'responded' }), now)).toBeNull();
    expect(ladderRefusal(notice('opinion'), pred('reminder', { status: 'escalated' }), now)).toBeNull();
  });

  it.each(['draft', 'rectified', 'closed'] as const)('refuses a predecessor that is %s', (status) => {
    expect(ladderRefusal(notice('opinion'), pred('reminder', { status }), now)).toEqual({ rule: 'notice.predecessor_state', params: { predecessor: 'reminder', status } });
  });

  it('needs the predecessor to be the rung below, for the same employer and breach', () => {
    expect(ladderRefusal(notice('opinion'), pred('opinion'), now)?.rule).toBe('notice.predecessor_mismatch');
    expect(ladderRefusal(notice('opinion'), pred('reminder', { employerId: 'e2' }), now)?.rule).toBe('notice.predecessor_mismatch');
    expect(ladderRefusal(notice('opinion'), pred('reminder', { categories: ['contract'] }), now)?.rule).toBe('notice.predecessor_mismatch');
    expect(predecessorMismatch(notice('recommendation'), pred('reminder'))).toEqual({ rule: 'notice.predecessor_mismatch', params: { type: 'recommendation', predecessor: 'opinion' } });
    expect(predecessorMismatch(notice('recommendation'), null)).toBeNull();
  });

  it('allows a recommendation only after the opinion’s deadline passed unrectified', () => {
    expect(ladderRefusal(notice('recommendation'), null, now)?.rule).toBe('notice.predecessor_required');
    expect(ladderRefusal(notice('recommendation', true), null, now)?.rule).toBe('notice.predecessor_required');
    expect(ladderRefusal(notice('recommendation'), pred('opinion', { deadlineAt: future }), now)).toEqual({ rule: 'notice.deadline_not_passed', params: { deadline: future.toISOString() } });
    expect(ladderRefusal(notice('recommendation'), pred('opinion'), now)).toBeNull();
    expect(ladderRefusal(notice('recommendation'), pred('opinion', { status: 'rectified' }), now)?.rule).toBe('notice.predecessor_state');
    expect(ladderRefusal(notice('recommendation'), pred('opinion', { deadlineAt: null }), now)?.rule).toBe('notice.deadline_not_passed');
  });

  it('publishes only after a recommendation', () => {
    expect(ladderRefusal(notice('publication', true), null, now)?.rule).toBe('notice.predecessor_required');
    expect(ladderRefusal(notice('publication'), pred('recommendation'), now)).toBeNull();
  });

  it('escalates an opinion by hand only once its deadline passed', () => {
    expect(escalationRefusal({ type: 'opinion', deadlineAt: future }, now)?.rule).toBe('notice.deadline_not_passed');
    expect(escalationRefusal({ type: 'opinion', deadlineAt: past }, now)).toBeNull();
    expect(escalationRefusal({ type: 'reminder', deadlineAt: null }, now)).toBeNull();
  });

  it.each(officeTiers)('approval of a publication at %s tier', (tier) => expect(mayApprovePublication(tier)).toBe(tier === 'city' || tier === 'district'));

  it('marks past-deadline unresolved opinions ready to escalate', () => {
    expect(readyToEscalate({ type: 'opinion', status: 'issued', deadlineAt: past }, now)).toBe(true);
    expect(readyToEscalate({ type: 'opinion', status: 'responded', deadlineAt: now }, now)).toBe(true);
    expect(readyToEscalate({ type: 'opinion', status: 'issued', deadlineAt: future }, now)).toBe(false);
    expect(readyToEscalate({ type: 'opinion', status: 'rectified', deadlineAt: past }, now)).toBe(false);
    expect(readyToEscalate({ type: 'reminder', status: 'issued', deadlineAt: past }, now)).toBe(false);
  });

  it('is ready only for the rung a recommendation waits on, unresolved, at or past its deadline: every case', () => {
    expect(deadlineEscalatedRungs).toEqual(['opinion']);
    for (const type of noticeTypes)
      for (const status of noticeStatuses)
        for (const deadlineAt of [null, past, now, future]) {
          const expected = type === 'opinion' && (status === 'issued' || status === 'responded') && (deadlineAt === past || deadlineAt === now);
          expect(readyToEscalate({ type, status, deadlineAt }, now), `${type} ${status} ${deadlineAt?.toISOString()}`).toBe(expected);
        }
  });

  it('lets the next rung be drafted on a notice that failed, once, and on an opinion after its deadline: every case', () => {
    expect(noticeTypes.map(nextRung)).toEqual(['opinion', 'recommendation', 'publication', undefined]);
    for (const type of noticeTypes)
      for (const status of noticeStatuses)
        for (const deadlineAt of [null, past, future])
          for (const nextNoticeId of [null, 'n2']) {
            const failed = status === 'issued' || status === 'responded' || status === 'escalated';
            const want = type !== 'publication' && failed && !nextNoticeId && (type !== 'opinion' || deadlineAt === past);
            expect(mayDraftNextRung({ ...pred(type, { status, deadlineAt }), nextNoticeId }, now), `${type} ${status} ${deadlineAt?.toISOString()} ${nextNoticeId}`).toBe(want);
          }
  });

  it('holds a predecessor by a successor that went out and was not closed', () => {
    expect(successorNoticeStatuses).toEqual(['issued', 'responded', 'rectified', 'escalated']);
  });

  it('names every rule it returns in the message catalogue', () => {
    for (const rule of ['notice.predecessor_required', 'notice.predecessor_mismatch', 'notice.predecessor_state', 'notice.predecessor_not_allowed', 'notice.deadline_not_passed', 'notice.publication_tier']) {
      expect(ruleMessages).toHaveProperty([rule]);
    }
  });
});

describe('numbers and letters', () => {
  it.each([
    ['朝阳区总工会', '朝阳'],
    ['建外街道工会服务站', '建外'],
    ['北京市总工会', '北京'],
    ['北京市总工会法律服务中心', '北京'],
    ['北京京华建设集团工会', '北京京华建设集团'],
    ['平顶山市劳动争议调解指导中心', '平顶山'],
  ])('%s → %s', (name, short) => expect(issuerShortName(name)).toBe(short));

  it('numbers a notice per office and year', () => expect(noticeNumber('朝阳区总工会', 2026, 3)).toBe('朝阳工监〔2026〕3号'));

  const fields = {
    noticeNo: '朝阳工监〔2026〕3号',
    employerName: '北京朝华科技有限公司',
    categories: ['wages', 'working_hours'] as const,
    facts: '拖欠职工工资两个月。',
    legalBasis: '《中华人民共和国劳动法》第五十条',
    deadlineDate: '2026-10-30',
    issuedDate: '2026-09-30',
    issuingUnion: '朝阳区总工会',
  };
  it('fills an opinion with the employer, breach, legal basis and deadline', () => {
    const letter = noticeLetter({ ...fields, type: 'opinion' });
    expect(letter.title).toBe('工会劳动法律监督意见书');
    expect(letter.addressee).toBe('北京朝华科技有限公司：');
    expect(letter.date).toBe('2026年9月30日');
    const text = letter.paragraphs.join('');
    for (const part of ['工资支付、工作时间和休息休假', '拖欠职工工资两个月。', '《中华人民共和国劳动法》第五十条', '2026年10月30日']) expect(text).toContain(part);
  });
  it.each([
    ['reminder', '工会劳动法律监督提示函', '北京朝华科技有限公司：'],
    ['recommendation', '工会劳动法律监督建议书', '劳动保障监察机构：'],
    ['publication', '关于用人单位重大劳动违法行为的公布', ''],
  ] as const)('titles and addresses a %s', (type, title, addressee) => {
    const letter = noticeLetter({ ...fields, type });
    expect([letter.title, letter.addressee]).toEqual([title, addressee]);
    expect(letter.paragraphs.join('')).toContain('拖欠职工工资两个月。');
  });
});

describe('supervision permissions', () => {
  it('lets staff and supervisors handle supervision, only administrators approve publications, and everyone read', () => {
    for (const role of roles) {
      const p = permissionsOf([role]);
      expect(p.has('supervision:read')).toBe(role !== 'lawyer');
      expect(p.has('supervision:write')).toBe(['admin', 'office_admin', 'staff', 'supervisor'].includes(role));
      expect(p.has('supervision:approve_publication')).toBe(role === 'admin' || role === 'office_admin');
    }
  });
});
