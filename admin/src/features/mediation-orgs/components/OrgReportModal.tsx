import { Button, Col, Flex, Form, Input, InputNumber, Modal, Row, Select, type FormRule } from 'antd';
import { OrgReportCreate, ruleMessage } from '@union/shared';
import { useTranslation } from 'react-i18next';
import { useFeedback } from '@/lib/feedback';
import { useShowApiError } from '@/lib/form-errors';
import { useLanguage } from '@/lib/i18n';
import { stringRules } from '@/lib/schema-rules';
import type { MediationOrgDetail } from '../api/get-mediation-org';
import { useSubmitOrgReport } from '../api/submit-org-report';
import { endedPeriods, periodLabel } from '../utils/periods';

/** The bounds a shared TypeBox integer schema carries, for an InputNumber. */
const bounds = (schema: object) => schema as { minimum?: number; maximum?: number };

type Values = Omit<OrgReportCreate, 'amountSettled'> & { amountSettled: string };
const { amountSettled: moneySchema, casesReceived: countSchema } = OrgReportCreate.properties;

/** The report of one period: its counts, checked against each other and the shared bounds. */
export default function OrgReportModal({ org, reported, onClose }: { org: MediationOrgDetail; reported: Set<string>; onClose: () => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { message } = useFeedback();
  const showApiError = useShowApiError();
  const [form] = Form.useForm<Values>();
  const submit = useSubmitOrgReport();
  const periods = endedPeriods(org.reportingCadence, org.reportingCadence === 'month' ? 12 : 8).filter((p) => !reported.has(p));

  // settled ≤ mediated ≤ received, the rule the server checks, said on the field it concerns
  const orderRule: FormRule = ({ getFieldValue }) => ({
    validator: async () => {
      const [received, mediated, settled] = ['casesReceived', 'casesMediated', 'casesSettled'].map((f) => getFieldValue(f) as number | null);
      if (received == null || mediated == null || settled == null) return;
      if (!(settled <= mediated && mediated <= received)) throw new Error(ruleMessage('report.settled_exceeds', language));
    },
  });
  const count = (name: keyof Values, labelKey: 'casesReceived' | 'casesMediated' | 'casesSettled' | 'warningsRaised', extra: FormRule[] = []) => (
    <Col span={12}>
      <Form.Item name={name} label={t(`reports.${labelKey}`)} rules={[{ required: true }, ...extra]} dependencies={extra.length ? ['casesReceived', 'casesMediated'] : undefined}>
        <InputNumber min={bounds(countSchema).minimum} max={bounds(countSchema).maximum} precision={0} style={{ width: '100%' }} />
      </Form.Item>
    </Col>
  );

  const send = (values: Values) =>
    submit.mutate(
      { orgId: org.id, report: values },
      {
        onSuccess: (report) => {
          message.success(t('reports.submitted', { period: periodLabel(report.period, language) }));
          onClose();
        },
        onError: (error) => showApiError(error, form),
      },
    );

  return (
    <Modal open title={t('reports.submitTitle', { name: org.name })} footer={null} onCancel={onClose} destroyOnHidden width={560}>
      <Form
        form={form}
        layout="vertical"
        onFinish={send}
        disabled={submit.isPending}
        initialValues={{ period: periods[0], casesReceived: 0, casesMediated: 0, casesSettled: 0, amountSettled: '0', warningsRaised: 0 }}
        style={{ marginTop: 16 }}
      >
        <Form.Item name="period" label={t('reports.period')} rules={[{ required: true }]}>
          <Select options={periods.map((p) => ({ value: p, label: periodLabel(p, language) }))} />
        </Form.Item>
        <Row gutter={16}>
          {count('casesReceived', 'casesReceived')}
          {count('casesMediated', 'casesMediated', [orderRule])}
          {count('casesSettled', 'casesSettled', [orderRule])}
          {count('warningsRaised', 'warningsRaised')}
          <Col span={12}>
            <Form.Item name="amountSettled" label={t('reports.amountSettled')} rules={[{ required: true }, ...stringRules(moneySchema, t('reports.moneyInvalid'))]}>
              <Input suffix={t('reports.yuan')} />
            </Form.Item>
          </Col>
        </Row>
        <Flex justify="end" gap="small">
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" htmlType="submit" loading={submit.isPending}>
            {t('reports.submit')}
          </Button>
        </Flex>
      </Form>
    </Modal>
  );
}
