import type { ClockState } from '../clocks/clocks.js';
import type { Label } from '../common/i18n.js';
import type { MediationOrgType } from '../mediation-orgs/mediation-orgs.js';
import type { OfficeKind } from '../offices/offices.js';
import type { Role } from '../users/roles.js';

/** domain.md §5: how a dispute reaches the network. */
export const caseChannels = ['walk_in', 'hotline_12351', 'online', 'arbitration_transfer', 'court_entrusted', 'enterprise_referral', 'assigned'] as const;
export type CaseChannel = (typeof caseChannels)[number];
export const caseChannelLabels: Record<CaseChannel, Label> = {
  walk_in: { zh: '来访', en: 'Walk-in' },
  hotline_12351: { zh: '12351热线', en: '12351 hotline' },
  online: { zh: '网上申请', en: 'Online' },
  arbitration_transfer: { zh: '仲裁委转送先行调解', en: 'Arbitration transfer' },
  court_entrusted: { zh: '法院委托调解', en: 'Court-entrusted' },
  enterprise_referral: { zh: '企业移送', en: 'Enterprise referral' },
  assigned: { zh: '上级指派', en: 'Assigned' },
};
/** Channels whose case comes from an outside body, which it records and may go back to. */
export const sourcedChannels: readonly CaseChannel[] = ['arbitration_transfer', 'court_entrusted'];

export const claimCategories = ['wages', 'contract', 'social_insurance', 'work_injury', 'working_hours', 'dispatch', 'other'] as const;
export type ClaimCategory = (typeof claimCategories)[number];
export const claimCategoryLabels: Record<ClaimCategory, Label> = {
  wages: { zh: '劳动报酬', en: 'Wages' },
  contract: { zh: '劳动合同', en: 'Labor contract' },
  social_insurance: { zh: '社会保险', en: 'Social insurance' },
  work_injury: { zh: '工伤', en: 'Work injury' },
  working_hours: { zh: '工时加班', en: 'Working hours' },
  dispatch: { zh: '劳务派遣', en: 'Labor dispatch' },
  other: { zh: '其他', en: 'Other' },
};

export const caseStatuses = ['received', 'accepted', 'mediating', 'settled', 'failed', 'closed', 'rejected', 'withdrawn'] as const;
export type CaseStatus = (typeof caseStatuses)[number];
export const caseStatusLabels: Record<CaseStatus, Label> = {
  received: { zh: '已接收', en: 'Received' },
  accepted: { zh: '已受理', en: 'Accepted' },
  mediating: { zh: '调解中', en: 'Mediating' },
  settled: { zh: '调解成功', en: 'Settled' },
  failed: { zh: '调解不成', en: 'Failed' },
  closed: { zh: '已结案', en: 'Closed' },
  rejected: { zh: '不予受理', en: 'Rejected' },
  withdrawn: { zh: '已撤回', en: 'Withdrawn' },
};

export const caseEventTypes = [
  'accept',
  'reject',
  'start_mediation',
  'settle',
  'fail',
  'close',
  'withdraw',
  'transfer_request',
  'transfer_accept',
  'transfer_decline',
  'return_to_source',
] as const;
export type CaseEventType = (typeof caseEventTypes)[number];
export const caseEventLabels: Record<CaseEventType, Label> = {
  accept: { zh: '受理', en: 'Accept' },
  reject: { zh: '不予受理', en: 'Reject' },
  start_mediation: { zh: '开始调解', en: 'Start mediation' },
  settle: { zh: '达成协议', en: 'Settle' },
  fail: { zh: '调解不成', en: 'Fail' },
  close: { zh: '结案', en: 'Close' },
  withdraw: { zh: '撤回', en: 'Withdraw' },
  transfer_request: { zh: '申请转办', en: 'Request transfer' },
  transfer_accept: { zh: '接收转办', en: 'Accept transfer' },
  transfer_decline: { zh: '拒绝转办', en: 'Decline transfer' },
  return_to_source: { zh: '退回原移送机关', en: 'Return to source' },
};

/** The timeline's first entry is the intake itself, which is not an event a caller appends. */
export const caseTimelineLabels: Record<CaseEventType | 'receive', Label> = { receive: { zh: '登记受理', en: 'Received' }, ...caseEventLabels };

export const caseClockLabels: Record<ClockState, Label> = {
  running: { zh: '期限内', en: 'Within the deadline' },
  due_soon: { zh: '即将到期', en: 'Due soon' },
  overdue: { zh: '已超期', en: 'Overdue' },
  stopped: { zh: '已停止计时', en: 'Stopped' },
};
export const majorReportReasonLabels: Record<'collective' | 'mass_incident' | 'major', Label> = {
  collective: { zh: '集体争议', en: 'Collective dispute' },
  mass_incident: { zh: '职工群体性事件', en: 'Mass incident' },
  major: { zh: '重大案件', en: 'Major case' },
};
export const caseOutcomeLabels: Record<'settled' | 'failed' | 'returned_to_source', Label> = {
  settled: { zh: '调解成功', en: 'Settled' },
  failed: { zh: '调解不成', en: 'Not settled' },
  returned_to_source: { zh: '退回原移送机关', en: 'Returned to the sending body' },
};

/** Who appends an event: the organization handling the case, or the one a transfer is waiting on. */
export type CaseSide = 'handler' | 'receiver';

interface CaseTransition {
  /** The status after the event; `null` keeps it (a transfer request only marks the case pending). */
  to: CaseStatus | null;
  by: CaseSide;
  reasonRequired?: boolean;
  /** Only for cases an outside body sent (arbitration commission, court). */
  sourcedOnly?: boolean;
}

const transfer: CaseTransition = { to: null, by: 'handler', reasonRequired: true };
const withdraw: CaseTransition = { to: 'withdrawn', by: 'handler' };

/**
 * domain.md §5: `received → accepted → mediating → settled | failed → closed`, `rejected` (reason
 * required), `withdrawn`; a transfer is an event that waits for the receiver, during which nothing
 * else happens to the case. Accepting a transfer makes the receiver the handler of an accepted case.
 */
export const caseMachine: Record<CaseStatus, Partial<Record<CaseEventType, CaseTransition>>> = {
  received: { accept: { to: 'accepted', by: 'handler' }, reject: { to: 'rejected', by: 'handler', reasonRequired: true }, withdraw, transfer_request: transfer },
  accepted: { start_mediation: { to: 'mediating', by: 'handler' }, withdraw, transfer_request: transfer },
  mediating: { settle: { to: 'settled', by: 'handler' }, fail: { to: 'failed', by: 'handler', reasonRequired: true }, withdraw, transfer_request: transfer },
  settled: { close: { to: 'closed', by: 'handler' } },
  failed: {
    close: { to: 'closed', by: 'handler' },
    transfer_request: transfer,
    return_to_source: { to: 'closed', by: 'handler', sourcedOnly: true },
  },
  closed: {},
  rejected: {},
  withdrawn: {},
};

/** While a transfer waits, only the receiver acts, by accepting or declining it. */
export const pendingTransferEvents: Partial<Record<CaseEventType, CaseTransition>> = {
  transfer_accept: { to: 'accepted', by: 'receiver' },
  transfer_decline: { to: null, by: 'receiver', reasonRequired: true },
};

export interface CaseState {
  status: CaseStatus;
  pendingTransfer: boolean;
  sourced: boolean;
}

export function caseTransition(state: CaseState, event: CaseEventType): CaseTransition | null {
  const table = state.pendingTransfer ? pendingTransferEvents : caseMachine[state.status];
  const t = table[event];
  if (!t || (t.sourcedOnly && !state.sourced)) return null;
  return t;
}

/** The events a caller on `sides` may append now: the buttons the case page shows. */
export function allowedCaseEvents(state: CaseState, sides: readonly CaseSide[]): CaseEventType[] {
  return caseEventTypes.filter((e) => {
    const t = caseTransition(state, e);
    return !!t && sides.includes(t.by);
  });
}

export const openCaseStatuses: readonly CaseStatus[] = ['received', 'accepted', 'mediating'];
/** The 15-day clock runs while mediation has not produced an agreement. */
export const clockRunningStatuses: readonly CaseStatus[] = ['received', 'accepted', 'mediating'];

/** domain.md §5 (Mediation and Arbitration Law art. 7): ten or more workers sharing a claim make a collective dispute. */
export const collectiveThreshold = 10;

/** A case's workers share its claims: ten or more of them make it collective. */
export const isCollective = (workerCount: number) => workerCount >= collectiveThreshold;

/** A collective dispute, a mass incident or a major case is reported to the city legal service center at once. */
export const needsMajorReport = (c: { collective: boolean; massIncident: boolean; major: boolean }) => c.collective || c.massIncident || c.major;

/** Reason codes of the escalation and referral table. */
export const routeReasons = ['party_declined_internal', 'beyond_capacity', 'major_difficult', 'assignment', 'arbitration_transfer', 'returned_unsettled'] as const;
export type RouteReason = (typeof routeReasons)[number];
export const routeReasonLabels: Record<RouteReason, Label> = {
  party_declined_internal: { zh: '当事人不愿在企业内部调解', en: 'A party will not mediate inside the enterprise' },
  beyond_capacity: { zh: '超出调解能力', en: 'Beyond capacity' },
  major_difficult: { zh: '重大疑难', en: 'Major or difficult' },
  assignment: { zh: '上级指派', en: 'Assignment' },
  arbitration_transfer: { zh: '仲裁委转送', en: 'Arbitration transfer' },
  returned_unsettled: { zh: '先行调解不成退回', en: 'Returned unsettled' },
};

/** Where a transfer may go: an organization type, and which district's (the employer's, any, or anywhere). */
export interface RouteTarget {
  type: Extract<MediationOrgType, 'district_center' | 'city_guidance_center'>;
  district: 'employer' | 'handler' | 'any' | null;
  reasons: readonly RouteReason[];
}

/** domain.md §5 escalation and referral routes, from the handling organization's type. */
export const caseRoutes: Partial<Record<MediationOrgType, readonly RouteTarget[]>> = {
  enterprise_committee: [{ type: 'district_center', district: 'employer', reasons: ['party_declined_internal'] }],
  group_center: [
    { type: 'city_guidance_center', district: null, reasons: ['party_declined_internal'] },
    { type: 'district_center', district: 'employer', reasons: ['party_declined_internal'] },
  ],
  street_room: [{ type: 'district_center', district: 'handler', reasons: ['beyond_capacity', 'major_difficult'] }],
  district_center: [{ type: 'city_guidance_center', district: null, reasons: ['major_difficult'] }],
  city_guidance_center: [{ type: 'district_center', district: 'any', reasons: ['assignment'] }],
};

export interface RouteCandidate {
  type: MediationOrgType;
  /** The district (6-digit code) of the target organization. */
  district: string;
}

/** Whether a transfer from `fromType` to `target` with `reason` is on the table; the matching targets otherwise. */
export function checkRoute(
  from: { type: MediationOrgType; district: string },
  employerDistrict: string,
  target: RouteCandidate,
  reason: RouteReason,
): { ok: true } | { ok: false; allowed: readonly RouteTarget[] } {
  const routes = caseRoutes[from.type] ?? [];
  const ok = routes.some(
    (r) =>
      r.type === target.type &&
      r.reasons.includes(reason) &&
      (r.district === null || r.district === 'any' || target.district === (r.district === 'employer' ? employerDistrict : from.district)),
  );
  return ok ? { ok: true } : { ok: false, allowed: routes };
}

/** Intake from an arbitration commission goes to the district center of its district, or the city guidance center. */
export function arbitrationIntakeAllowed(handler: RouteCandidate, sourceDistrict: string): boolean {
  return handler.type === 'city_guidance_center' || (handler.type === 'district_center' && handler.district === sourceDistrict);
}

/** The fields a list sorts by (`?sort=field` or `-field`): a plain constant, so a page reading it loads no schema. */
export const caseSortFields = ['dueAt', 'receivedAt', 'caseNo'] as const;

/**
 * 快速报送 goes to the city legal service center, and the center acknowledges it: a user of that
 * office, or an administrator of the network. Other offices holding `major_reports:acknowledge`
 * (staff everywhere) read the board but do not sign for the center.
 */
export const mayAcknowledgeMajorReport = (officeKind: OfficeKind | (string & {}), roles: readonly (Role | (string & {}))[]) =>
  officeKind === 'city_legal_service_center' || roles.includes('admin');
