import { Alert, Col, Descriptions, Row, Space, Typography } from 'antd';
import {
  fundingProgrammeLabels,
  hardshipLabels,
  householdLabels,
  legalAidChannelLabels,
  legalAidMatterLabels,
  legalAidOutcomeLabels,
  legalAidServiceLabels,
} from '@union/shared';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageSpinner } from '@/components/PageSpinner';
import { QueryError } from '@/components/QueryError';
import { ClockTag } from '@/components/ClockTag';
import { Panel } from '@/components/Panel';
import { useCan } from '@/features/auth';
import { formatYuan } from '@/lib/money';
import { useFormatDateTime } from '@/lib/format';
import { useLabel } from '@/lib/i18n';
import { useLegalAidApplication } from '../api/legal-aid';
import { LegalAidActions } from '../components/LegalAidActions';
import { LegalAidAttachments } from '../components/LegalAidAttachments';
import { GreenChannelTag, LegalAidStatusTag } from '../components/LegalAidTags';
import { LegalAidTimeline } from '../components/LegalAidTimeline';

/** An application: the applicant and claim, its clock, the timeline, and the steps the user may take now. */
export default function LegalAidDetailPage() {
  const { t } = useTranslation();
  const label = useLabel();
  const formatDateTime = useFormatDateTime();
  const { applicationId } = useParams();
  const found = useLegalAidApplication(applicationId);
  const canWrite = useCan('legal_aid:write');

  if (found.isError) return <QueryError error={found.error} onRetry={() => void found.refetch()} />;
  if (!found.data) return <PageSpinner />;
  const a = found.data;
  const none = t('common.none');
  const yuan = (amount: string) => `${formatYuan(amount)} ${t('legalAid.yuan')}`;

  return (
    <Panel
      title={
        <Space wrap>
          <Link to="/legal-aid">{t('legalAid.title')}</Link>
          <span>/</span>
          <span style={{ fontFamily: 'monospace' }} data-testid="application-no">
            {a.applicationNo}
          </span>
          <span data-testid="application-status">
            <LegalAidStatusTag status={a.status} />
          </span>
          <GreenChannelTag green={a.greenChannel} />
        </Space>
      }
      extra={<LegalAidActions a={a} />}
    >
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        {a.pendingTransferOfficeId && <Alert type="warning" showIcon title={t('legalAid.pendingTransfer')} />}
        <Row gutter={24}>
          <Col xs={24} xl={16}>
            <Descriptions column={2} bordered size="middle" styles={{ label: { width: 140 } }}>
              <Descriptions.Item label={t('legalAid.applicantName')}>{a.applicant.name}</Descriptions.Item>
              <Descriptions.Item label={t('legalAid.idNumber')}>
                <span style={{ fontFamily: 'monospace' }}>{a.applicant.idNumber ?? none}</span>
              </Descriptions.Item>
              <Descriptions.Item label={t('legalAid.phone')}>{a.applicant.phone ?? none}</Descriptions.Item>
              <Descriptions.Item label={t('legalAid.household')}>{label(householdLabels[a.applicant.household])}</Descriptions.Item>
              <Descriptions.Item label={t('legalAid.hardship')}>
                {label(hardshipLabels[a.applicant.hardship])}
                {a.hardshipExempt && <Typography.Text type="secondary">（{t('legalAid.hardshipExempt')}）</Typography.Text>}
              </Descriptions.Item>
              <Descriptions.Item label={t('legalAid.employer')}>
                <Link to={`/employers/${a.employerId}`}>{a.employerName}</Link>
              </Descriptions.Item>
              <Descriptions.Item label={t('legalAid.matter')}>{label(legalAidMatterLabels[a.matter])}</Descriptions.Item>
              <Descriptions.Item label={t('legalAid.service')}>{label(legalAidServiceLabels[a.service])}</Descriptions.Item>
              <Descriptions.Item label={t('legalAid.amount')}>{yuan(a.amount)}</Descriptions.Item>
              <Descriptions.Item label={t('legalAid.channel')}>{label(legalAidChannelLabels[a.channel])}</Descriptions.Item>
              <Descriptions.Item label={t('legalAid.funding')}>{label(fundingProgrammeLabels[a.funding])}</Descriptions.Item>
              <Descriptions.Item label={t('legalAid.office')}>{a.officeName}</Descriptions.Item>
              <Descriptions.Item label={t('legalAid.receivedAt')}>{formatDateTime(a.receivedAt)}</Descriptions.Item>
              <Descriptions.Item label={t('legalAid.decisionDueAt')}>
                {a.decisionDueAt ? <ClockTag clock={a.clockRule === 'legal_aid.decision' ? a.clock : 'stopped'} dueAt={a.decisionDueAt} /> : none}
              </Descriptions.Item>
              {a.assignmentDueAt && (
                <Descriptions.Item label={t('legalAid.assignmentDueAt')}>
                  <ClockTag clock={a.clockRule === 'legal_aid.assignment' ? a.clock : 'stopped'} dueAt={a.assignmentDueAt} />
                </Descriptions.Item>
              )}
              <Descriptions.Item label={t('legalAid.lawyer')}>
                <span data-testid="application-lawyer">{a.lawyerName ?? none}</span>
              </Descriptions.Item>
              {a.rejectionReason && (
                <Descriptions.Item label={t('legalAid.rejectionReason')} span={2}>
                  {a.rejectionReason}
                </Descriptions.Item>
              )}
              {a.outcome && <Descriptions.Item label={t('legalAid.outcome')}>{label(legalAidOutcomeLabels[a.outcome])}</Descriptions.Item>}
              {a.amountRecovered !== null && <Descriptions.Item label={t('legalAid.amountRecovered')}>{yuan(a.amountRecovered)}</Descriptions.Item>}
              {a.closedAt && <Descriptions.Item label={t('legalAid.closedAt')}>{formatDateTime(a.closedAt)}</Descriptions.Item>}
              <Descriptions.Item label={t('legalAid.description')} span={2}>
                <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>{a.description || none}</Typography.Paragraph>
              </Descriptions.Item>
            </Descriptions>
            <Panel size="small" title={t('legalAid.attachments')} style={{ marginTop: 16 }}>
              <LegalAidAttachments applicationId={a.id} canUpload={canWrite} />
            </Panel>
          </Col>
          <Col xs={24} xl={8}>
            <Panel size="small" title={t('legalAid.timeline')}>
              <LegalAidTimeline id={a.id} />
            </Panel>
          </Col>
        </Row>
      </Space>
    </Panel>
  );
}
