import { Type } from 'typebox';
import type { Label } from '../common/i18n.js';
import { PageQuery, Timestamp, Uuid } from '../common/schemas.js';

/** What lands in an office's inbox: what needs its people now. */
export const notificationKinds = ['transfer_waiting', 'transfer_declined', 'case_due_soon', 'case_overdue', 'major_report', 'major_report_alarm', 'legal_aid_transfer_waiting', 'legal_aid_decision_due_soon', 'legal_aid_decision_overdue', 'legal_aid_assignment_due_soon', 'legal_aid_assignment_overdue', 'legal_aid_assigned', 'notice_ready_to_escalate'] as const;
export type NotificationKind = (typeof notificationKinds)[number];
export const notificationKindLabels: Record<NotificationKind, Label> = {
  transfer_waiting: { zh: '待接收转办', en: 'Transfer awaiting acceptance' },
  transfer_declined: { zh: '转办被拒绝', en: 'Transfer declined' },
  case_due_soon: { zh: '案件即将到期', en: 'Case due soon' },
  case_overdue: { zh: '案件已超期', en: 'Case overdue' },
  major_report: { zh: '重大案件报告待签收', en: 'Major-case report to acknowledge' },
  major_report_alarm: { zh: '重大案件报告超时未签收', en: 'Major-case report unacknowledged' },
  legal_aid_transfer_waiting: { zh: '待接收法律援助转交', en: 'Legal-aid transfer awaiting acceptance' },
  legal_aid_decision_due_soon: { zh: '法律援助审查即将到期', en: 'Legal-aid decision due soon' },
  legal_aid_decision_overdue: { zh: '法律援助审查已超期', en: 'Legal-aid decision overdue' },
  legal_aid_assignment_due_soon: { zh: '指派律师即将到期', en: 'Lawyer assignment due soon' },
  legal_aid_assignment_overdue: { zh: '指派律师已超期', en: 'Lawyer assignment overdue' },
  legal_aid_assigned: { zh: '新指派的法律援助事项', en: 'Legal-aid matter assigned' },
  notice_ready_to_escalate: { zh: '意见书逾期未整改，待升级', en: 'Opinion past its deadline, ready to escalate' },
};

export const Notification = Type.Object({
  id: Uuid,
  kind: Type.Enum(notificationKinds),
  entity: Type.String(),
  entityId: Uuid,
  title: Type.String(),
  createdAt: Timestamp,
  read: Type.Boolean(),
});
export type Notification = Type.Static<typeof Notification>;
export const NotificationListQuery = Type.Object({ ...PageQuery, unread: Type.Optional(Type.Boolean()) }, { additionalProperties: false });
