import { Select, Space, Table, type TableColumnsType } from 'antd';
import { certificateWarningDays, roleLabels } from '@union/shared';
import { useTranslation } from 'react-i18next';
import { CursorPager } from '@/components/CursorPager';
import { ExportButton } from '@/components/ExportButton';
import { QueryError } from '@/components/QueryError';
import { useLabel } from '@/lib/i18n';
import { useCursorPaging } from '@/lib/paging';
import { readEnum, useUrlParams } from '@/lib/url-state';
import { useExpiringCertificates, type Certificate, type CertificateHolder } from '../api/get-expiring-certificates';
import { CertificateStandingTag } from './CertificateCell';

const holders: readonly CertificateHolder[] = ['mediator', 'supervisor', 'lawyer'];
const windows = [30, 60, 90, 180, 365];

/** 证书到期: certificates of active people that run out soon or already have, soonest first. */
export function CertificatesPanel() {
  const { t } = useTranslation();
  const label = useLabel();
  const [params, setParams] = useUrlParams();
  const kind = readEnum(params, 'kind', holders);
  const withinDays = windows.find((d) => String(d) === params.get('withinDays')) ?? certificateWarningDays;
  const paging = useCursorPaging(params.toString());
  const certificates = useExpiringCertificates({ kind, withinDays, limit: paging.limit, cursor: paging.cursor });
  const none = t('common.none');

  const columns: TableColumnsType<Certificate> = [
    { key: 'kind', title: t('people.holder'), render: (_, c) => label(roleLabels[c.kind]) },
    { key: 'name', title: t('people.name'), dataIndex: 'name' },
    { key: 'organization', title: t('people.organization'), dataIndex: 'organization' },
    { key: 'certificateNo', title: t('people.certificateNo'), render: (_, c) => c.certificateNo ?? none },
    { key: 'certificateExpiry', title: t('people.certificateExpiry'), dataIndex: 'certificateExpiry' },
    { key: 'standing', title: t('people.certificate'), render: (_, c) => <CertificateStandingTag standing={c.standing} /> },
  ];

  if (certificates.isError) return <QueryError error={certificates.error} onRetry={() => void certificates.refetch()} />;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap>
        <Select<CertificateHolder>
          allowClear
          placeholder={t('people.holder')}
          value={kind}
          onChange={(k) => setParams({ kind: k })}
          options={holders.map((h) => ({ value: h, label: label(roleLabels[h]) }))}
          style={{ width: 160 }}
        />
        <Select<number>
          value={withinDays}
          onChange={(days) => setParams({ withinDays: days === certificateWarningDays ? undefined : days })}
          options={windows.map((days) => ({ value: days, label: t('people.withinDays', { days }) }))}
          style={{ width: 180 }}
        />
        <ExportButton list="certificates/expiring" query={{ kind, withinDays }} title={t('people.tabs.certificates')} />
      </Space>
      <Table<Certificate>
        rowKey={(c) => `${c.kind}:${c.id}`}
        columns={columns}
        dataSource={certificates.data?.items}
        loading={certificates.isFetching}
        pagination={false}
      />
      <CursorPager paging={paging} nextCursor={certificates.data?.nextCursor} loading={certificates.isPlaceholderData} />
    </Space>
  );
}
