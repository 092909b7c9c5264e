import {
  ApartmentOutlined,
  AuditOutlined,
  BankOutlined,
  BarChartOutlined,
  CarryOutOutlined,
  FileProtectOutlined,
  FileSearchOutlined,
  IdcardOutlined,
  ImportOutlined,
  SafetyCertificateOutlined,
  ScheduleOutlined,
  SolutionOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import { Tooltip, type MenuProps } from 'antd';
import type { Permission } from '@union/shared';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';

type Items = NonNullable<MenuProps['items']>;

/** Features of later releases: in the menu so users see what is coming, but not clickable yet. */
const comingLater = [
  { key: 'cases', icon: <SolutionOutlined /> },
  { key: 'legalAid', icon: <SafetyCertificateOutlined /> },
  { key: 'supervision', icon: <AuditOutlined /> },
  { key: 'imports', icon: <ImportOutlined /> },
] as const;

/** The registry group (备案登记); each entry shows only to those who may read it. */
const registry = [
  { key: '/employers', icon: <BankOutlined />, label: 'employers', needs: 'employers:read' },
  { key: '/mediation-orgs', icon: <FileProtectOutlined />, label: 'mediationOrgs', needs: 'mediation_orgs:read' },
  { key: '/mediation-orgs/review', icon: <CarryOutOutlined />, label: 'review', needs: 'mediation_orgs:review' },
  { key: '/org-reports', icon: <ScheduleOutlined />, label: 'orgReports', needs: 'mediation_orgs:read' },
  { key: '/people', icon: <IdcardOutlined />, label: 'people', needs: 'people:read' },
] as const satisfies readonly { key: string; icon: ReactNode; label: string; needs: Permission }[];

export const registryKey = 'registry';

export function navItems(t: TFunction, held: ReadonlySet<Permission>): Items {
  const registryItems = registry
    .filter((item) => held.has(item.needs))
    .map(({ key, icon, label }) => ({ key, icon, label: t(`nav.${label}`) }));
  return [
    { key: '/offices', icon: <ApartmentOutlined />, label: t('nav.offices') },
    ...(held.has('users:read') ? [{ key: '/users', icon: <TeamOutlined />, label: t('nav.users') }] : []),
    ...(registryItems.length ? [{ key: registryKey, icon: <FileSearchOutlined />, label: t('nav.registry'), children: registryItems }] : []),
    ...(held.has('stats:read') ? [{ key: '/statistics', icon: <BarChartOutlined />, label: t('nav.statistics') }] : []),
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
  const keys = ['/offices', '/users', '/statistics', ...registry.map((item) => item.key)];
  const matches = keys.filter((key) => pathname === key || pathname.startsWith(`${key}/`));
  return matches.sort((a, b) => b.length - a.length)[0] ?? `/${pathname.split('/')[1]}`;
}
