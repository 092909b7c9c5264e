import { AuditOutlined, EditOutlined, FileAddOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { Button, Descriptions, Space, Tag, Typography } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageSpinner } from '@/components/PageSpinner';
import { QueryError } from '@/components/QueryError';
import { Panel } from '@/components/Panel';
import { useCan } from '@/features/auth';
import { useFormatDateTime } from '@/lib/format';
import { useEmployer } from '../api/get-employer';

const EmployerFormModal = lazy(() => import('../components/EmployerFormModal').then((m) => ({ default: m.EmployerFormModal })));

/** One employer: its registration, its union links, and the way to its mediation organizations. */
export default function EmployerDetailPage() {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const employerId = useParams().employerId;
  const employer = useEmployer(employerId);
  const canWrite = useCan('employers:write');
  const canFile = useCan('mediation_orgs:write');
  const canReadSupervision = useCan('supervision:read');
  const [editing, setEditing] = useState<boolean | null>(null);

  if (employer.isError) return <QueryError error={employer.error} onRetry={() => void employer.refetch()} />;
  if (!employer.data) return <PageSpinner />;
  const e = employer.data;
  const none = t('common.none');

  return (
    <Panel
      title={
        <Space>
          <Link to="/employers">{t('employers.title')}</Link>
          <span>/</span>
          <span>{e.name}</span>
        </Space>
      }
      extra={
        <Space>
          <Link to={`/mediation-orgs?employerId=${e.id}`}>
            <Button icon={<UnorderedListOutlined />}>{t('employers.orgs')}</Button>
          </Link>
          {canReadSupervision && (
            <Link to={`/notices?employerId=${e.id}`}>
              <Button icon={<AuditOutlined />}>{t('employers.notices')}</Button>
            </Link>
          )}
          {canFile && (
            <Link to={`/mediation-orgs/new?employerId=${e.id}`}>
              <Button icon={<FileAddOutlined />}>{t('employers.fileOrg')}</Button>
            </Link>
          )}
          {canWrite && (
            <Button type="primary" icon={<EditOutlined />} onClick={() => setEditing(true)}>
              {t('common.edit')}
            </Button>
          )}
        </Space>
      }
    >
      <Descriptions column={2} bordered size="middle" styles={{ label: { width: 160 } }}>
        <Descriptions.Item label={t('employers.name')} span={2}>
          {e.name}
        </Descriptions.Item>
        <Descriptions.Item label={t('employers.creditCode')}>
          <Typography.Text copyable style={{ fontFamily: 'monospace' }}>
            {e.creditCode}
          </Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label={t('employers.externalId')}>{e.externalId ?? none}</Descriptions.Item>
        <Descriptions.Item label={t('employers.street')}>
          {e.regionCode} {e.regionName}
        </Descriptions.Item>
        <Descriptions.Item label={t('employers.industry')}>{e.industry}</Descriptions.Item>
        <Descriptions.Item label={t('employers.employeeCount')}>{e.employeeCount.toLocaleString()}</Descriptions.Item>
        <Descriptions.Item label={t('employers.unionized')}>
          {e.unionized ? <Tag color="green">{t('employers.unionizedYes')}</Tag> : <Tag>{t('employers.unionizedNo')}</Tag>}
        </Descriptions.Item>
        <Descriptions.Item label={t('employers.unionOffice')}>{e.unionOfficeName ?? none}</Descriptions.Item>
        <Descriptions.Item label={t('employers.group')}>{e.groupName ?? none}</Descriptions.Item>
        <Descriptions.Item label={t('employers.createdAt')}>{formatDateTime(e.createdAt)}</Descriptions.Item>
        <Descriptions.Item label={t('employers.updatedAt')}>{formatDateTime(e.updatedAt)}</Descriptions.Item>
      </Descriptions>
      {editing !== null && (
        <Suspense fallback={null}>
          <EmployerFormModal employerId={e.id} open={editing} onClose={() => setEditing(false)} />
        </Suspense>
      )}
    </Panel>
  );
}
