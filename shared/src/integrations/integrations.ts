import type { Label } from '../common/i18n.js';
import type { Permission } from '../users/roles.js';

/**
 * Events other systems may subscribe to (webhooks). Each is written to the outbox in the same
 * transaction as the change it reports, so a subscriber never hears of a change that did not happen.
 */
export const webhookEventTypes = ['case.transferred', 'case.settled', 'legal_aid.decided', 'notice.issued'] as const;
export type WebhookEventType = (typeof webhookEventTypes)[number];

export const webhookEventLabels: Record<WebhookEventType, Label> = {
  'case.transferred': { zh: '案件转办（申请转办或接收转办）', en: 'Case transferred (requested or accepted)' },
  'case.settled': { zh: '案件调解成功', en: 'Case settled' },
  'legal_aid.decided': { zh: '法律援助申请作出决定（批准或不予援助）', en: 'Legal-aid application decided (approved or rejected)' },
  'notice.issued': { zh: '监督意见书、提示函等已发出', en: 'Supervision notice issued' },
};

/**
 * What each event carries: identifiers and numbers, never a worker's personal data — a subscriber
 * that needs more reads the record with its key, inside its scope.
 */
export interface WebhookEventData {
  'case.transferred': { caseId: string; caseNo: string; step: 'requested' | 'accepted'; fromOrgId: string; toOrgId: string };
  'case.settled': { caseId: string; caseNo: string; officeId: string };
  'legal_aid.decided': { applicationId: string; applicationNo: string; decision: 'approved' | 'rejected'; officeId: string };
  'notice.issued': { noticeId: string; noticeNo: string; officeId: string; employerId: string };
}

/** A delivery is tried this many times before it is given up. */
export const webhookMaxAttempts = 8;

/**
 * Seconds to wait after the `attempt`-th failed try: 30 s doubling each time (30 s, 1 min, 2 min, …),
 * at most 6 hours, so that eight tries span about two hours of a receiver being down.
 */
export function webhookRetryDelaySeconds(attempt: number): number {
  return Math.min(30 * 2 ** Math.max(0, attempt - 1), 6 * 3600);
}

/**
 * The permissions a new API key asks for that its creator does not hold: a key never carries more
 * than the admin who made it. Managing keys is not delegated to keys, so that revoking a leaked key
 * cannot leave behind keys it minted.
 */
export function apiClientPermissionProblems(requested: readonly Permission[], held: ReadonlySet<Permission>): Permission[] {
  return requested.filter((p) => !held.has(p) || p === 'api_clients:write');
}

export const webhookDeliveryStatuses = ['pending', 'delivered', 'failed'] as const;
export type WebhookDeliveryStatus = (typeof webhookDeliveryStatuses)[number];
export const webhookDeliveryStatusLabels: Record<WebhookDeliveryStatus, Label> = {
  pending: { zh: '待发送', en: 'Pending' },
  delivered: { zh: '已送达', en: 'Delivered' },
  failed: { zh: '发送失败', en: 'Failed' },
};
