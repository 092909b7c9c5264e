import type { OfficeKind } from '../offices/offices.js';

/** domain.md §2: the union an employer reports to is the city federation, a district federation or a group union. */
export const unionOfficeKinds: readonly OfficeKind[] = ['city_federation', 'district_federation', 'group_union'];

export type EmployerProblem =
  | { path: 'unionOfficeId'; rule: 'employer.union_office_kind' }
  | { path: 'unionOfficeId'; rule: 'employer.union_office_without_union' }
  | { path: 'unionOfficeId'; rule: 'employer.union_office_required' }
  | { path: 'groupId'; rule: 'employer.group_kind' };

/** The employer's links to the union network, checked against the offices they name. */
export function checkEmployerUnion(e: {
  unionized: boolean;
  unionOfficeKind: OfficeKind | null;
  groupKind: OfficeKind | null;
}): EmployerProblem[] {
  const problems: EmployerProblem[] = [];
  if (e.unionized && !e.unionOfficeKind) problems.push({ path: 'unionOfficeId', rule: 'employer.union_office_required' });
  if (!e.unionized && e.unionOfficeKind) problems.push({ path: 'unionOfficeId', rule: 'employer.union_office_without_union' });
  if (e.unionOfficeKind && !unionOfficeKinds.includes(e.unionOfficeKind)) problems.push({ path: 'unionOfficeId', rule: 'employer.union_office_kind' });
  if (e.groupKind && e.groupKind !== 'group_union') problems.push({ path: 'groupId', rule: 'employer.group_kind' });
  return problems;
}

/** The fields a list sorts by (`?sort=field` or `-field`): a plain constant, so a page reading it loads no schema. */
export const employerSortFields = ['name', 'employeeCount', 'createdAt', 'creditCode'] as const;
