import { PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Space, Table, Tag, type TableColumnsType } from 'antd';
import { reportingCadenceLabels, reportStandingLabels, type OrgReport } from '@union/shared';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '@/components/QueryError';
import { useCan } from '@/features/auth';
import { useFormatDateTime } from '@/lib/format';
import { useLabel, useLanguage } from '@/lib/i18n';
import type { MediationOrgDetail } from '../api/get-mediation-org';
import { useOrgReports } from '../api/get-org-reports';
import { periodLabel } from '../utils/periods';

// The report form (and the schema rules it brings) loads when opened, not with the page.
const ReportModal = lazy(() => import('./OrgReportModal'));

/** 信息报送 of one organization: what it reported per period, and a form for the next one. */
export function OrgReports({ org }: { org: MediationOrgDetail }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const label = useLabel();
  const formatDateTime = useFormatDateTime();
  const canReport = useCan('org_reports:write') && org.status === 'filed';
  const reports = useOrgReports(org.id);
  const [open, setOpen] = useState(false);

  const columns: TableColumnsType<OrgReport> = [
    { key: 'period', title: t('reports.period'), render: (_, r) => periodLabel(r.period, language) },
    { key: 'casesReceived', title: t('reports.casesReceived'), dataIndex: 'casesReceived', align: 'right' },
    { key: 'casesMediated', title: t('reports.casesMediated'), dataIndex: 'casesMediated', align: 'right' },
    { key: 'casesSettled', title: t('reports.casesSettled'), dataIndex: 'casesSettled', align: 'right' },
    { key: 'amountSettled', title: t('reports.amountSettled'), dataIndex: 'amountSettled', align: 'right' },
    { key: 'warningsRaised', title: t('reports.warningsRaised'), dataIndex: 'warningsRaised', align: 'right' },
    { key: 'submittedAt', title: t('reports.submittedAt'), render: (_, r) => formatDateTime(r.submittedAt) },
    { key: 'dueAt', title: t('reports.dueAt'), render: (_, r) => formatDateTime(r.dueAt) },
    { key: 'late', title: t('reports.standing'), render: (_, r) => (r.late ? <Tag color="orange">{label(reportStandingLabels.late)}</Tag> : <Tag color="green">{label(reportStandingLabels.on_time)}</Tag>) },
  ];

  if (reports.isError) return <QueryError error={reports.error} onRetry={() => void reports.refetch()} />;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Flex justify="space-between" align="center">
        <span>{t('reports.cadenceIs', { cadence: label(reportingCadenceLabels[org.reportingCadence]) })}</span>
        {canReport && (
          <Button icon={<PlusOutlined />} onClick={() => setOpen(true)}>
            {t('reports.submit')}
          </Button>
        )}
      </Flex>
      <Table<OrgReport> rowKey="id" size="small" columns={columns} dataSource={reports.data} loading={reports.isFetching} pagination={{ pageSize: 12, hideOnSinglePage: true }} />
      {open && (
        <Suspense fallback={null}>
          <ReportModal org={org} reported={new Set(reports.data?.map((r) => r.period))} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </Space>
  );
}
