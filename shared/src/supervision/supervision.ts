import type { Label } from '../common/i18n.js';
import type { RuleName } from '../common/messages.js';
import type { OfficeTier } from '../offices/offices.js';

/** domain.md §7: what an inspection (法律体检) finds and a notice names, by category. */
export const findingCategories = ['contract', 'wages', 'working_hours', 'safety_health', 'social_insurance', 'dispatch', 'female_workers'] as const;
export type FindingCategory = (typeof findingCategories)[number];
export const findingCategoryLabels: Record<FindingCategory, Label> = {
  contract: { zh: '劳动合同', en: 'Labor contracts' },
  wages: { zh: '工资支付', en: 'Wages' },
  working_hours: { zh: '工作时间和休息休假', en: 'Working hours and rest' },
  safety_health: { zh: '劳动安全卫生', en: 'Occupational safety and health' },
  social_insurance: { zh: '社会保险', en: 'Social insurance' },
  dispatch: { zh: '劳务派遣', en: 'Labor dispatch' },
  female_workers: { zh: '女职工保护', en: 'Protection of female workers' },
};

/** Routine inspections by the union, or joint ones with the government labor inspectorate. */
export const inspectionKinds = ['routine', 'joint'] as const;
export type InspectionKind = (typeof inspectionKinds)[number];
export const inspectionKindLabels: Record<InspectionKind, Label> = {
  routine: { zh: '日常法律体检', en: 'Routine inspection' },
  joint: { zh: '与劳动保障监察联合检查', en: 'Joint with the labor inspectorate' },
};

/** The ladder's rungs, lowest first. */
export const noticeTypes = ['reminder', 'opinion', 'recommendation', 'publication'] as const;
export type NoticeType = (typeof noticeTypes)[number];
export const noticeTypeLabels: Record<NoticeType, Label> = {
  reminder: { zh: '提示函', en: 'Reminder' },
  opinion: { zh: '意见书', en: 'Opinion' },
  recommendation: { zh: '建议书', en: 'Recommendation' },
  publication: { zh: '公布', en: 'Publication' },
};

export interface Rung {
  /** The rung that must have been issued, and have failed, for the same employer and breach. */
  predecessor: NoticeType | null;
  /** An opinion may open the ladder for a breach marked serious. */
  seriousSkipsPredecessor?: boolean;
  /** A recommendation waits until the predecessor's rectification deadline has passed. */
  afterPredecessorDeadline?: boolean;
  /** Tiers whose offices approve it; an approved publication is published at once. */
  approvalTiers?: readonly OfficeTier[];
  /** Whom the letter is addressed to. */
  addressee: 'employer' | 'labor_inspectorate' | 'public';
}

/** domain.md §7: reminder → opinion → recommendation → publication, each rung needing the one before it to have failed. */
export const noticeLadder: Record<NoticeType, Rung> = {
  reminder: { predecessor: null, addressee: 'employer' },
  opinion: { predecessor: 'reminder', seriousSkipsPredecessor: true, addressee: 'employer' },
  recommendation: { predecessor: 'opinion', afterPredecessorDeadline: true, addressee: 'labor_inspectorate' },
  publication: { predecessor: 'recommendation', approvalTiers: ['city', 'district'], addressee: 'public' },
};

/** The fields the notice list sorts by (`?sort=field` or `-field`); newest first when absent. */
export const noticeSortFields = ['createdAt', 'issuedAt', 'deadlineAt'] as const;

export const noticeStatuses = ['draft', 'issued', 'responded', 'rectified', 'escalated', 'closed'] as const;
export type NoticeStatus = (typeof noticeStatuses)[number];
export const noticeStatusLabels: Record<NoticeStatus, Label> = {
  draft: { zh: '草稿', en: 'Draft' },
  issued: { zh: '已发出', en: 'Issued' },
  responded: { zh: '已答复', en: 'Responded' },
  rectified: { zh: '已整改', en: 'Rectified' },
  escalated: { zh: '已升级', en: 'Escalated' },
  closed: { zh: '已结束', en: 'Closed' },
};

export const noticeEventTypes = ['issue', 'respond', 'rectify', 'escalate', 'close', 'approve_publication'] as const;
export type NoticeEventType = (typeof noticeEventTypes)[number];
export const noticeEventLabels: Record<NoticeEventType, Label> = {
  issue: { zh: '发出', en: 'Issue' },
  respond: { zh: '记录答复', en: 'Record the answer' },
  rectify: { zh: '复查确认已整改', en: 'Confirm rectification' },
  escalate: { zh: '升级', en: 'Escalate' },
  close: { zh: '结束', en: 'Close' },
  approve_publication: { zh: '批准公布', en: 'Approve publication' },
};

/**
 * domain.md §7: `draft → issued → responded → rectified | escalated | closed`, by events only.
 * A publication is not issued but approved (and so published); it has no answer to wait for.
 */
export const noticeMachine: Record<NoticeStatus, Partial<Record<NoticeEventType, NoticeStatus>>> = {
  draft: { issue: 'issued', approve_publication: 'issued', close: 'closed' },
  issued: { respond: 'responded', rectify: 'rectified', escalate: 'escalated', close: 'closed' },
  responded: { rectify: 'rectified', escalate: 'escalated', close: 'closed' },
  rectified: {},
  escalated: {},
  closed: {},
};

/** Events that apply to one rung only or to every rung but one. */
const eventRungs: Partial<Record<NoticeEventType, readonly NoticeType[]>> = {
  issue: ['reminder', 'opinion', 'recommendation'],
  respond: ['reminder', 'opinion', 'recommendation'],
  rectify: ['reminder', 'opinion', 'recommendation'],
  escalate: ['reminder', 'opinion', 'recommendation'],
  approve_publication: ['publication'],
};

/** The status a notice moves to on an event, or null when the state machine refuses it. */
export function noticeTransition(status: NoticeStatus, type: NoticeType, event: NoticeEventType): NoticeStatus | null {
  const rungs = eventRungs[event];
  if (rungs && !rungs.includes(type)) return null;
  return noticeMachine[status][event] ?? null;
}

export function allowedNoticeEvents(status: NoticeStatus, type: NoticeType): NoticeEventType[] {
  return noticeEventTypes.filter((e) => noticeTransition(status, type, e) !== null);
}

/** Statuses in which a notice has been issued and not yet answered by rectification or closure: it has failed so far. */
export const unresolvedNoticeStatuses: readonly NoticeStatus[] = ['issued', 'responded'];
/** A predecessor that failed: still unresolved, or already escalated. */
export const failedNoticeStatuses: readonly NoticeStatus[] = ['issued', 'responded', 'escalated'];
/** A notice that went out and was not closed holds its predecessor: no other notice may be issued on top of it. */
export const successorNoticeStatuses: readonly NoticeStatus[] = noticeStatuses.filter((s) => s !== 'draft' && s !== 'closed');

export interface LadderNotice {
  type: NoticeType;
  employerId: string;
  categories: readonly FindingCategory[];
  serious: boolean;
}
export interface LadderPredecessor {
  type: NoticeType;
  employerId: string;
  categories: readonly FindingCategory[];
  status: NoticeStatus;
  deadlineAt: Date | null;
}
export interface LadderRefusal {
  rule: RuleName;
  params: Record<string, string>;
}

/**
 * Why a notice may not name this predecessor (same employer, same breach, the rung below), or null.
 * Checked when a draft is saved, before anything depends on time or state.
 */
export function predecessorMismatch(notice: LadderNotice, predecessor: LadderPredecessor | null): LadderRefusal | null {
  const rung = noticeLadder[notice.type];
  if (!predecessor) return null;
  if (!rung.predecessor) return { rule: 'notice.predecessor_not_allowed', params: { type: notice.type } };
  const missing = notice.categories.filter((c) => !predecessor.categories.includes(c));
  if (predecessor.type !== rung.predecessor || predecessor.employerId !== notice.employerId || missing.length > 0) {
    return { rule: 'notice.predecessor_mismatch', params: { type: notice.type, predecessor: rung.predecessor } };
  }
  return null;
}

/**
 * The ladder rule checked when a notice is issued (or a publication approved), or null when it may be:
 * its predecessor must exist (except an opinion for a serious breach), match, have failed, and for a
 * recommendation the opinion's rectification deadline must have passed.
 */
export function ladderRefusal(notice: LadderNotice, predecessor: LadderPredecessor | null, now: Date): LadderRefusal | null {
  const rung = noticeLadder[notice.type];
  if (!predecessor) {
    if (!rung.predecessor || (rung.seriousSkipsPredecessor && notice.serious)) return null;
    return { rule: 'notice.predecessor_required', params: { type: notice.type, predecessor: rung.predecessor } };
  }
  const mismatch = predecessorMismatch(notice, predecessor);
  if (mismatch) return mismatch;
  if (!failedNoticeStatuses.includes(predecessor.status)) {
    return { rule: 'notice.predecessor_state', params: { predecessor: predecessor.type, status: predecessor.status } };
  }
  if (rung.afterPredecessorDeadline && (!predecessor.deadlineAt || now < predecessor.deadlineAt)) {
    return { rule: 'notice.deadline_not_passed', params: { deadline: predecessor.deadlineAt?.toISOString() ?? '' } };
  }
  return null;
}

/** The rung above, of which a notice of this type is the predecessor (none above a publication). */
export const nextRung = (type: NoticeType): NoticeType | undefined => noticeTypes.find((t) => noticeLadder[t].predecessor === type);

/**
 * Whether the rung above may now be drafted on top of this notice: nothing went out on top of it
 * yet and ladderRefusal() would let it be issued (it failed; for a recommendation, the opinion's
 * deadline passed).
 */
export function mayDraftNextRung(n: LadderPredecessor & { nextNoticeId: string | null }, now: Date): boolean {
  const next = nextRung(n.type);
  return !!next && !n.nextNoticeId && ladderRefusal({ type: next, employerId: n.employerId, categories: n.categories, serious: false }, n, now) === null;
}

/** Escalating a notice by hand: an opinion only once its rectification deadline has passed. */
export function escalationRefusal(notice: { type: NoticeType; deadlineAt: Date | null }, now: Date): LadderRefusal | null {
  if (notice.type === 'opinion' && notice.deadlineAt && now < notice.deadlineAt) {
    return { rule: 'notice.deadline_not_passed', params: { deadline: notice.deadlineAt.toISOString() } };
  }
  return null;
}

/** Whether an office of this tier may approve a publication. */
export const mayApprovePublication = (tier: OfficeTier) => noticeLadder.publication.approvalTiers!.includes(tier);

/** Rungs whose successor waits for their rectification deadline (the opinion): past it unresolved, they are ready to escalate. */
export const deadlineEscalatedRungs: readonly NoticeType[] = noticeTypes.filter((t) => noticeTypes.some((u) => noticeLadder[u].predecessor === t && noticeLadder[u].afterPredecessorDeadline));

/**
 * An opinion past its deadline and neither rectified nor closed is ready to escalate to a
 * recommendation. The one rule: the server answers it per notice and filters and counts by the
 * same lists in SQL; the daily sweep tells the office once it holds.
 */
export const readyToEscalate = (n: { type: NoticeType; status: NoticeStatus; deadlineAt: Date | null }, now: Date) =>
  deadlineEscalatedRungs.includes(n.type) && unresolvedNoticeStatuses.includes(n.status) && !!n.deadlineAt && now >= n.deadlineAt;

/**
 * The issuing union's short name in a document number: `朝阳区总工会` → `朝阳`, `建外街道工会服务站` → `建外`,
 * `北京市总工会法律服务中心` → `北京`.
 */
export function issuerShortName(officeName: string): string {
  const short = officeName.replace(/(总工会|工会|劳动争议).*$/, '').replace(/(街道|地区|乡|镇|区|县|市)$/, '');
  return short || officeName;
}

/** The document number, per issuing office and year: `朝阳工监〔2026〕3号`. */
export const noticeNumber = (officeName: string, year: number, seq: number) => `${issuerShortName(officeName)}工监〔${year}〕${seq}号`;

export interface LetterFields {
  type: NoticeType;
  noticeNo: string | null;
  employerName: string;
  categories: readonly FindingCategory[];
  facts: string;
  legalBasis: string;
  /** China calendar dates, YYYY-MM-DD. */
  deadlineDate: string | null;
  issuedDate: string | null;
  issuingUnion: string;
}

export interface Letter {
  title: string;
  noticeNo: string | null;
  addressee: string;
  paragraphs: string[];
  issuingUnion: string;
  /** `2026年10月9日` */
  date: string | null;
}

const categoryList = (categories: readonly FindingCategory[]) => categories.map((c) => findingCategoryLabels[c].zh).join('、');
/** `2026-10-09` → `2026年10月9日` */
export const chineseDate = (date: string) => {
  const [y, m, d] = date.split('-').map(Number);
  return `${y}年${m}月${d}日`;
};

/**
 * The official letter of a notice (工会劳动法律监督提示函、意见书、建议书、公布), in Chinese, filled from the
 * record. The wording lives here once; the admin app lays it out for print.
 */
export function noticeLetter(f: LetterFields): Letter {
  const breach = categoryList(f.categories);
  const deadline = f.deadlineDate ? chineseDate(f.deadlineDate) : '____年__月__日';
  const base = { noticeNo: f.noticeNo, issuingUnion: f.issuingUnion, date: f.issuedDate ? chineseDate(f.issuedDate) : null };
  switch (f.type) {
    case 'reminder':
      return {
        ...base,
        title: '工会劳动法律监督提示函',
        addressee: `${f.employerName}：`,
        paragraphs: [
          `经了解，你单位在${breach}方面存在以下问题或风险：${f.facts}`,
          `依据${f.legalBasis}，现予以提示。请你单位认真自查，依法予以纠正，并将处理情况告知本工会。`,
          '特此函告。',
        ],
      };
    case 'opinion':
      return {
        ...base,
        title: '工会劳动法律监督意见书',
        addressee: `${f.employerName}：`,
        paragraphs: [
          `经调查核实，你单位在${breach}方面存在以下违反劳动法律法规的行为：${f.facts}`,
          `上述行为违反了${f.legalBasis}的规定。`,
          `根据《中华人民共和国工会法》等有关规定，本工会要求你单位依法予以整改，并于${deadline}前将整改情况书面答复本工会。逾期未整改的，本工会将提请劳动保障行政部门依法处理。`,
        ],
      };
    case 'recommendation':
      return {
        ...base,
        title: '工会劳动法律监督建议书',
        addressee: '劳动保障监察机构：',
        paragraphs: [
          `${f.employerName}在${breach}方面存在以下违反劳动法律法规的行为：${f.facts}`,
          `上述行为违反了${f.legalBasis}的规定。本工会已向该单位发出工会劳动法律监督意见书，该单位逾期未予整改。`,
          '根据《中华人民共和国工会法》等有关规定，建议你单位依法进行查处，并将处理结果告知本工会。',
        ],
      };
    case 'publication':
      return {
        ...base,
        title: '关于用人单位重大劳动违法行为的公布',
        addressee: '',
        paragraphs: [
          `经工会劳动法律监督查实，${f.employerName}在${breach}方面存在以下重大违反劳动法律法规的行为：${f.facts}`,
          `上述行为违反了${f.legalBasis}的规定。本工会依次发出提示函、意见书和建议书后，该单位仍未整改。经批准，现予公布。`,
        ],
      };
  }
}
