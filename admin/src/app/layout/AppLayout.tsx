import { LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Flex, Layout, Menu, Space, Typography } from 'antd';
import { Suspense, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { LanguageSwitch } from '@/components/LanguageSwitch';
import { PageSpinner } from '@/components/PageSpinner';
import { useLogout, useMe } from '@/features/auth';
import { NotificationBell } from '@/features/notifications';
import { casesKey, integrationsKey, legalAidKey, navItems, registryKey, selectedNavKey, supervisionKey } from './nav';

export function AppLayout() {
  const { t } = useTranslation();
  const [collapsed, setCollapsed] = useState(false);
  const navigate = useNavigate();
  const selected = selectedNavKey(useLocation().pathname);
  const me = useMe().data;
  const logout = useLogout();
  const held = useMemo(() => new Set(me?.permissions ?? []), [me?.permissions]);
  const items = navItems(t, held);
  // Signing out on purpose leads to a plain login page: the next user starts at home, not where this one was.
  // (The layout unmounts as the session ends, so this waits on the promise rather than a mutate callback.)
  const signOut = () => void logout.mutateAsync().catch(() => undefined).finally(() => navigate('/login', { replace: true }));

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider
        collapsible
        collapsed={collapsed}
        onCollapse={setCollapsed}
        width={220}
        // the menu scrolls within the window's height, above the collapse trigger, however long it grows
        style={{ position: 'sticky', top: 0, height: '100vh', overflow: 'auto' }}
      >
        <Typography.Title level={5} ellipsis style={{ color: '#fff', margin: 0, padding: '20px 16px', textAlign: 'center' }}>
          {collapsed ? t('app.shortTitle') : t('app.title')}
        </Typography.Title>
        <Menu
          theme="dark"
          mode="inline"
          selectedKeys={[selected]}
          defaultOpenKeys={[casesKey, legalAidKey, supervisionKey, registryKey, ...(selected.startsWith('/integrations/') ? [integrationsKey] : [])]}
          items={items}
          onClick={({ key }) => navigate(key)}
          // room to scroll the last entries out from under the collapse trigger
          style={{ paddingBottom: 48 }}
        />
      </Layout.Sider>
      <Layout>
        <Layout.Header style={{ background: '#fff', paddingInline: 24, borderBottom: '1px solid #f0f0f0' }}>
          <Flex justify="flex-end" align="center" gap="middle" style={{ height: '100%' }}>
            {me && (
              <Space size="small">
                <UserOutlined />
                <Typography.Text strong>{me.displayName}</Typography.Text>
                <Typography.Text type="secondary">{me.officeName}</Typography.Text>
              </Space>
            )}
            <NotificationBell />
            <LanguageSwitch />
            <Button icon={<LogoutOutlined />} loading={logout.isPending} onClick={signOut}>
              {t('header.logout')}
            </Button>
          </Flex>
        </Layout.Header>
        <Layout.Content style={{ padding: 24 }}>
          <Suspense fallback={<PageSpinner />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
