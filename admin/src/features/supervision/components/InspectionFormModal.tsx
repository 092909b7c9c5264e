import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Checkbox, Col, Form, Input, Modal, Radio, Row, Select, Typography } from 'antd';
import { Finding, InspectionCreate, findingCategories, findingCategoryLabels, inspectionKindLabels, inspectionKinds, type FindingCategory, type InspectionKind } from '@union/shared';
import { useTranslation } from 'react-i18next';
import { EmployerSelect } from '@/features/employers';
import { SupervisorSelect } from '@/features/people';
import { useFeedback } from '@/lib/feedback';
import { useShowApiError } from '@/lib/form-errors';
import { useLabel } from '@/lib/i18n';
import { stringRules } from '@/lib/schema-rules';
import { useCreateInspection } from '../api/supervision';

interface Values {
  employerId: string;
  kind: InspectionKind;
  inspectedOn: string;
  inspectorIds: string[];
  findings: { category?: FindingCategory; description?: string; serious?: boolean }[];
  note?: string;
}

const { description: descriptionSchema } = Finding.properties;
const { note: noteSchema } = InspectionCreate.properties;

/** Today in China, as the date input writes it. */
const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());

/** 法律体检登记: the employer, the day, the supervisors who went, and what they found, category by category. */
export function InspectionFormModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const label = useLabel();
  const { message } = useFeedback();
  const showApiError = useShowApiError();
  const [form] = Form.useForm<Values>();
  const create = useCreateInspection();

  const save = (v: Values) => {
    const note = v.note?.trim();
    const body: InspectionCreate = {
      employerId: v.employerId,
      kind: v.kind,
      inspectedOn: v.inspectedOn,
      inspectorIds: v.inspectorIds,
      findings: v.findings.map((f) => ({ category: f.category!, description: f.description!.trim(), serious: !!f.serious })),
      ...(note && { note }),
    };
    create.mutate(body, {
      onSuccess: () => {
        message.success(t('supervision.inspectionSaved'));
        form.resetFields();
        onClose();
      },
      onError: (error) => showApiError(error, form),
    });
  };

  return (
    <Modal
      open={open}
      title={t('supervision.newInspection')}
      width={760}
      okText={t('common.save')}
      okButtonProps={{ loading: create.isPending }}
      cancelText={t('common.cancel')}
      onCancel={onClose}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ kind: 'routine', inspectedOn: today(), inspectorIds: [], findings: [] }}
        onFinish={save}
        disabled={create.isPending}
        style={{ marginTop: 16 }}
        scrollToFirstError
      >
        <Row gutter={16}>
          <Col xs={24} md={14}>
            <Form.Item name="employerId" label={t('supervision.employer')} rules={[{ required: true, message: t('supervision.employerRequired') }]}>
              <EmployerSelect popupMatchSelectWidth={360} />
            </Form.Item>
          </Col>
          <Col xs={24} md={10}>
            <Form.Item name="inspectedOn" label={t('supervision.inspectedOn')} rules={[{ required: true, message: t('supervision.dateRequired') }]}>
              <Input type="date" max={today()} />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item name="kind" label={t('supervision.inspectionKind')} rules={[{ required: true }]}>
              <Radio.Group options={inspectionKinds.map((k) => ({ value: k, label: label(inspectionKindLabels[k]) }))} />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item name="inspectorIds" label={t('supervision.inspectors')} rules={[{ required: true, message: t('supervision.inspectorsRequired') }]}>
              <SupervisorSelect placeholder={t('supervision.pickInspectors')} />
            </Form.Item>
          </Col>
        </Row>
        <Typography.Text strong>{t('supervision.findings')}</Typography.Text>
        <Form.List name="findings">
          {(fields, { add, remove }) => (
            <>
              {fields.map(({ key, name }) => (
                <Row key={key} gutter={8} align="top" data-testid="finding-row" style={{ marginTop: 8 }}>
                  <Col flex="180px">
                    <Form.Item name={[name, 'category']} rules={[{ required: true, message: t('supervision.categoryRequired') }]}>
                      <Select aria-label={t('supervision.category')} placeholder={t('supervision.category')} options={findingCategories.map((c) => ({ value: c, label: label(findingCategoryLabels[c]) }))} />
                    </Form.Item>
                  </Col>
                  <Col flex="auto">
                    <Form.Item
                      name={[name, 'description']}
                      rules={[{ required: true, whitespace: true, message: t('supervision.findingRequired') }, ...stringRules(descriptionSchema, t('common.blank'))]}
                    >
                      <Input.TextArea aria-label={t('supervision.findingDescription')} placeholder={t('supervision.findingDescription')} autoSize={{ minRows: 1, maxRows: 4 }} />
                    </Form.Item>
                  </Col>
                  <Col flex="none">
                    <Form.Item name={[name, 'serious']} valuePropName="checked">
                      <Checkbox>{t('supervision.serious')}</Checkbox>
                    </Form.Item>
                  </Col>
                  <Col flex="none">
                    <Button type="text" danger icon={<DeleteOutlined />} aria-label={t('supervision.removeFinding')} onClick={() => remove(name)} />
                  </Col>
                </Row>
              ))}
              <Button type="dashed" block icon={<PlusOutlined />} onClick={() => add({ serious: false })} style={{ margin: '8px 0 16px' }}>
                {t('supervision.addFinding')}
              </Button>
            </>
          )}
        </Form.List>
        <Form.Item name="note" label={t('supervision.note')} rules={stringRules(noteSchema, t('common.blank'))}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
