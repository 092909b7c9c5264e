import type { Label } from '../common/i18n.js';

/** Roles a user may hold (issue 2); what each may do is the permission table below. */
export const roles = ['admin', 'office_admin', 'staff', 'mediator', 'supervisor', 'lawyer', 'viewer'] as const;
export type Role = (typeof roles)[number];

export const roleLabels: Record<Role, Label> = {
  admin: { zh: '系统管理员', en: 'Administrator' },
  office_admin: { zh: '机构管理员', en: 'Office administrator' },
  staff: { zh: '工作人员', en: 'Staff' },
  mediator: { zh: '调解员', en: 'Mediator' },
  supervisor: { zh: '劳动法律监督员', en: 'Labor-law supervisor' },
  lawyer: { zh: '律师', en: 'Lawyer' },
  viewer: { zh: '只读用户', en: 'Viewer' },
};

/** Permissions are `<resource>:<action>`; API keys carry a list of them too. */
export const permissions = [
  'offices:read',
  'offices:write',
  'users:read',
  'users:write',
  'audit:read',
  'idnumbers:read',
  'employers:read',
  'employers:write',
  'mediation_orgs:read',
  'mediation_orgs:write',
  'mediation_orgs:review',
  'people:read',
  'people:write',
  'org_reports:write',
  'stats:read',
  'cases:read',
  'cases:write',
  'major_reports:acknowledge',
  'settings:write',
  'legal_aid:read',
  'legal_aid:write',
  'subsidies:pay',
  'supervision:read',
  'supervision:write',
  'supervision:approve_publication',
  'api_clients:write',
  'webhooks:write',
] as const;
export type Permission = (typeof permissions)[number];

export const permissionLabels: Record<Permission, Label> = {
  'offices:read': { zh: '查看机构', en: 'Read offices' },
  'offices:write': { zh: '管理机构', en: 'Manage offices' },
  'users:read': { zh: '查看用户', en: 'Read users' },
  'users:write': { zh: '管理用户', en: 'Manage users' },
  'audit:read': { zh: '查看操作日志', en: 'Read the audit log' },
  'idnumbers:read': { zh: '查看完整身份证号', en: 'See full ID numbers' },
  'employers:read': { zh: '查看用人单位', en: 'Read employers' },
  'employers:write': { zh: '管理用人单位', en: 'Manage employers' },
  'mediation_orgs:read': { zh: '查看调解组织', en: 'Read mediation organizations' },
  'mediation_orgs:write': { zh: '报送调解组织备案', en: 'Submit mediation organizations' },
  'mediation_orgs:review': { zh: '审核调解组织备案', en: 'Review filings' },
  'people:read': { zh: '查看调解员、监督员、律师', en: 'Read mediators, supervisors, lawyers' },
  'people:write': { zh: '管理调解员、监督员、律师', en: 'Manage mediators, supervisors, lawyers' },
  'org_reports:write': { zh: '报送调解组织信息', en: 'Submit periodic reports' },
  'stats:read': { zh: '查看统计', en: 'Read figures' },
  'cases:read': { zh: '查看争议案件', en: 'Read cases' },
  'cases:write': { zh: '办理争议案件', en: 'Handle cases' },
  'major_reports:acknowledge': { zh: '签收重大案件报告', en: 'Acknowledge major-case reports' },
  'settings:write': { zh: '设置本市期限', en: 'Set the city’s deadlines' },
  'legal_aid:read': { zh: '查看法律援助', en: 'Read legal aid' },
  'legal_aid:write': { zh: '办理法律援助', en: 'Handle legal aid' },
  'subsidies:pay': { zh: '发放律师补贴', en: 'Pay lawyer subsidies' },
  'supervision:read': { zh: '查看劳动法律监督', en: 'Read labor-law supervision' },
  'supervision:write': { zh: '办理劳动法律监督', en: 'Handle labor-law supervision' },
  'supervision:approve_publication': { zh: '批准公布违法行为', en: 'Approve publications of violations' },
  'api_clients:write': { zh: '管理接口密钥', en: 'Manage API keys' },
  'webhooks:write': { zh: '管理事件订阅（Webhook）', en: 'Manage webhook subscriptions' },
};

const reads: Permission[] = ['offices:read', 'employers:read', 'mediation_orgs:read', 'people:read', 'stats:read', 'cases:read', 'legal_aid:read', 'supervision:read'];

export const rolePermissions: Record<Role, readonly Permission[]> = {
  admin: permissions,
  office_admin: permissions,
  staff: [...reads, 'users:read', 'idnumbers:read', 'employers:write', 'mediation_orgs:write', 'mediation_orgs:review', 'people:write', 'org_reports:write', 'cases:write', 'major_reports:acknowledge', 'legal_aid:write', 'subsidies:pay', 'supervision:write'],
  mediator: [...reads, 'idnumbers:read', 'org_reports:write', 'cases:write'],
  supervisor: [...reads, 'supervision:write'],
  lawyer: ['offices:read', 'employers:read', 'people:read', 'idnumbers:read', 'legal_aid:read', 'legal_aid:write'],
  viewer: [...reads],
};

export function permissionsOf(held: readonly Role[]): Set<Permission> {
  return new Set(held.flatMap((r) => rolePermissions[r] ?? []));
}

/** Which roles a user may grant: an administrator any, an office administrator any but `admin`. */
export function grantableRoles(held: readonly Role[]): Role[] {
  if (held.includes('admin')) return [...roles];
  if (held.includes('office_admin')) return roles.filter((r) => r !== 'admin');
  return [];
}
