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
] as const;
export type Permission = (typeof permissions)[number];

export const permissionLabels: Record<Permission, Label> = {
  'offices:read': { zh: '查看机构', en: 'Read offices' },
  'offices:write': { zh: '管理机构', en: 'Manage offices' },
  'users:read': { zh: '查看用户', en: 'Read users' },
  'users:write': { zh: '管理用户', en: 'Manage users' },
  'audit:read': { zh: '查看操作日志', en: 'Read the audit log' },
  'idnumbers:read': { zh: '查看完整身份证号', en: 'See full ID numbers' },
};

export const rolePermissions: Record<Role, readonly Permission[]> = {
  admin: permissions,
  office_admin: ['offices:read', 'offices:write', 'users:read', 'users:write', 'audit:read', 'idnumbers:read'],
  staff: ['offices:read', 'users:read', 'idnumbers:read'],
  mediator: ['offices:read', 'idnumbers:read'],
  supervisor: ['offices:read'],
  lawyer: ['offices:read', 'idnumbers:read'],
  viewer: ['offices:read'],
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
