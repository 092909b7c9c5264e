import { EditOutlined, PrinterOutlined } from '@ant-design/icons';
import { Alert, Button, Col, Descriptions, Row, Space, Typography } from 'antd';
import { noticeLadder, noticeTypeLabels } from '@union/shared';
import { useCan } from '@/features/auth';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ClockTag } from '@/components/ClockTag';
import { PageSpinner } from '@/components/PageSpinner';
import { QueryError } from '@/components/QueryError';
import { Panel } from '@/components/Panel';
import { useFormatDateTime } from '@/lib/format';
import { useLabel } from '@/lib/i18n';
import { useNotice } from '../api/supervision';
import { NoticeActions } from '../components/NoticeActions';
import { NoticeLadder } from '../components/NoticeLadder';
import { CategoryTags, NoticeStatusTag, NoticeTypeTag, ReadyToEscalateTag, SeriousTag } from '../components/NoticeTags';
import { NoticeTimeline } from '../components/NoticeTimeline';

/** A notice: its ladder for the employer and breach, what it says, its deadline, the timeline, and the steps the user may take now. */
export default function NoticeDetailPage() {
  const { t } = useTranslation();
  const label = useLabel();
  const formatDateTime = useFormatDateTime();
  const { noticeId } = useParams();
  const found = useNotice(noticeId);
  const canWrite = useCan('supervision:write');

  if (found.isError) return <QueryError error={found.error} onRetry={() => void found.refetch()} />;
  if (!found.data) return <PageSpinner />;
  const n = found.data;
  const none = t('common.none');
  const addressee = noticeLadder[n.type].addressee;

  return (
    <Panel
      title={
        <Space wrap>
          <Link to="/notices">{t('supervision.notices')}</Link>
          <span>/</span>
          <NoticeTypeTag type={n.type} />
          <span style={{ fontFamily: 'monospace' }} data-testid="notice-no">
            {n.noticeNo ?? t('supervision.unnumbered')}
          </span>
          <span data-testid="notice-status">
            <NoticeStatusTag status={n.status} />
          </span>
          <SeriousTag serious={n.serious} />
          <ReadyToEscalateTag ready={n.readyToEscalate} />
        </Space>
      }
      extra={
        <Space wrap>
          {n.status === 'draft' && canWrite && (
            <Link to={`/notices/${n.id}/edit`}>
              <Button icon={<EditOutlined />}>{t('supervision.editDraft')}</Button>
            </Link>
          )}
          <NoticeActions n={n} />
          <Link to={`/notices/${n.id}/letter`}>
            <Button icon={<PrinterOutlined />}>{t('supervision.printLetter', { type: label(noticeTypeLabels[n.type]) })}</Button>
          </Link>
        </Space>
      }
    >
      <Space orientation="vertical" size="large" style={{ width: '100%' }}>
        {n.readyToEscalate && <Alert type="error" showIcon title={t('supervision.readyToEscalateHelp')} />}
        <Panel size="small" title={t('supervision.ladderOf', { employer: n.employerName })}>
          <NoticeLadder notice={n} />
        </Panel>
        <Row gutter={24}>
          <Col xs={24} xl={16}>
            <Descriptions column={2} bordered size="middle" styles={{ label: { width: 140 } }}>
              <Descriptions.Item label={t('supervision.employer')}>
                <Link to={`/employers/${n.employerId}`}>{n.employerName}</Link>
              </Descriptions.Item>
              <Descriptions.Item label={t('supervision.addressee')}>{t(`supervision.addressees.${addressee}`)}</Descriptions.Item>
              <Descriptions.Item label={t('supervision.categories')} span={2}>
                <CategoryTags categories={n.categories} />
              </Descriptions.Item>
              <Descriptions.Item label={t('supervision.facts')} span={2}>
                <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>{n.facts}</Typography.Paragraph>
              </Descriptions.Item>
              <Descriptions.Item label={t('supervision.legalBasis')} span={2}>
                <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>{n.legalBasis}</Typography.Paragraph>
              </Descriptions.Item>
              <Descriptions.Item label={t('supervision.office')}>{n.officeName}</Descriptions.Item>
              <Descriptions.Item label={t('supervision.issuedAt')}>{formatDateTime(n.issuedAt)}</Descriptions.Item>
              {n.type === 'opinion' && (
                <Descriptions.Item label={t('supervision.deadlineAt')} span={2}>
                  <span data-testid="notice-deadline">{n.deadlineAt ? <ClockTag clock={n.clock} dueAt={n.deadlineAt} /> : t('supervision.deadlineOnIssue')}</span>
                </Descriptions.Item>
              )}
              {n.publishedAt && <Descriptions.Item label={t('supervision.publishedAt')}>{formatDateTime(n.publishedAt)}</Descriptions.Item>}
              {n.closedAt && <Descriptions.Item label={t('supervision.closedAt')}>{formatDateTime(n.closedAt)}</Descriptions.Item>}
              <Descriptions.Item label={t('supervision.createdAt')}>{formatDateTime(n.createdAt)}</Descriptions.Item>
            </Descriptions>
          </Col>
          <Col xs={24} xl={8}>
            <Panel size="small" title={t('supervision.timeline')}>
              <NoticeTimeline id={n.id} />
            </Panel>
          </Col>
        </Row>
      </Space>
    </Panel>
  );
}
