import Type from 'typebox';
import type { Label } from '../common/i18n.js';
import { PageQuery, Timestamp, Uuid } from '../common/schemas.js';

/** What lands in an office's inbox: what needs its people now. */
export const notificationKinds = ['transfer_waiting', 'transfer_declined', 'case_due_soon', 'case_overdue', 'major_report', 'major_report_alarm'] as const;
export type NotificationKind = (typeof notificationKinds)[number];
export const notificationKindLabels: Record<NotificationKind, Label> = {
  transfer_waiting: { zh: '待接收转办', en: 'Transfer awaiting acceptance' },
  transfer_declined: { zh: '转办被拒绝', en: 'Transfer declined' },
  case_due_soon: { zh: '案件即将到期', en: 'Case due soon' },
  case_overdue: { zh: '案件已超期', en: 'Case overdue' },
  major_report: { zh: '重大案件报告待签收', en: 'Major-case report to acknowledge' },
  major_report_alarm: { zh: '重大案件报告超时未签收', en: 'Major-case report unacknowledged' },
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
