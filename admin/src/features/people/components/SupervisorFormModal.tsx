import { App, Button, Col, Flex, Form, Input, Modal, Row, Switch } from 'antd';
import { SupervisorCreate, type Supervisor, type SupervisorUpdate } from '@union/shared';
import { useTranslation } from 'react-i18next';
import { PageSpinner } from '@/components/PageSpinner';
import { QueryError } from '@/components/QueryError';
import { useMe } from '@/features/auth';
import { EmployerSelect } from '@/features/employers';
import { OfficeTreeSelect } from '@/features/offices';
import { isApiError } from '@/lib/api';
import { useShowApiError } from '@/lib/form-errors';
import { stringRules } from '@/lib/schema-rules';
import { useCreateSupervisor } from '../api/create-supervisor';
import { useSupervisor } from '../api/get-supervisor';
import { useUpdateSupervisor } from '../api/update-supervisor';
import { blankToNull, changedFields } from '../utils/changes';
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
    <Modal open={open} title={editing ? t('people.editSupervisor') : t('people.createSupervisor')} footer={null} onCancel={onClose} destroyOnHidden width={640}>
      {!editing ? (
        <SupervisorForm onClose={onClose} />
      ) : supervisor.isError ? (
        <QueryError error={supervisor.error} onRetry={() => void supervisor.refetch()} />
      ) : supervisor.data ? (
        <SupervisorForm key={supervisor.data.version} supervisor={supervisor.data} onClose={onClose} />
      ) : (
        <PageSpinner />
      )}
    </Modal>
  );
}

function SupervisorForm({ supervisor, onClose }: { supervisor?: Supervisor; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showApiError = useShowApiError();
  const me = useMe().data;
  const [form] = Form.useForm<Values>();
  const create = useCreateSupervisor();
  const update = useUpdateSupervisor();
  const pending = create.isPending || update.isPending;

  const onError = (error: Error) => {
    if (isApiError(error, 'version_conflict')) message.warning(t('people.recordChanged'));
    else showApiError(error, form);
  };
  const done = (saved: Supervisor) => {
    message.success(supervisor ? t('people.saved') : t('people.created', { name: saved.name }));
    onClose();
  };

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
    if (!supervisor) {
      create.mutate({ ...next, officeId: values.officeId }, { onSuccess: done, onError });
      return;
    }
    const changes: SupervisorUpdate = changedFields(next, supervisor);
    if (Object.keys(changes).length === 0) onClose();
    else update.mutate({ id: supervisor.id, version: supervisor.version, changes }, { onSuccess: done, onError });
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
      <Flex justify="end" gap="small">
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button type="primary" htmlType="submit" loading={pending}>
          {t('common.save')}
        </Button>
      </Flex>
    </Form>
  );
}
