import {
  AlertOutlined,
  ApartmentOutlined,
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
  MoneyCollectOutlined,
  SafetyCertificateOutlined,
  ScheduleOutlined,
  SolutionOutlined,
  TeamOutlined,
  UnorderedListOutlined,
} from '@ant-design/icons';
import { Tooltip, type MenuProps } from 'antd';
import { importPermissions, importResources, type Permission } from '@union/shared';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';

type Items = NonNullable<MenuProps['items']>;

/** Features of later releases: in the menu so users see what is coming, but not clickable yet. */
const comingLater = [
  { key: 'supervision', icon: <AuditOutlined /> },
] as const;

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

/** The legal-aid group (法律援助): the review queue, intake and the lawyers' subsidies. */
const legalAid = [
  { key: '/legal-aid', icon: <UnorderedListOutlined />, label: 'legalAidList', needs: 'legal_aid:read' },
  { key: '/legal-aid/new', icon: <FileAddOutlined />, label: 'legalAidIntake', needs: 'legal_aid:write' },
  { key: '/subsidies', icon: <MoneyCollectOutlined />, label: 'subsidies', needs: 'legal_aid:read' },
] as const satisfies readonly Entry[];

/** The registry group (备案登记); each entry shows only to those who may read it. */
const registry = [
  { key: '/employers', icon: <BankOutlined />, label: 'employers', needs: 'employers:read' },
  { key: '/mediation-orgs', icon: <FileProtectOutlined />, label: 'mediationOrgs', needs: 'mediation_orgs:read' },
  { key: '/mediation-orgs/review', icon: <CarryOutOutlined />, label: 'review', needs: 'mediation_orgs:review' },
  { key: '/org-reports', icon: <ScheduleOutlined />, label: 'orgReports', needs: 'mediation_orgs:read' },
  { key: '/people', icon: <IdcardOutlined />, label: 'people', needs: 'people:read' },
] as const satisfies readonly Entry[];

/** Single entries below the groups: every signed-in user has an inbox and may read the deadlines. */
const singles = ['/offices', '/users', '/statistics', '/notifications', '/settings/clocks', '/imports'];

export const registryKey = 'registry';
export const casesKey = 'cases';
export const legalAidKey = 'legalAid';

export function navItems(t: TFunction, held: ReadonlySet<Permission>): Items {
  const group = (entries: readonly Entry[]) =>
    entries.filter((item) => held.has(item.needs)).map(({ key, icon, label }) => ({ key, icon, label: t(`nav.${label}` as 'nav.cases') }));
  const caseItems = group(cases);
  const registryItems = group(registry);
  const legalAidItems = group(legalAid);
  return [
    ...(caseItems.length ? [{ key: casesKey, icon: <SolutionOutlined />, label: t('nav.cases'), children: caseItems }] : []),
    ...(legalAidItems.length ? [{ key: legalAidKey, icon: <SafetyCertificateOutlined />, label: t('nav.legalAid'), children: legalAidItems }] : []),
    { key: '/notifications', icon: <BellOutlined />, label: t('nav.notifications') },
    { key: '/offices', icon: <ApartmentOutlined />, label: t('nav.offices') },
    ...(held.has('users:read') ? [{ key: '/users', icon: <TeamOutlined />, label: t('nav.users') }] : []),
    ...(registryItems.length ? [{ key: registryKey, icon: <FileSearchOutlined />, label: t('nav.registry'), children: registryItems }] : []),
    ...(held.has('stats:read') ? [{ key: '/statistics', icon: <BarChartOutlined />, label: t('nav.statistics') }] : []),
    { key: '/settings/clocks', icon: <ClockCircleOutlined />, label: t('nav.settings') },
    ...(importResources.some((r) => held.has(importPermissions[r])) ? [{ key: '/imports', icon: <ImportOutlined />, label: t('nav.imports') }] : []),
    { type: 'divider' },
    ...comingLater.map(({ key, icon }) => ({
      key,
      icon,
      disabled: true,
      label: (
        <Tooltip title={t('nav.comingLater')} placement="right">
          <span>{t(`nav.${key}`)}</span>
        </Tooltip>
      ),
    })),
  ];
}

/** The menu entry a path belongs to: the longest entry key the path starts with, segment by segment. */
export function selectedNavKey(pathname: string): string {
  const keys = [...singles, ...cases.map((item) => item.key), ...legalAid.map((item) => item.key), ...registry.map((item) => item.key)];
  const matches = keys.filter((key) => pathname === key || pathname.startsWith(`${key}/`));
  return matches.sort((a, b) => b.length - a.length)[0] ?? `/${pathname.split('/')[1]}`;
}
