import {
  AccountBookOutlined,
  AlertOutlined,
  ApartmentOutlined,
  ApiOutlined,
  AuditOutlined,
  BankOutlined,
  BarChartOutlined,
  BellOutlined,
  CarryOutOutlined,
  ClockCircleOutlined,
  FileAddOutlined,
  FileProtectOutlined,
  FileSearchOutlined,
  FireOutlined,
  IdcardOutlined,
  ImportOutlined,
  InboxOutlined,
  KeyOutlined,
  MoneyCollectOutlined,
  PieChartOutlined,
  RiseOutlined,
  SendOutlined,
  SafetyCertificateOutlined,
  ScheduleOutlined,
  SolutionOutlined,
  TeamOutlined,
  UnorderedListOutlined,
} from '@ant-design/icons';
import type { MenuProps } from 'antd';
import { importPermissions, importResources, type Permission } from '@union/shared';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';

type Items = NonNullable<MenuProps['items']>;


interface Entry {
  key: string;
  icon: ReactNode;
  label: string;
  needs: Permission;
}

/** The dispute-case group (争议案件): the day's queue first, then the list, intake and the city's board. */
const cases = [
  { key: '/my-work', icon: <InboxOutlined />, label: 'myWork', needs: 'cases:write' },
  { key: '/cases', icon: <UnorderedListOutlined />, label: 'caseList', needs: 'cases:read' },
  { key: '/cases/new', icon: <FileAddOutlined />, label: 'caseIntake', needs: 'cases:write' },
  { key: '/major-reports', icon: <FireOutlined />, label: 'majorReports', needs: 'cases:read' },
  { key: '/warnings', icon: <AlertOutlined />, label: 'warnings', needs: 'cases:read' },
] as const satisfies readonly Entry[];

/** The legal-aid group (法律援助): the review queue, intake, the lawyers' subsidies, the fee schedule and the figures. */
const legalAid = [
  { key: '/legal-aid', icon: <UnorderedListOutlined />, label: 'legalAidList', needs: 'legal_aid:read' },
  { key: '/legal-aid/new', icon: <FileAddOutlined />, label: 'legalAidIntake', needs: 'legal_aid:write' },
  { key: '/subsidies', icon: <MoneyCollectOutlined />, label: 'subsidies', needs: 'legal_aid:read' },
  { key: '/legal-aid/fee-schedule', icon: <AccountBookOutlined />, label: 'feeSchedule', needs: 'legal_aid:read' },
  { key: '/statistics/legal-aid', icon: <BarChartOutlined />, label: 'legalAidFigures', needs: 'stats:read' },
] as const satisfies readonly Entry[];

/** The supervision group (劳动法律监督): inspections, the notices and their escalation queue, and the figures. */
const supervision = [
  { key: '/inspections', icon: <FileSearchOutlined />, label: 'inspections', needs: 'supervision:read' },
  { key: '/notices', icon: <UnorderedListOutlined />, label: 'notices', needs: 'supervision:read' },
  { key: '/notices/new', icon: <FileAddOutlined />, label: 'noticeNew', needs: 'supervision:write' },
  { key: '/notices/escalation', icon: <RiseOutlined />, label: 'escalation', needs: 'supervision:read' },
  { key: '/statistics/supervision', icon: <PieChartOutlined />, label: 'supervisionStats', needs: 'stats:read' },
] as const satisfies readonly Entry[];

/** The registry group (备案登记); each entry shows only to those who may read it. */
const registry = [
  { key: '/employers', icon: <BankOutlined />, label: 'employers', needs: 'employers:read' },
  { key: '/mediation-orgs', icon: <FileProtectOutlined />, label: 'mediationOrgs', needs: 'mediation_orgs:read' },
  { key: '/mediation-orgs/review', icon: <CarryOutOutlined />, label: 'review', needs: 'mediation_orgs:review' },
  { key: '/org-reports', icon: <ScheduleOutlined />, label: 'orgReports', needs: 'mediation_orgs:read' },
  { key: '/people', icon: <IdcardOutlined />, label: 'people', needs: 'people:read' },
] as const satisfies readonly Entry[];

/** The integrations group (系统对接): keys other systems call with, and where events are sent. */
const integrations = [
  { key: '/integrations/api-keys', icon: <KeyOutlined />, label: 'apiKeys', needs: 'api_clients:write' },
  { key: '/integrations/webhooks', icon: <SendOutlined />, label: 'webhooks', needs: 'webhooks:write' },
] as const satisfies readonly Entry[];

/** Single entries below the groups: every signed-in user has an inbox and may read the deadlines. */
const singles = ['/offices', '/users', '/statistics', '/notifications', '/settings/clocks', '/imports'];

export const registryKey = 'registry';
export const casesKey = 'cases';
export const legalAidKey = 'legalAid';
export const supervisionKey = 'supervision';
export const integrationsKey = 'integrations';

export function navItems(t: TFunction, held: ReadonlySet<Permission>): Items {
  const group = (entries: readonly Entry[]) =>
    entries.filter((item) => held.has(item.needs)).map(({ key, icon, label }) => ({ key, icon, label: t(`nav.${label}` as 'nav.cases') }));
  const caseItems = group(cases);
  const registryItems = group(registry);
  const legalAidItems = group(legalAid);
  const supervisionItems = group(supervision);
  const integrationItems = group(integrations);
  return [
    ...(caseItems.length ? [{ key: casesKey, icon: <SolutionOutlined />, label: t('nav.cases'), children: caseItems }] : []),
    ...(legalAidItems.length ? [{ key: legalAidKey, icon: <SafetyCertificateOutlined />, label: t('nav.legalAid'), children: legalAidItems }] : []),
    ...(supervisionItems.length ? [{ key: supervisionKey, icon: <AuditOutlined />, label: t('nav.supervision'), children: supervisionItems }] : []),
    { key: '/notifications', icon: <BellOutlined />, label: t('nav.notifications') },
    { key: '/offices', icon: <ApartmentOutlined />, label: t('nav.offices') },
    ...(held.has('users:read') ? [{ key: '/users', icon: <TeamOutlined />, label: t('nav.users') }] : []),
    ...(registryItems.length ? [{ key: registryKey, icon: <FileSearchOutlined />, label: t('nav.registry'), children: registryItems }] : []),
    ...(held.has('stats:read') ? [{ key: '/statistics', icon: <BarChartOutlined />, label: t('nav.statistics') }] : []),
    { key: '/settings/clocks', icon: <ClockCircleOutlined />, label: t('nav.settings') },
    ...(importResources.some((r) => held.has(importPermissions[r])) ? [{ key: '/imports', icon: <ImportOutlined />, label: t('nav.imports') }] : []),
    ...(integrationItems.length ? [{ key: integrationsKey, icon: <ApiOutlined />, label: t('nav.integrations'), children: integrationItems }] : []),
  ];
}

/** The menu entry a path belongs to: the longest entry key the path starts with, segment by segment. */
export function selectedNavKey(pathname: string): string {
  const keys = [...singles, ...cases.map((item) => item.key), ...legalAid.map((item) => item.key), ...supervision.map((item) => item.key), ...registry.map((item) => item.key), ...integrations.map((item) => item.key)];
  const matches = keys.filter((key) => pathname === key || pathname.startsWith(`${key}/`));
  return matches.sort((a, b) => b.length - a.length)[0] ?? `/${pathname.split('/')[1]}`;
}
