import { CheckOutlined } from '@ant-design/icons';
import { Button, Descriptions, Space, Typography } from 'antd';
import { warningKindLabels } from '@union/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageSpinner } from '@/components/PageSpinner';
import { QueryError } from '@/components/QueryError';
import { Panel } from '@/components/Panel';
import { useCan } from '@/features/auth';
import { useFormatDateTime } from '@/lib/format';
import { useLabel } from '@/lib/i18n';
import { useWarning } from '../api/get-warning';
import { ResolveWarningModal } from '../components/ResolveWarningModal';
import { WarningLevelTag, WarningStatusTag } from '../components/WarningTags';

/** One warning: what was seen at which employer, by whom, and how it was dealt with. */
export default function WarningDetailPage() {
  const { t } = useTranslation();
  const label = useLabel();
  const formatDateTime = useFormatDateTime();
  const warningId = useParams().warningId;
  const warning = useWarning(warningId);
  const canWrite = useCan('cases:write');
  const [resolving, setResolving] = useState(false);

  if (warning.isError) return <QueryError error={warning.error} onRetry={() => void warning.refetch()} />;
  if (!warning.data) return <PageSpinner />;
  const w = warning.data;
  const none = t('common.none');

  return (
    <Panel
      title={
        <Space wrap>
          <Link to="/warnings">{t('warnings.title')}</Link>
          <span>/</span>
          <span>{w.employerName}</span>
          <span data-testid="warning-status">
            <WarningStatusTag status={w.status} />
          </span>
        </Space>
      }
      extra={
        canWrite &&
        w.status === 'open' && (
          <Button type="primary" icon={<CheckOutlined />} onClick={() => setResolving(true)}>
            {t('warnings.resolve')}
          </Button>
        )
      }
    >
      <Descriptions column={2} bordered size="middle" styles={{ label: { width: 140 } }}>
        <Descriptions.Item label={t('warnings.employer')}>
          <Link to={`/employers/${w.employerId}`}>{w.employerName}</Link>
        </Descriptions.Item>
        <Descriptions.Item label={t('warnings.office')}>{w.officeName}</Descriptions.Item>
        <Descriptions.Item label={t('warnings.kind')}>{label(warningKindLabels[w.kind])}</Descriptions.Item>
        <Descriptions.Item label={t('warnings.level')}>
          <WarningLevelTag level={w.level} />
        </Descriptions.Item>
        <Descriptions.Item label={t('warnings.filedBy')}>{w.filedBy ?? none}</Descriptions.Item>
        <Descriptions.Item label={t('warnings.filedAt')}>{formatDateTime(w.filedAt)}</Descriptions.Item>
        <Descriptions.Item label={t('warnings.description')} span={2}>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>{w.description}</Typography.Paragraph>
        </Descriptions.Item>
        <Descriptions.Item label={t('warnings.status')}>
          <WarningStatusTag status={w.status} />
        </Descriptions.Item>
        <Descriptions.Item label={t('warnings.resolvedAt')}>{formatDateTime(w.resolvedAt)}</Descriptions.Item>
        <Descriptions.Item label={t('warnings.resolution')} span={2}>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>{w.resolution ?? none}</Typography.Paragraph>
        </Descriptions.Item>
      </Descriptions>
      {resolving && <ResolveWarningModal warning={w} onClose={() => setResolving(false)} />}
    </Panel>
  );
}
