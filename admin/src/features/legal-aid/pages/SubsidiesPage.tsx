import { Button, Popconfirm, Select, Space, Table, Tag, type TableColumnsType } from 'antd';
import { fundingProgrammeLabels, legalAidServiceLabels, subsidyStatuses, subsidyStatusLabels } from '@union/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CursorPager } from '@/components/CursorPager';
import { ExportButton } from '@/components/ExportButton';
import { QueryError } from '@/components/QueryError';
import { Panel } from '@/components/Panel';
import { useCan } from '@/features/auth';
import { useFeedback } from '@/lib/feedback';
import { formatYuan } from '@/lib/money';
import { useShowApiError } from '@/lib/form-errors';
import { useFormatDateTime } from '@/lib/format';
import { useLabel } from '@/lib/i18n';
import { useCursorPaging } from '@/lib/paging';
import { readEnum, useUrlParams } from '@/lib/url-state';
import { usePaySubsidy, useSubsidies, type Subsidy } from '../api/legal-aid';

/** 律师补贴: what the closed matters owe their lawyers, and marking a subsidy paid. */
export default function SubsidiesPage() {
  const { t } = useTranslation();
  const label = useLabel();
  const formatDateTime = useFormatDateTime();
  const { message } = useFeedback();
  const showApiError = useShowApiError();
  const canPay = useCan('subsidies:pay');
  const [params, setParams] = useUrlParams();
  const status = readEnum(params, 'status', subsidyStatuses);
  const paging = useCursorPaging(params.toString());
  const list = useSubsidies({ status, limit: paging.limit, cursor: paging.cursor });
  const pay = usePaySubsidy();

  if (list.isError) return <QueryError error={list.error} onRetry={() => void list.refetch()} />;

  const columns: TableColumnsType<Subsidy> = [
    {
      key: 'no',
      title: t('legalAid.applicationNo'),
      render: (_, s) => (
        <Link to={`/legal-aid/${s.applicationId}`} style={{ fontFamily: 'monospace' }}>
          {s.applicationNo}
        </Link>
      ),
    },
    { key: 'lawyer', title: t('legalAid.lawyer'), render: (_, s) => s.lawyerName },
    { key: 'funding', title: t('legalAid.funding'), render: (_, s) => label(fundingProgrammeLabels[s.funding]) },
    { key: 'service', title: t('legalAid.service'), render: (_, s) => label(legalAidServiceLabels[s.service]) },
    { key: 'amount', title: t('legalAid.subsidyAmount'), align: 'right', render: (_, s) => formatYuan(s.amount) },
    { key: 'status', title: t('legalAid.status'), render: (_, s) => <Tag color={s.status === 'paid' ? 'green' : 'orange'}>{label(subsidyStatusLabels[s.status])}</Tag> },
    { key: 'createdAt', title: t('legalAid.subsidyCreatedAt'), render: (_, s) => formatDateTime(s.createdAt) },
    { key: 'paidAt', title: t('legalAid.paidAt'), render: (_, s) => formatDateTime(s.paidAt) },
    ...(canPay
      ? [
          {
            key: 'actions',
            title: t('common.actions'),
            render: (_: unknown, s: Subsidy) =>
              s.status === 'owed' && (
                <Popconfirm
                  title={t('legalAid.payConfirm', { lawyer: s.lawyerName, amount: formatYuan(s.amount) })}
                  okText={t('legalAid.markPaid')}
                  cancelText={t('common.cancel')}
                  onConfirm={() =>
                    pay.mutateAsync(s).then(
                      () => void message.success(t('legalAid.paid')),
                      (error: unknown) => showApiError(error),
                    )
                  }
                >
                  <Button size="small" type="link">
                    {t('legalAid.markPaid')}
                  </Button>
                </Popconfirm>
              ),
          },
        ]
      : []),
  ];

  return (
    <Panel title={t('legalAid.subsidiesTitle')} extra={<ExportButton list="subsidies" query={{ status }} title={t('legalAid.subsidiesTitle')} />}>
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Select
          allowClear
          value={status}
          placeholder={t('legalAid.status')}
          onChange={(value) => setParams({ status: value })}
          options={subsidyStatuses.map((s) => ({ value: s, label: label(subsidyStatusLabels[s]) }))}
          style={{ width: 160 }}
        />
        <Table<Subsidy> data-testid="subsidies-table" rowKey="id" columns={columns} dataSource={list.data?.items} loading={list.isFetching} pagination={false} scroll={{ x: 'max-content' }} />
        <CursorPager paging={paging} nextCursor={list.data?.nextCursor} loading={list.isPlaceholderData} />
      </Space>
    </Panel>
  );
}
