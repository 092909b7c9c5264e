import { App, Button, Checkbox, Col, Flex, Form, Input, InputNumber, Modal, Row, Select, Switch } from 'antd';
import { LawyerCreate, lawyerKindLabels, lawyerKinds, lawyerPoolLabels, lawyerPools, type Lawyer, type LawyerKind, type LawyerPool, type LawyerUpdate } from '@union/shared';
import { useTranslation } from 'react-i18next';
import { PageSpinner } from '@/components/PageSpinner';
import { QueryError } from '@/components/QueryError';
import { useMe } from '@/features/auth';
import { OfficeTreeSelect } from '@/features/offices';
import { isApiError } from '@/lib/api';
import { useShowApiError } from '@/lib/form-errors';
import { useLabel } from '@/lib/i18n';
import { stringRules } from '@/lib/schema-rules';
import { useCreateLawyer } from '../api/create-lawyer';
import { useLawyer } from '../api/get-lawyer';
import { useUpdateLawyer } from '../api/update-lawyer';
import { blankToNull, changedFields } from '../utils/changes';

/** The bounds a shared TypeBox integer schema carries, for an InputNumber. */
const bounds = (schema: object) => schema as { minimum?: number; maximum?: number };

interface Values {
  officeId: string;
  name: string;
  licenseNo: string;
  firm: string;
  kind: LawyerKind;
  pools: LawyerPool[];
  maxActiveMatters: number;
  phone?: string;
  active: boolean;
  certificateExpiry?: string;
}

interface Props {
  lawyerId?: string;
  open: boolean;
  onClose: () => void;
}

const { name: nameSchema, licenseNo: licenseSchema, firm: firmSchema, phone: phoneSchema, maxActiveMatters: capSchema } = LawyerCreate.properties;

/** Adds a lawyer kept by an office, with their pools and cap on active legal-aid matters, or edits one. */
export function LawyerFormModal({ lawyerId, open, onClose }: Props) {
  const { t } = useTranslation();
  const lawyer = useLawyer(open ? lawyerId : undefined);
  const editing = lawyerId !== undefined;
  return (
    <Modal open={open} title={editing ? t('people.editLawyer') : t('people.createLawyer')} footer={null} onCancel={onClose} destroyOnHidden width={640}>
      {!editing ? (
        <LawyerForm onClose={onClose} />
      ) : lawyer.isError ? (
        <QueryError error={lawyer.error} onRetry={() => void lawyer.refetch()} />
      ) : lawyer.data ? (
        <LawyerForm key={lawyer.data.version} lawyer={lawyer.data} onClose={onClose} />
      ) : (
        <PageSpinner />
      )}
    </Modal>
  );
}

function LawyerForm({ lawyer, onClose }: { lawyer?: Lawyer; onClose: () => void }) {
  const { t } = useTranslation();
  const label = useLabel();
  const { message } = App.useApp();
  const showApiError = useShowApiError();
  const me = useMe().data;
  const [form] = Form.useForm<Values>();
  const create = useCreateLawyer();
  const update = useUpdateLawyer();
  const pending = create.isPending || update.isPending;

  const onError = (error: Error) => {
    if (isApiError(error, 'version_conflict')) message.warning(t('people.recordChanged'));
    else showApiError(error, form);
  };
  const done = (saved: Lawyer) => {
    message.success(lawyer ? t('people.saved') : t('people.created', { name: saved.name }));
    onClose();
  };

  const save = (values: Values) => {
    const next = {
      name: values.name.trim(),
      licenseNo: values.licenseNo,
      firm: values.firm.trim(),
      kind: values.kind,
      pools: values.pools,
      maxActiveMatters: values.maxActiveMatters,
      phone: blankToNull(values.phone),
      active: values.active,
      certificateExpiry: values.certificateExpiry || null,
    };
    if (!lawyer) {
      create.mutate({ ...next, officeId: values.officeId }, { onSuccess: done, onError });
      return;
    }
    const changes: LawyerUpdate = changedFields(next, lawyer);
    if (Object.keys(changes).length === 0) onClose();
    else update.mutate({ id: lawyer.id, version: lawyer.version, changes }, { onSuccess: done, onError });
  };

  const initialValues: Partial<Values> = lawyer
    ? {
        officeId: lawyer.officeId,
        name: lawyer.name,
        licenseNo: lawyer.licenseNo,
        firm: lawyer.firm,
        kind: lawyer.kind,
        pools: lawyer.pools,
        maxActiveMatters: lawyer.maxActiveMatters,
        phone: lawyer.phone ?? '',
        active: lawyer.active,
        certificateExpiry: lawyer.certificateExpiry ?? '',
      }
    : { officeId: me?.officeId, kind: 'social', pools: [], maxActiveMatters: 5, active: true };

  return (
    <Form form={form} layout="vertical" initialValues={initialValues} onFinish={save} disabled={pending} style={{ marginTop: 16 }}>
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item name="name" label={t('people.name')} rules={[{ required: true }, ...stringRules(nameSchema, t('common.blank'))]}>
            <Input />
          </Form.Item>
        </Col>
        <Col span={12}>
          {lawyer ? (
            <Form.Item label={t('people.keptBy')}>
              <Input value={lawyer.officeName} disabled />
            </Form.Item>
          ) : (
            <Form.Item name="officeId" label={t('people.keptBy')} rules={[{ required: true }]}>
              <OfficeTreeSelect popupMatchSelectWidth={360} />
            </Form.Item>
          )}
        </Col>
        <Col span={12}>
          <Form.Item name="licenseNo" label={t('people.licenseNo')} rules={[{ required: true }, ...stringRules(licenseSchema, t('people.licenseNoInvalid'))]}>
            <Input maxLength={17} showCount style={{ fontFamily: 'monospace' }} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="firm" label={t('people.firm')} rules={[{ required: true }, ...stringRules(firmSchema, t('common.blank'))]}>
            <Input />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="kind" label={t('people.lawyerKind')} rules={[{ required: true }]}>
            <Select options={lawyerKinds.map((kind) => ({ value: kind, label: label(lawyerKindLabels[kind]) }))} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="pools" label={t('people.pools')} extra={t('people.poolsHelp')}>
            <Checkbox.Group options={lawyerPools.map((pool) => ({ value: pool, label: label(lawyerPoolLabels[pool]) }))} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="maxActiveMatters" label={t('people.maxActiveMatters')} extra={t('people.maxActiveMattersHelp')} rules={[{ required: true }]}>
            <InputNumber min={bounds(capSchema).minimum} max={bounds(capSchema).maximum} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="phone" label={t('people.phone')} rules={stringRules(phoneSchema, t('offices.phoneInvalid'))}>
            <Input />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="certificateExpiry" label={t('people.licenseExpiry')}>
            <Input type="date" />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="active" label={t('people.status')} valuePropName="checked">
            <Switch checkedChildren={t('people.active')} unCheckedChildren={t('people.inactive')} />
          </Form.Item>
        </Col>
      </Row>
      <Flex justify="end" gap="small">
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button type="primary" htmlType="submit" loading={pending}>
          {t('common.save')}
        </Button>
      </Flex>
    </Form>
  );
}
