import type { Label } from '../common/i18n.js';
import type { OfficeTier } from '../offices/offices.js';
import type { LawyerPool } from '../people/people.js';

/** domain.md §6: how an application reaches the network (window, online, 12351, another locality's union). */
export const legalAidChannels = ['walk_in', 'online', 'hotline_12351', 'other_locality'] as const;
export type LegalAidChannel = (typeof legalAidChannels)[number];
export const legalAidChannelLabels: Record<LegalAidChannel, Label> = {
  walk_in: { zh: '窗口申请', en: 'At the window' },
  online: { zh: '网上申请', en: 'Online' },
  hotline_12351: { zh: '12351热线', en: '12351 hotline' },
  other_locality: { zh: '异地工会转来', en: 'From another locality’s union' },
};

export const households = ['urban', 'migrant'] as const;
export type Household = (typeof households)[number];
export const householdLabels: Record<Household, Label> = { urban: { zh: '城镇户籍', en: 'Urban' }, migrant: { zh: '农民工', en: 'Migrant worker' } };

/** How the applicant shows financial hardship: a registered hardship worker (困难职工), a statement, or not at all. */
export const hardshipKinds = ['registered', 'statement', 'none'] as const;
export type HardshipKind = (typeof hardshipKinds)[number];
export const hardshipLabels: Record<HardshipKind, Label> = {
  registered: { zh: '在档困难职工', en: 'Registered hardship worker' },
  statement: { zh: '经济困难声明', en: 'Hardship statement' },
  none: { zh: '未提供', en: 'Not shown' },
};

export const legalAidMatters = ['wage_arrears', 'work_injury', 'contract', 'social_insurance', 'other'] as const;
export type LegalAidMatter = (typeof legalAidMatters)[number];
export const legalAidMatterLabels: Record<LegalAidMatter, Label> = {
  wage_arrears: { zh: '追索劳动报酬', en: 'Wage arrears' },
  work_injury: { zh: '工伤赔偿', en: 'Work injury' },
  contract: { zh: '劳动合同', en: 'Labor contract' },
  social_insurance: { zh: '社会保险', en: 'Social insurance' },
  other: { zh: '其他', en: 'Other' },
};

export const legalAidServices = ['consultation', 'document_drafting', 'mediation', 'arbitration', 'litigation'] as const;
export type LegalAidService = (typeof legalAidServices)[number];
export const legalAidServiceLabels: Record<LegalAidService, Label> = {
  consultation: { zh: '法律咨询', en: 'Consultation' },
  document_drafting: { zh: '代写文书', en: 'Document drafting' },
  mediation: { zh: '代理调解', en: 'Mediation' },
  arbitration: { zh: '代理仲裁', en: 'Arbitration' },
  litigation: { zh: '代理诉讼', en: 'Litigation' },
};

export const fundingProgrammes = ['union_fund', 'lottery_fund'] as const;
export type FundingProgramme = (typeof fundingProgrammes)[number];
export const fundingProgrammeLabels: Record<FundingProgramme, Label> = {
  union_fund: { zh: '工会自主', en: 'Union fund' },
  lottery_fund: { zh: '中彩金项目', en: 'Lottery-fund project' },
};

/** A lawyer's subsidy for a closed matter: owed until the office marks it paid. */
export const subsidyStatuses = ['owed', 'paid'] as const;
export type SubsidyStatus = (typeof subsidyStatuses)[number];
export const subsidyStatusLabels: Record<SubsidyStatus, Label> = {
  owed: { zh: '待发放', en: 'Owed' },
  paid: { zh: '已发放', en: 'Paid' },
};

export const legalAidOutcomes = ['won', 'settled', 'lost', 'withdrawn'] as const;
export type LegalAidOutcome = (typeof legalAidOutcomes)[number];
export const legalAidOutcomeLabels: Record<LegalAidOutcome, Label> = {
  won: { zh: '胜诉', en: 'Won' },
  settled: { zh: '和解/调解结案', en: 'Settled' },
  lost: { zh: '败诉', en: 'Lost' },
  withdrawn: { zh: '撤回', en: 'Withdrawn' },
};

export const legalAidStatuses = ['submitted', 'under_review', 'approved', 'rejected', 'needs_materials', 'assigned', 'in_progress', 'closed'] as const;
export type LegalAidStatus = (typeof legalAidStatuses)[number];
export const legalAidStatusLabels: Record<LegalAidStatus, Label> = {
  submitted: { zh: '已提交', en: 'Submitted' },
  under_review: { zh: '审查中', en: 'Under review' },
  approved: { zh: '已批准', en: 'Approved' },
  rejected: { zh: '不予援助', en: 'Rejected' },
  needs_materials: { zh: '待补充材料', en: 'Needs materials' },
  assigned: { zh: '已指派律师', en: 'Lawyer assigned' },
  in_progress: { zh: '承办中', en: 'In progress' },
  closed: { zh: '已结案', en: 'Closed' },
};

export const legalAidEventTypes = [
  'start_review',
  'approve',
  'reject',
  'request_materials',
  'resubmit',
  'request_rereview',
  'assign',
  'start',
  'close',
  'transfer',
  'transfer_accept',
  'transfer_decline',
] as const;
export type LegalAidEventType = (typeof legalAidEventTypes)[number];
export const legalAidEventLabels: Record<LegalAidEventType, Label> = {
  start_review: { zh: '开始审查', en: 'Start review' },
  approve: { zh: '批准援助', en: 'Approve' },
  reject: { zh: '不予援助', en: 'Reject' },
  request_materials: { zh: '通知补充材料', en: 'Request materials' },
  resubmit: { zh: '补充材料后重新提交', en: 'Resubmit' },
  request_rereview: { zh: '申请复查', en: 'Request re-review' },
  assign: { zh: '指派律师', en: 'Assign a lawyer' },
  start: { zh: '开始承办', en: 'Start' },
  close: { zh: '结案', en: 'Close' },
  transfer: { zh: '异地协作转交', en: 'Transfer to another office' },
  transfer_accept: { zh: '接收转交', en: 'Accept transfer' },
  transfer_decline: { zh: '拒绝转交', en: 'Decline transfer' },
};

/** Who appends an event: the deciding office, the office a transfer waits on, or the assigned lawyer. */
export type LegalAidSide = 'office' | 'receiver' | 'lawyer';

export interface LegalAidTransition {
  /** The status after the event; `null` keeps it (a transfer only marks the application pending). */
  to: LegalAidStatus | null;
  by: readonly LegalAidSide[];
  reasonRequired?: boolean;
}

const office: readonly LegalAidSide[] = ['office'];
const transfer: LegalAidTransition = { to: null, by: office, reasonRequired: true };

/**
 * domain.md §6: `submitted → under_review → approved | rejected | needs_materials`, then
 * `approved → assigned → in_progress → closed`; a rejection may be re-reviewed once; a transfer to
 * another locality's office (异地协作) waits for its acceptance and keeps the history.
 */
export const legalAidMachine: Record<LegalAidStatus, Partial<Record<LegalAidEventType, LegalAidTransition>>> = {
  submitted: { start_review: { to: 'under_review', by: office }, transfer },
  under_review: {
    approve: { to: 'approved', by: office },
    reject: { to: 'rejected', by: office, reasonRequired: true },
    request_materials: { to: 'needs_materials', by: office, reasonRequired: true },
    transfer,
  },
  needs_materials: { resubmit: { to: 'under_review', by: office }, transfer },
  rejected: { request_rereview: { to: 'under_review', by: office, reasonRequired: true } },
  approved: { assign: { to: 'assigned', by: office }, transfer },
  assigned: { start: { to: 'in_progress', by: ['office', 'lawyer'] } },
  in_progress: { close: { to: 'closed', by: ['office', 'lawyer'] } },
  closed: {},
};

export const pendingLegalAidTransferEvents: Partial<Record<LegalAidEventType, LegalAidTransition>> = {
  transfer_accept: { to: null, by: ['receiver'] },
  transfer_decline: { to: null, by: ['receiver'], reasonRequired: true },
};

export interface LegalAidState {
  status: LegalAidStatus;
  pendingTransfer: boolean;
  /** Whether the one re-review has been used. */
  rereviewUsed: boolean;
}

export function legalAidTransition(state: LegalAidState, event: LegalAidEventType): LegalAidTransition | null {
  const table = state.pendingTransfer ? pendingLegalAidTransferEvents : legalAidMachine[state.status];
  const t = table[event];
  if (!t || (event === 'request_rereview' && state.rereviewUsed)) return null;
  return t;
}

export function allowedLegalAidEvents(state: LegalAidState, sides: readonly LegalAidSide[]): LegalAidEventType[] {
  return legalAidEventTypes.filter((e) => {
    const t = legalAidTransition(state, e);
    return !!t && t.by.some((s) => sides.includes(s));
  });
}

/** The 7-day decision clock runs until the application is decided. */
export const decisionClockStatuses: readonly LegalAidStatus[] = ['submitted', 'under_review', 'needs_materials'];
/** The assignment clock runs from approval until a lawyer is assigned. */
export const assignmentClockStatuses: readonly LegalAidStatus[] = ['approved'];
/** Matters that count against a lawyer's cap. */
export const activeMatterStatuses: readonly LegalAidStatus[] = ['assigned', 'in_progress'];
export const openLegalAidStatuses: readonly LegalAidStatus[] = ['submitted', 'under_review', 'needs_materials', 'approved', 'assigned', 'in_progress'];

/**
 * Legal Aid Law 2021 art. 42: a migrant worker claiming labor remuneration or work-injury
 * compensation need not show financial hardship; the product puts them on the green channel.
 */
export const isHardshipExempt = (a: { household: Household | null; matter: LegalAidMatter }) =>
  a.household === 'migrant' && (a.matter === 'wage_arrears' || a.matter === 'work_injury');

/** Whether hardship is shown enough for approval: exempt, or a registration or statement on file. */
export const hardshipShown = (a: { household: Household | null; matter: LegalAidMatter; hardship: HardshipKind }) => isHardshipExempt(a) || a.hardship !== 'none';

/** The pool that serves an office: the city lawyer team for district (and city) centers, volunteers for street stations. */
export const poolServing = (tier: OfficeTier): LawyerPool => (tier === 'street' ? 'volunteer' : 'city_team');

export type AssignRefusal = 'legal_aid.lawyer_inactive' | 'legal_aid.lawyer_pool' | 'legal_aid.lawyer_cap' | 'legal_aid.lawyer_conflict';

/** Why a lawyer may not take an application, or null when they may. Checked in this order. */
export function assignmentRefusal(
  lawyer: { active: boolean; pools: readonly LawyerPool[]; maxActiveMatters: number; activeMatters: number; actsForEmployerIds: readonly string[] },
  application: { officeTier: OfficeTier; employerId: string },
): AssignRefusal | null {
  if (!lawyer.active) return 'legal_aid.lawyer_inactive';
  if (!lawyer.pools.includes(poolServing(application.officeTier))) return 'legal_aid.lawyer_pool';
  if (lawyer.activeMatters >= lawyer.maxActiveMatters) return 'legal_aid.lawyer_cap';
  if (lawyer.actsForEmployerIds.includes(application.employerId)) return 'legal_aid.lawyer_conflict';
  return null;
}

/** Attachments: what may be uploaded (supporting documents) and how large. */
export const attachmentMimeTypes = ['application/pdf', 'image/jpeg', 'image/png'] as const;
export type AttachmentMimeType = (typeof attachmentMimeTypes)[number];
export const attachmentMaxBytes = 5 * 1024 * 1024;

/** Offices that decide legal-aid applications and may receive one transferred (异地协作). */
export const legalAidOfficeKinds = ['city_legal_service_center', 'district_service_center', 'district_federation', 'street_service_station', 'city_federation'] as const;

/** The fee schedule is the city's to set: only an office of the city tier edits it. */
export const mayEditFeeSchedule = (tier: OfficeTier | (string & {})) => tier === 'city';
