import { describe, expect, it } from 'vitest';
import { grantableRoles, permissions, permissionsOf, rolePermissions, roles } from './roles.js';
import { passwordProblems } from './schemas.js';

describe('roles and permissions', () => {
  it('gives the administrator every permission', () => {
    expect([...permissionsOf(['admin'])].sort()).toEqual([...permissions].sort());
  });

  it('unites the permissions of several roles', () => {
    expect(permissionsOf(['viewer', 'office_admin'])).toEqual(new Set(rolePermissions.office_admin));
  });

  it('lets only administrators and office administrators manage users and offices', () => {
    for (const role of roles) {
      const p = permissionsOf([role]);
      expect(p.has('users:write')).toBe(role === 'admin' || role === 'office_admin');
      expect(p.has('offices:write')).toBe(role === 'admin' || role === 'office_admin');
    }
  });

  it('lets an office administrator grant every role but admin, and others none', () => {
    expect(grantableRoles(['admin'])).toEqual([...roles]);
    expect(grantableRoles(['office_admin'])).toEqual(roles.filter((r) => r !== 'admin'));
    for (const role of roles.filter((r) => r !== 'admin' && r !== 'office_admin')) expect(grantableRoles([role])).toEqual([]);
  });
});

describe('password strength', () => {
  it.each([
    ['admin123', null],
    ['demo1234', null],
    ['short1', 'user.password_weak'],
    ['lettersonly', 'user.password_weak'],
    ['12345678', 'user.password_weak'],
  ] as const)('%s → %s', (password, problem) => expect(passwordProblems(password)).toBe(problem));
});
