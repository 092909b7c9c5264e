import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Flex, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation, type Location } from 'react-router';
import { LanguageSwitch } from '@/components/LanguageSwitch';
import { Panel } from '@/components/Panel';
import { useShowApiError } from '@/lib/form-errors';
import { useSignedIn } from '@/lib/session';
import { useLogin, type LoginInput } from '../api/login';

export default function LoginPage() {
  const { t } = useTranslation();
  const [form] = Form.useForm<LoginInput>();
  const login = useLogin();
  const showApiError = useShowApiError();
  const signedIn = useSignedIn();
  const from = (useLocation().state as { from?: Location } | null)?.from;

  // signing in flips this, which also takes the user on to where they were going
  if (signedIn) return <Navigate to={from ? `${from.pathname}${from.search}` : '/'} replace />;

  const submit = (values: LoginInput) => login.mutate(values, { onError: (error) => showApiError(error, form) });

  return (
    <Flex vertical align="center" justify="center" gap="large" style={{ minHeight: '100vh', background: '#f0f2f5' }}>
      <Typography.Title level={2} style={{ margin: 0 }}>
        {t('app.title')}
      </Typography.Title>
      <Panel title={t('login.title')} extra={<LanguageSwitch />} style={{ width: 380 }}>
        <Form form={form} layout="vertical" requiredMark={false} onFinish={submit} disabled={login.isPending}>
          <Form.Item name="username" label={t('login.username')} rules={[{ required: true, whitespace: true }]}>
            <Input prefix={<UserOutlined />} autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item name="password" label={t('login.password')} rules={[{ required: true }]}>
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={login.isPending}>
            {t('login.submit')}
          </Button>
        </Form>
      </Panel>
      <Link to="/public/violations">{t('login.publicViolations')}</Link>
    </Flex>
  );
}
