import { PrinterOutlined } from '@ant-design/icons';
import { Alert, Button, Col, Descriptions, Row, Space, Table, Typography, type TableColumnsType } from 'antd';
import { caseChannelLabels, claimCategoryLabels, type Case } from '@union/shared';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageSpinner } from '@/components/PageSpinner';
import { QueryError } from '@/components/QueryError';
import { useFormatDateTime } from '@/lib/format';
import { useLabel } from '@/lib/i18n';
import { useRegionName } from '@/lib/regions';
import { useCase } from '../api/get-case';
import { CaseActions } from '../components/CaseActions';
import { CaseFlags, CaseStatusTag } from '../components/CaseTags';
import { ClockTag } from '@/components/ClockTag';
import { Panel } from '@/components/Panel';
import { CaseTimeline } from '../components/CaseTimeline';
import { hasAgreement } from '../utils/agreement';
import { formatYuan } from '@/lib/money';

type Worker = Case['workers'][number];
type Claim = Case['claims'][number];

/** One case: its parties and claims, its clock, the whole timeline, and the steps the user may take now. */
export default function CaseDetailPage() {
  const { t } = useTranslation();
  const label = useLabel();
  const formatDateTime = useFormatDateTime();
  const caseId = useParams().caseId;
  const found = useCase(caseId);
  const sourceDistrict = useRegionName(found.data?.source?.regionCode);

  if (found.isError) return <QueryError error={found.error} onRetry={() => void found.refetch()} />;
  if (!found.data) return <PageSpinner />;
  const c = found.data;
  const none = t('common.none');

  const workerColumns: TableColumnsType<Worker> = [
    { key: 'n', title: '#', width: 48, render: (_, __, i) => i + 1 },
    { key: 'name', title: t('cases.workerName'), dataIndex: 'name' },
    { key: 'idNumber', title: t('cases.idNumber'), render: (_, w) => <span style={{ fontFamily: 'monospace' }}>{w.idNumber ?? none}</span> },
    { key: 'phone', title: t('cases.phone'), render: (_, w) => w.phone ?? none },
    { key: 'household', title: t('cases.household'), render: (_, w) => (w.household ? t(`cases.households.${w.household}`) : none) },
  ];
  const claimColumns: TableColumnsType<Claim> = [
    { key: 'category', title: t('cases.category'), render: (_, claim) => label(claimCategoryLabels[claim.category]) },
    { key: 'amount', title: t('cases.amount'), align: 'right', render: (_, claim) => formatYuan(claim.amount) },
  ];

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Panel
        title={
          <Space wrap>
            <Link to="/cases">{t('cases.title')}</Link>
            <span>/</span>
            <span style={{ fontFamily: 'monospace' }} data-testid="case-no">
              {c.caseNo}
            </span>
            <span data-testid="case-status">
              <CaseStatusTag status={c.status} />
            </span>
            <CaseFlags c={c} />
          </Space>
        }
        extra={
          <Space wrap>
            <CaseActions c={c} />
            {hasAgreement(c) && (
              <Link to={`/cases/${c.id}/agreement`} target="_blank">
                <Button icon={<PrinterOutlined />}>{t('cases.printAgreement')}</Button>
              </Link>
            )}
          </Space>
        }
      >
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          {c.pendingTransferOrgId && (
            <Alert
              type="warning"
              showIcon
              data-testid="pending-transfer"
              title={c.access === 'receiver' ? t('cases.transferToYou', { org: c.pendingTransferOrgName ?? '' }) : t('cases.transferWaiting', { org: c.pendingTransferOrgName ?? '' })}
            />
          )}
          {c.access === 'sender' && <Alert type="info" showIcon title={t('cases.sentOn', { org: c.handlerOrgName })} />}
          <Row gutter={24}>
            <Col xs={24} xl={16}>
              <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
                <Descriptions column={2} bordered size="middle" styles={{ label: { width: 140 } }}>
                  <Descriptions.Item label={t('cases.caseNo')}>
                    <Typography.Text copyable style={{ fontFamily: 'monospace' }}>
                      {c.caseNo}
                    </Typography.Text>
                  </Descriptions.Item>
                  <Descriptions.Item label={t('cases.channel')}>{label(caseChannelLabels[c.channel])}</Descriptions.Item>
                  {c.source && (
                    <Descriptions.Item label={t('cases.source')} span={2}>
                      {t('cases.sourceIs', { body: c.source.body, district: sourceDistrict ?? c.source.regionCode, reference: c.source.reference })}
                    </Descriptions.Item>
                  )}
                  <Descriptions.Item label={t('cases.employer')}>
                    <Link to={`/employers/${c.employerId}`}>{c.employerName}</Link>
                  </Descriptions.Item>
                  <Descriptions.Item label={t('cases.handlerOrg')}>{c.handlerOrgName}</Descriptions.Item>
                  <Descriptions.Item label={t('cases.receivedAt')}>{formatDateTime(c.receivedAt)}</Descriptions.Item>
                  <Descriptions.Item label={t('cases.dueAt')}>
                    <span data-testid="case-clock">
                      <ClockTag clock={c.clock} dueAt={c.dueAt} />
                    </span>
                  </Descriptions.Item>
                  <Descriptions.Item label={t('cases.amountClaimed')}>
                    {formatYuan(c.amountClaimed)} {t('cases.yuan')}
                  </Descriptions.Item>
                  <Descriptions.Item label={t('cases.workerCountLabel')}>{c.workerCount}</Descriptions.Item>
                  {c.outcome && <Descriptions.Item label={t('cases.outcome')}>{t(`cases.outcomes.${c.outcome as 'settled' | 'failed' | 'returned_to_source'}`, { defaultValue: c.outcome })}</Descriptions.Item>}
                  {c.closedAt && <Descriptions.Item label={t('cases.closedAt')}>{formatDateTime(c.closedAt)}</Descriptions.Item>}
                  {c.linkedCaseId && (
                    <Descriptions.Item label={t('cases.linkedCase')} span={2}>
                      <Link to={`/cases/${c.linkedCaseId}`}>{t('cases.openLinked')}</Link>
                    </Descriptions.Item>
                  )}
                  <Descriptions.Item label={t('cases.description')} span={2}>
                    <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>{c.description}</Typography.Paragraph>
                  </Descriptions.Item>
                </Descriptions>
                <Panel size="small" title={t('cases.claims')}>
                  <Table<Claim>
                    rowKey={(_, i) => String(i)}
                    size="small"
                    columns={claimColumns}
                    dataSource={c.claims}
                    pagination={false}
                    summary={() => (
                      <Table.Summary.Row>
                        <Table.Summary.Cell index={0}>
                          <Typography.Text strong>{t('cases.total')}</Typography.Text>
                        </Table.Summary.Cell>
                        <Table.Summary.Cell index={1} align="right">
                          <Typography.Text strong>{formatYuan(c.amountClaimed)}</Typography.Text>
                        </Table.Summary.Cell>
                      </Table.Summary.Row>
                    )}
                  />
                </Panel>
                <Panel size="small" title={t('cases.workersOf', { count: c.workerCount })}>
                  <Table<Worker> data-testid="case-workers" rowKey={(_, i) => String(i)} size="small" columns={workerColumns} dataSource={c.workers} pagination={c.workers.length > 20 ? { pageSize: 20 } : false} />
                </Panel>
              </Space>
            </Col>
            <Col xs={24} xl={8}>
              <Panel size="small" title={t('cases.timeline')}>
                <CaseTimeline caseId={c.id} />
              </Panel>
            </Col>
          </Row>
        </Space>
      </Panel>
    </Space>
  );
}
