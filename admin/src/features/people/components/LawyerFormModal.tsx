import { Checkbox, Col, Form, Input, InputNumber, Row, Select, Switch } from 'antd';
import { LawyerCreate, lawyerKindLabels, lawyerKinds, lawyerPoolLabels, lawyerPools, type Lawyer, type LawyerKind, type LawyerPool } from '@union/shared';
import { useTranslation } from 'react-i18next';
import { useMe } from '@/features/auth';
import { OfficeTreeSelect } from '@/features/offices';
import { useLabel } from '@/lib/i18n';
import { stringRules } from '@/lib/schema-rules';
import { useCreateLawyer } from '../api/create-lawyer';
import { useLawyer } from '../api/get-lawyer';
import { useUpdateLawyer } from '../api/update-lawyer';
import { blankToNull } from '../utils/changes';
import { PersonFormButtons, PersonFormModal, usePersonSave } from './PersonForm';

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
    <PersonFormModal open={open} editing={editing} person={lawyer} title={editing ? t('people.editLawyer') : t('people.createLawyer')} onClose={onClose}>
      {(lawyer) => <LawyerForm lawyer={lawyer} onClose={onClose} />}
    </PersonFormModal>
  );
}

function LawyerForm({ lawyer, onClose }: { lawyer?: Lawyer; onClose: () => void }) {
  const { t } = useTranslation();
  const label = useLabel();
  const me = useMe().data;
  const [form] = Form.useForm<Values>();
  const { save: saveChanges, pending } = usePersonSave({ person: lawyer, form, create: useCreateLawyer(), update: useUpdateLawyer(), onClose });

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
    saveChanges(next, () => ({ ...next, officeId: values.officeId }));
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
      <PersonFormButtons pending={pending} onClose={onClose} />
    </Form>
  );
}
