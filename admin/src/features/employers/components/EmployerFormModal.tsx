import { Button, Col, Flex, Form, Input, InputNumber, Modal, Row, Switch, type FormRule } from 'antd';
import {
  creditCodeProblem,
  EmployerCreate,
  ruleMessage,
  unionOfficeKinds,
  type Employer,
  type EmployerUpdate,
  type OfficeKind,
} from '@union/shared';
import { useTranslation } from 'react-i18next';
import { PageSpinner } from '@/components/PageSpinner';
import { QueryError } from '@/components/QueryError';
import { RegionPicker } from '@/components/RegionPicker';
import { useMe } from '@/features/auth';
import { isApiError } from '@/lib/api';
import { useFeedback } from '@/lib/feedback';
import { useShowApiError } from '@/lib/form-errors';
import { useLanguage } from '@/lib/i18n';
import { stringRules } from '@/lib/schema-rules';
import { useCreateEmployer } from '../api/create-employer';
import { useEmployer } from '../api/get-employer';
import { useUpdateEmployer } from '../api/update-employer';
import { UnionOfficePicker } from './UnionOfficePicker';

/** The bounds a shared TypeBox integer schema carries, for an InputNumber. */
const bounds = (schema: object) => schema as { minimum?: number; maximum?: number };

interface Values {
  name: string;
  creditCode: string;
  regionCode: string;
  industry: string;
  employeeCount: number;
  unionized: boolean;
  unionOfficeId: string | null;
  groupId: string | null;
  externalId?: string;
}

interface Props {
  /** The employer to edit; none to register one. */
  employerId?: string;
  open: boolean;
  onClose: () => void;
  onSaved?: (employer: Employer) => void;
}

const { name: nameSchema, industry: industrySchema, employeeCount: countSchema } = EmployerCreate.properties;
const groupKinds: readonly OfficeKind[] = ['group_union'];
const blankToNull = (text: string | undefined) => text?.trim() || null;

/** Registers an employer, or edits one as the server has it now (its version goes out as If-Match). */
export function EmployerFormModal({ employerId, open, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const employer = useEmployer(open ? employerId : undefined);
  const editing = employerId !== undefined;

  return (
    <Modal open={open} title={editing ? t('employers.edit') : t('employers.create')} footer={null} onCancel={onClose} destroyOnHidden width={720}>
      {!editing ? (
        <EmployerForm onClose={onClose} onSaved={onSaved} />
      ) : employer.isError ? (
        <QueryError error={employer.error} onRetry={() => void employer.refetch()} />
      ) : employer.data ? (
        <EmployerForm
          key={employer.data.version}
          employer={employer.data}
          onClose={onClose}
          onSaved={onSaved}
          onConflict={() => message.warning(t('employers.recordChanged'))}
        />
      ) : (
        <PageSpinner />
      )}
    </Modal>
  );
}

interface FormProps {
  employer?: Employer;
  onClose: () => void;
  onSaved?: (employer: Employer) => void;
  onConflict?: () => void;
}

function EmployerForm({ employer, onClose, onSaved, onConflict }: FormProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { message } = useFeedback();
  const showApiError = useShowApiError();
  const me = useMe().data;
  const [form] = Form.useForm<Values>();
  const unionized = Form.useWatch('unionized', form);
  const create = useCreateEmployer();
  const update = useUpdateEmployer();
  const pending = create.isPending || update.isPending;

  /** GB 32100, checked as the user types, in the words the server would use. */
  const creditCodeRule: FormRule = {
    validator: async (_, code: string | undefined) => {
      if (!code) return;
      const problem = creditCodeProblem(code);
      if (problem) throw new Error(ruleMessage(problem, language));
    },
  };
  /** domain.md §2: a unionized employer names the office its union reports to, and only then. */
  const unionOfficeRule: FormRule = ({ getFieldValue }) => ({
    validator: async (_, officeId: string | null | undefined) => {
      const isUnionized = getFieldValue('unionized') as boolean;
      if (isUnionized && !officeId) throw new Error(ruleMessage('employer.union_office_required', language));
      if (!isUnionized && officeId) throw new Error(ruleMessage('employer.union_office_without_union', language));
    },
  });

  const onError = (error: Error) => {
    if (isApiError(error, 'version_conflict')) onConflict?.();
    else showApiError(error, form);
  };
  const done = (saved: Employer) => {
    message.success(employer ? t('employers.saved') : t('employers.created', { name: saved.name }));
    onSaved?.(saved);
    onClose();
  };

  const save = (values: Values) => {
    const next = {
      name: values.name.trim(),
      creditCode: values.creditCode,
      regionCode: values.regionCode,
      industry: values.industry.trim(),
      employeeCount: values.employeeCount,
      unionized: values.unionized,
      unionOfficeId: values.unionized ? values.unionOfficeId : null,
      groupId: values.groupId ?? null,
      externalId: blankToNull(values.externalId),
    };
    if (!employer) {
      create.mutate(next, { onSuccess: done, onError });
      return;
    }
    const changes = Object.fromEntries(
      Object.entries(next).filter(([key, value]) => value !== employer[key as keyof typeof next]),
    ) as EmployerUpdate;
    if (Object.keys(changes).length === 0) onClose();
    else update.mutate({ id: employer.id, version: employer.version, changes }, { onSuccess: done, onError });
  };

  // a new employer of a district starts out reporting to the user's own union, when that can be one
  const ownUnion = me && unionOfficeKinds.includes(me.officeKind as OfficeKind) ? { id: me.officeId, name: me.officeName } : null;
  const initialValues: Partial<Values> = employer
    ? {
        name: employer.name,
        creditCode: employer.creditCode,
        regionCode: employer.regionCode,
        industry: employer.industry,
        employeeCount: employer.employeeCount,
        unionized: employer.unionized,
        unionOfficeId: employer.unionOfficeId,
        groupId: employer.groupId,
        externalId: employer.externalId ?? '',
      }
    : { unionized: true, unionOfficeId: ownUnion?.id ?? null, groupId: null };

  return (
    <Form form={form} layout="vertical" initialValues={initialValues} onFinish={save} disabled={pending} style={{ marginTop: 16 }}>
      <Row gutter={16}>
        <Col span={24}>
          <Form.Item name="name" label={t('employers.name')} rules={[{ required: true }, ...stringRules(nameSchema, t('common.blank'))]}>
            <Input />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item
            name="creditCode"
            label={t('employers.creditCode')}
            normalize={(code: string) => code.toUpperCase().replace(/\s/g, '')}
            rules={[{ required: true }, creditCodeRule]}
          >
            <Input maxLength={18} showCount autoComplete="off" style={{ fontFamily: 'monospace' }} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="externalId" label={t('employers.externalId')}>
            <Input />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="regionCode" label={t('employers.street')} rules={[{ required: true, message: t('employers.streetRequired') }]}>
            <RegionPicker streetsOnly placeholder={t('employers.streetPlaceholder')} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="industry" label={t('employers.industry')} rules={[{ required: true }, ...stringRules(industrySchema, t('common.blank'))]}>
            <Input />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="employeeCount" label={t('employers.employeeCount')} rules={[{ required: true }]}>
            <InputNumber min={bounds(countSchema).minimum} max={bounds(countSchema).maximum} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="unionized" label={t('employers.unionized')} valuePropName="checked">
            <Switch
              checkedChildren={t('employers.yes')}
              unCheckedChildren={t('employers.no')}
              onChange={(on) => {
                if (!on) form.setFieldValue('unionOfficeId', null);
                void form.validateFields(['unionOfficeId']).catch(() => undefined);
              }}
            />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="unionOfficeId" label={t('employers.unionOffice')} extra={t('employers.unionOfficeHelp')} dependencies={['unionized']} rules={[unionOfficeRule]}>
            <UnionOfficePicker
              kinds={unionOfficeKinds}
              disabled={!unionized}
              current={employer?.unionOfficeId ? { id: employer.unionOfficeId, name: employer.unionOfficeName ?? '' } : ownUnion}
              placeholder={t('employers.unionOfficePlaceholder')}
            />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="groupId" label={t('employers.group')} extra={t('employers.groupHelp')}>
            <UnionOfficePicker
              kinds={groupKinds}
              current={employer?.groupId ? { id: employer.groupId, name: employer.groupName ?? '' } : null}
              placeholder={t('employers.groupPlaceholder')}
            />
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
