import { LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Flex, Layout, Menu, Space, Typography } from 'antd';
import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { LanguageSwitch } from '@/components/LanguageSwitch';
import { PageSpinner } from '@/components/PageSpinner';
import { useCan, useLogout, useMe } from '@/features/auth';
import { navItems } from './nav';

export function AppLayout() {
  const { t } = useTranslation();
  const [collapsed, setCollapsed] = useState(false);
  const navigate = useNavigate();
  const section = `/${useLocation().pathname.split('/')[1]}`;
  const me = useMe().data;
  const logout = useLogout();
  const items = navItems(t, { readUsers: useCan('users:read') });

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider collapsible collapsed={collapsed} onCollapse={setCollapsed} width={220}>
        <Typography.Title level={5} ellipsis style={{ color: '#fff', margin: 0, padding: '20px 16px', textAlign: 'center' }}>
          {collapsed ? t('app.shortTitle') : t('app.title')}
        </Typography.Title>
        <Menu theme="dark" mode="inline" selectedKeys={[section]} items={items} onClick={({ key }) => navigate(key)} />
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
            <LanguageSwitch />
            <Button icon={<LogoutOutlined />} loading={logout.isPending} onClick={() => logout.mutate()}>
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
