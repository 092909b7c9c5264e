import {
  ApartmentOutlined,
  AuditOutlined,
  BarChartOutlined,
  FileProtectOutlined,
  ImportOutlined,
  SafetyCertificateOutlined,
  SolutionOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import { Tooltip, type MenuProps } from 'antd';
import type { TFunction } from 'i18next';

/** Features of later releases: in the menu so users see what is coming, but not clickable yet. */
const comingLater = [
  { key: 'registry', icon: <FileProtectOutlined /> },
  { key: 'cases', icon: <SolutionOutlined /> },
  { key: 'legalAid', icon: <SafetyCertificateOutlined /> },
  { key: 'supervision', icon: <AuditOutlined /> },
  { key: 'imports', icon: <ImportOutlined /> },
  { key: 'statistics', icon: <BarChartOutlined /> },
] as const;

export function navItems(t: TFunction, can: { readUsers: boolean }): NonNullable<MenuProps['items']> {
  return [
    { key: '/offices', icon: <ApartmentOutlined />, label: t('nav.offices') },
    ...(can.readUsers ? [{ key: '/users', icon: <TeamOutlined />, label: t('nav.users') }] : []),
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
