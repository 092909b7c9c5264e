import { EditOutlined } from '@ant-design/icons';
import { Button, Col, Descriptions, Row, Space, Typography } from 'antd';
import { filingRuleLabels, mediationOrgTypeLabels, reportingCadenceLabels } from '@union/shared';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageSpinner } from '@/components/PageSpinner';
import { QueryError } from '@/components/QueryError';
import { Panel } from '@/components/Panel';
import { useCan } from '@/features/auth';
import { useFormatDateTime } from '@/lib/format';
import { useLabel } from '@/lib/i18n';
import { useMediationOrg } from '../api/get-mediation-org';
import { Checklist, StandardizedTag } from '../components/Checklist';
import { FilingActions } from '../components/FilingActions';
import { FilingStatusTag } from '../components/FilingStatusTag';
import { FilingTimeline } from '../components/FilingTimeline';

// The reports and mediators below the filing (with their tables) load while the organization is fetched, not before the page shows.
const orgRecords = import('../components/OrgRecords');
const OrgRecords = lazy(() => orgRecords);
const OrgEditModal = lazy(() => import('../components/OrgEditModal').then((m) => ({ default: m.OrgEditModal })));

/** A filing: its facts, its checklist, its timeline, the steps the caller may take, its reports and its mediators. */
export default function MediationOrgDetailPage() {
  const { t } = useTranslation();
  const label = useLabel();
  const formatDateTime = useFormatDateTime();
  const orgId = useParams().orgId;
  const org = useMediationOrg(orgId);
  const canWrite = useCan('mediation_orgs:write');
  const [editing, setEditing] = useState(false);

  if (org.isError) return <QueryError error={org.error} onRetry={() => void org.refetch()} />;
  if (!org.data) return <PageSpinner />;
  const o = org.data;
  const none = t('common.none');
  const editable = canWrite && o.status !== 'revoked' && o.status !== 'dissolved';

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Panel
        title={
          <Space wrap>
            <Link to="/mediation-orgs">{t('mediationOrgs.title')}</Link>
            <span>/</span>
            <span>{o.name}</span>
            <span data-testid="filing-status">
              <FilingStatusTag status={o.status} />
            </span>
          </Space>
        }
        extra={
          <Space>
            <FilingActions org={o} />
            {editable && (
              <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
                {t('common.edit')}
              </Button>
            )}
          </Space>
        }
      >
        <Row gutter={24}>
          <Col xs={24} xl={16}>
            <Descriptions column={2} bordered size="middle" styles={{ label: { width: 140 } }}>
              <Descriptions.Item label={t('mediationOrgs.name')} span={2}>
                {o.name}
              </Descriptions.Item>
              <Descriptions.Item label={t('mediationOrgs.type')}>{label(mediationOrgTypeLabels[o.type])}</Descriptions.Item>
              <Descriptions.Item label={t('mediationOrgs.status')}>
                <FilingStatusTag status={o.status} />
              </Descriptions.Item>
              <Descriptions.Item label={t('mediationOrgs.employer')}>
                {o.employerId ? <Link to={`/employers/${o.employerId}`}>{o.employerName}</Link> : none}
              </Descriptions.Item>
              <Descriptions.Item label={t('mediationOrgs.office')}>{o.officeName}</Descriptions.Item>
              <Descriptions.Item label={t('filing.authority')} span={2}>
                <Space orientation="vertical" size={0}>
                  <Typography.Text strong>{o.filingOfficeName}</Typography.Text>
                  <Typography.Text type="secondary">{label(filingRuleLabels[o.filingRule as 1 | 2 | 3 | 4])}</Typography.Text>
                </Space>
              </Descriptions.Item>
              {o.type === 'labor_relations_coordinator' && (
                <Descriptions.Item label={t('mediationOrgs.coordinatorName')} span={2}>
                  {o.coordinatorName ?? none}
                </Descriptions.Item>
              )}
              <Descriptions.Item label={t('mediationOrgs.regionCode')}>{o.regionCode}</Descriptions.Item>
              <Descriptions.Item label={t('mediationOrgs.reportingCadence')}>
                {t('mediationOrgs.per', { cadence: label(reportingCadenceLabels[o.reportingCadence]) })}
              </Descriptions.Item>
              <Descriptions.Item label={t('mediationOrgs.phone')}>{o.phone ?? none}</Descriptions.Item>
              <Descriptions.Item label={t('mediationOrgs.address')}>{o.address ?? none}</Descriptions.Item>
              <Descriptions.Item label={t('mediationOrgs.submittedAt')}>{formatDateTime(o.createdAt)}</Descriptions.Item>
              <Descriptions.Item label={t('mediationOrgs.filedAt')}>{formatDateTime(o.filedAt)}</Descriptions.Item>
              {o.overrideReason && (
                <Descriptions.Item label={t('filing.overrideReason')} span={2}>
                  {o.overrideReason}
                </Descriptions.Item>
              )}
              <Descriptions.Item label={t('mediationOrgs.checklist')} span={2}>
                <Space wrap size="large">
                  <Checklist checklist={o.checklist} />
                  <StandardizedTag checklist={o.checklist} standardized={o.standardized} />
                </Space>
              </Descriptions.Item>
            </Descriptions>
          </Col>
          <Col xs={24} xl={8}>
            <Panel size="small" title={t('filing.timeline')} style={{ marginTop: 0 }}>
              <FilingTimeline orgId={o.id} />
            </Panel>
          </Col>
        </Row>
      </Panel>
      <Suspense fallback={null}>
        <OrgRecords org={o} />
      </Suspense>
      {editing && (
        <Suspense fallback={null}>
          <OrgEditModal org={o} onClose={() => setEditing(false)} />
        </Suspense>
      )}
    </Space>
  );
}
