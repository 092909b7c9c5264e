import { Alert, Button, Flex, Form, Input, Table, type TableColumnsType } from 'antd';
import { FeeScheduleRow, fundingProgrammeLabels, fundingProgrammes, legalAidServiceLabels, legalAidServices, mayEditFeeSchedule, type FundingProgramme, type LegalAidService } from '@union/shared';
import { useTranslation } from 'react-i18next';
import { PageSpinner } from '@/components/PageSpinner';
import { QueryError } from '@/components/QueryError';
import { Panel } from '@/components/Panel';
import { useCan, useMe } from '@/features/auth';
import { useFeedback } from '@/lib/feedback';
import { useShowApiError } from '@/lib/form-errors';
import { useLabel } from '@/lib/i18n';
import { formatYuan } from '@/lib/money';
import { stringRules } from '@/lib/schema-rules';
import { useFeeSchedule, usePutFeeSchedule, type FeeSchedule } from '../api/legal-aid';

/** The form holds one amount per programme and service: `amounts[funding][service]`. */
type Values = { amounts: Record<FundingProgramme, Partial<Record<LegalAidService, string>>> };

const toValues = (schedule: FeeSchedule): Values => {
  const amounts = Object.fromEntries(fundingProgrammes.map((f) => [f, {}])) as Values['amounts'];
  for (const row of schedule.items) amounts[row.funding][row.service] = row.amount;
  return { amounts };
};

/** 补贴标准: the subsidy a lawyer is owed per programme and service; the city's offices edit it, everyone else reads it. */
export default function FeeSchedulePage() {
  const { t } = useTranslation();
  const label = useLabel();
  const { message } = useFeedback();
  const showApiError = useShowApiError();
  const me = useMe().data;
  const canWrite = useCan('legal_aid:write');
  const schedule = useFeeSchedule();
  const put = usePutFeeSchedule();
  const [form] = Form.useForm<Values>();
  // the server lets only city offices change it (legal_aid.fee_schedule_city_only)
  const editable = canWrite && !!me && mayEditFeeSchedule(me.officeTier);

  if (schedule.isError) return <QueryError error={schedule.error} onRetry={() => void schedule.refetch()} />;
  if (!schedule.data || !me) return <PageSpinner />;
  const current = toValues(schedule.data).amounts;

  const save = (v: Values) => {
    const items = fundingProgrammes.flatMap((funding) =>
      legalAidServices.flatMap((service) => {
        const amount = v.amounts[funding][service]?.trim();
        return amount ? [{ funding, service, amount }] : [];
      }),
    );
    put.mutate(
      { items },
      {
        onSuccess: () => void message.success(t('feeSchedule.saved')),
        onError: (error) => showApiError(error, form),
      },
    );
  };

  const columns: TableColumnsType<FundingProgramme> = [
    { key: 'funding', title: t('legalAid.funding'), fixed: 'left', render: (_, f) => label(fundingProgrammeLabels[f]) },
    ...legalAidServices.map((service) => ({
      key: service,
      title: label(legalAidServiceLabels[service]),
      align: 'right' as const,
      render: (_: unknown, funding: FundingProgramme) =>
        editable ? (
          <Form.Item
            name={['amounts', funding, service]}
            // the server keeps an amount once set (it has no way to remove one), so a set amount may change but not be emptied
            rules={[{ required: !!current[funding][service], message: t('legalAid.amountInvalid') }, ...stringRules(FeeScheduleRow.properties.amount, t('legalAid.amountInvalid'))]}
            style={{ marginBottom: 0 }}
          >
            <Input inputMode="decimal" suffix={t('legalAid.yuan')} style={{ width: 140 }} aria-label={`${label(fundingProgrammeLabels[funding])} ${label(legalAidServiceLabels[service])}`} />
          </Form.Item>
        ) : current[funding][service] ? (
          `${formatYuan(current[funding][service])} ${t('legalAid.yuan')}`
        ) : (
          '—'
        ),
    })),
  ];

  return (
    <Panel title={t('feeSchedule.title')}>
      {/* filled once from the schedule loaded; a refetch (window focus, after saving) leaves what the user typed */}
      <Form<Values> form={form} initialValues={toValues(schedule.data)} onFinish={save} disabled={put.isPending}>
        <Flex vertical gap="middle">
          <Alert type="info" showIcon title={editable ? t('feeSchedule.help') : t('feeSchedule.readOnly')} />
          <Table<FundingProgramme> data-testid="fee-schedule" rowKey={(f) => f} columns={columns} dataSource={[...fundingProgrammes]} pagination={false} scroll={{ x: 'max-content' }} />
          {editable && (
            <Flex justify="flex-end">
              <Button type="primary" htmlType="submit" loading={put.isPending}>
                {t('common.save')}
              </Button>
            </Flex>
          )}
        </Flex>
      </Form>
    </Panel>
  );
}
