import { Col, Form, Input, Row, Switch } from 'antd';
import { SupervisorCreate, type Supervisor } from '@union/shared';
import { useTranslation } from 'react-i18next';
import { useMe } from '@/features/auth';
import { EmployerSelect } from '@/features/employers';
import { OfficeTreeSelect } from '@/features/offices';
import { stringRules } from '@/lib/schema-rules';
import { useCreateSupervisor } from '../api/create-supervisor';
import { useSupervisor } from '../api/get-supervisor';
import { useUpdateSupervisor } from '../api/update-supervisor';
import { blankToNull } from '../utils/changes';
import { PersonFormButtons, PersonFormModal, usePersonSave } from './PersonForm';
import { MediatorSelect } from './MediatorSelect';

interface Values {
  officeId: string;
  name: string;
  employerId?: string | null;
  mediatorId?: string | null;
  phone?: string;
  active: boolean;
  certificateNo?: string;
  certificateExpiry?: string;
}

interface Props {
  supervisorId?: string;
  open: boolean;
  onClose: () => void;
}

const { name: nameSchema, phone: phoneSchema, certificateNo: certificateSchema } = SupervisorCreate.properties;

/** Adds a labor-law supervisor at an office (and, if any, the employer they watch), or edits one. */
export function SupervisorFormModal({ supervisorId, open, onClose }: Props) {
  const { t } = useTranslation();
  const supervisor = useSupervisor(open ? supervisorId : undefined);
  const editing = supervisorId !== undefined;
  return (
    <PersonFormModal open={open} editing={editing} person={supervisor} title={editing ? t('people.editSupervisor') : t('people.createSupervisor')} onClose={onClose}>
      {(supervisor) => <SupervisorForm supervisor={supervisor} onClose={onClose} />}
    </PersonFormModal>
  );
}

function SupervisorForm({ supervisor, onClose }: { supervisor?: Supervisor; onClose: () => void }) {
  const { t } = useTranslation();
  const me = useMe().data;
  const [form] = Form.useForm<Values>();
  const { save: saveChanges, pending } = usePersonSave({ person: supervisor, form, create: useCreateSupervisor(), update: useUpdateSupervisor(), onClose });

  const save = (values: Values) => {
    const next = {
      name: values.name.trim(),
      employerId: values.employerId ?? null,
      mediatorId: values.mediatorId ?? null,
      phone: blankToNull(values.phone),
      active: values.active,
      certificateNo: blankToNull(values.certificateNo),
      certificateExpiry: values.certificateExpiry || null,
    };
    saveChanges(next, () => ({ ...next, officeId: values.officeId }));
  };

  const initialValues: Partial<Values> = supervisor
    ? {
        officeId: supervisor.officeId,
        name: supervisor.name,
        employerId: supervisor.employerId,
        mediatorId: supervisor.mediatorId,
        phone: supervisor.phone ?? '',
        active: supervisor.active,
        certificateNo: supervisor.certificateNo ?? '',
        certificateExpiry: supervisor.certificateExpiry ?? '',
      }
    : { officeId: me?.officeId, active: true };

  return (
    <Form form={form} layout="vertical" initialValues={initialValues} onFinish={save} disabled={pending} style={{ marginTop: 16 }}>
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item name="name" label={t('people.name')} rules={[{ required: true }, ...stringRules(nameSchema, t('common.blank'))]}>
            <Input />
          </Form.Item>
        </Col>
        <Col span={12}>
          {supervisor ? (
            <Form.Item label={t('people.office')}>
              <Input value={supervisor.officeName} disabled />
            </Form.Item>
          ) : (
            <Form.Item name="officeId" label={t('people.office')} rules={[{ required: true }]}>
              <OfficeTreeSelect popupMatchSelectWidth={360} />
            </Form.Item>
          )}
        </Col>
        <Col span={12}>
          <Form.Item name="employerId" label={t('people.employer')} extra={t('people.employerHelp')}>
            <EmployerSelect allowClear popupMatchSelectWidth={360} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="mediatorId" label={t('people.asMediator')} extra={t('people.asMediatorHelp')}>
            <MediatorSelect allowClear placeholder={t('people.pickMediator')} popupMatchSelectWidth={320} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="phone" label={t('people.phone')} rules={stringRules(phoneSchema, t('offices.phoneInvalid'))}>
            <Input />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="active" label={t('people.status')} valuePropName="checked">
            <Switch checkedChildren={t('people.active')} unCheckedChildren={t('people.inactive')} />
          </Form.Item>
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
