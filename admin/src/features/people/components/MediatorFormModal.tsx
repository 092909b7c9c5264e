import { Col, Flex, Form, Input, Radio, Row, Switch } from 'antd';
import { genderLabels, genders, MediatorCreate, type Mediator } from '@union/shared';
import { useTranslation } from 'react-i18next';
import { MediationOrgSelect } from '@/features/mediation-orgs';
import { useLabel } from '@/lib/i18n';
import { stringRules } from '@/lib/schema-rules';
import { useCreateMediator } from '../api/create-mediator';
import { useMediator } from '../api/get-mediator';
import { useUpdateMediator } from '../api/update-mediator';
import { blankToNull } from '../utils/changes';
import { PersonFormButtons, PersonFormModal, usePersonSave } from './PersonForm';

interface Values {
  orgId: string;
  name: string;
  gender: (typeof genders)[number] | null;
  phone?: string;
  partTime: boolean;
  alsoSupervisor: boolean;
  active: boolean;
  certificateNo?: string;
  certificateExpiry?: string;
}

interface Props {
  mediatorId?: string;
  /** The organization a new mediator joins, when the list was filtered to one. */
  orgId?: string;
  open: boolean;
  onClose: () => void;
}

const { name: nameSchema, phone: phoneSchema, certificateNo: certificateSchema } = MediatorCreate.properties;

/** Adds a mediator to an organization, or edits one (its version goes out as If-Match). */
export function MediatorFormModal({ mediatorId, orgId, open, onClose }: Props) {
  const { t } = useTranslation();
  const mediator = useMediator(open ? mediatorId : undefined);
  const editing = mediatorId !== undefined;
  return (
    <PersonFormModal open={open} editing={editing} person={mediator} title={editing ? t('people.editMediator') : t('people.createMediator')} onClose={onClose}>
      {(mediator) => <MediatorForm mediator={mediator} orgId={orgId} onClose={onClose} />}
    </PersonFormModal>
  );
}

function MediatorForm({ mediator, orgId, onClose }: { mediator?: Mediator; orgId?: string; onClose: () => void }) {
  const { t } = useTranslation();
  const label = useLabel();
  const [form] = Form.useForm<Values>();
  const { save: saveChanges, pending } = usePersonSave({ person: mediator, form, create: useCreateMediator(), update: useUpdateMediator(), onClose });

  const save = (values: Values) => {
    const next = {
      name: values.name.trim(),
      gender: values.gender ?? null,
      phone: blankToNull(values.phone),
      partTime: values.partTime,
      alsoSupervisor: values.alsoSupervisor,
      active: values.active,
      certificateNo: blankToNull(values.certificateNo),
      certificateExpiry: values.certificateExpiry || null,
    };
    saveChanges(next, () => ({ ...next, orgId: values.orgId }));
  };

  const initialValues: Partial<Values> = mediator
    ? {
        orgId: mediator.orgId,
        name: mediator.name,
        gender: mediator.gender,
        phone: mediator.phone ?? '',
        partTime: mediator.partTime,
        alsoSupervisor: mediator.alsoSupervisor,
        active: mediator.active,
        certificateNo: mediator.certificateNo ?? '',
        certificateExpiry: mediator.certificateExpiry ?? '',
      }
    : { orgId, gender: null, partTime: true, alsoSupervisor: false, active: true };

  return (
    <Form form={form} layout="vertical" initialValues={initialValues} onFinish={save} disabled={pending} style={{ marginTop: 16 }}>
      <Form.Item name="orgId" label={t('people.org')} rules={[{ required: true }]}>
        <MediationOrgSelect disabled={!!mediator} />
      </Form.Item>
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item name="name" label={t('people.name')} rules={[{ required: true }, ...stringRules(nameSchema, t('common.blank'))]}>
            <Input />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="gender" label={t('people.gender')}>
            <Radio.Group
              options={[
                { value: null, label: t('people.genderUnknown') },
                ...genders.map((g) => ({ value: g, label: label(genderLabels[g]) })),
              ]}
            />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="phone" label={t('people.phone')} rules={stringRules(phoneSchema, t('offices.phoneInvalid'))}>
            <Input />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Flex gap="large">
            <Form.Item name="partTime" label={t('people.partTime')} valuePropName="checked">
              <Switch />
            </Form.Item>
            <Form.Item name="alsoSupervisor" label={t('people.alsoSupervisor')} valuePropName="checked">
              <Switch />
            </Form.Item>
            <Form.Item name="active" label={t('people.status')} valuePropName="checked">
              <Switch checkedChildren={t('people.active')} unCheckedChildren={t('people.inactive')} />
            </Form.Item>
          </Flex>
        </Col>
        <Col span={12}>
          <Form.Item name="certificateNo" label={t('people.certificateNo')} rules={stringRules(certificateSchema, t('common.blank'))}>
            <Input />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="certificateExpiry" label={t('people.certificateExpiry')}>
            <Input type="date" />
          </Form.Item>
        </Col>
      </Row>
      <PersonFormButtons pending={pending} onClose={onClose} />
    </Form>
  );
}
