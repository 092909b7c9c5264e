import { Button, Checkbox, Col, Divider, Flex, Form, Input, Radio, Row, Select, Space, type FormRule } from 'antd';
import {
  checklistItems,
  checklistLabels,
  enterpriseOrgTypes,
  MediationOrgCreate,
  mediationOrgTypeLabels,
  mediationOrgTypes,
  officeKindRules,
  officeOrgKinds,
  reportingCadenceLabels,
  reportingCadences,
  ruleMessage,
  type ChecklistItem,
  type MediationOrg,
  type MediationOrgType,
  type OfficeTreeNode,
  type ReportingCadence,
} from '@union/shared';
import { useCallback, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useCan, useMe } from '@/features/auth';
import { EmployerSelect, useEmployer } from '@/features/employers';
import { OfficeTreeSelect } from '@/features/offices';
import { useFeedback } from '@/lib/feedback';
import { useShowApiError } from '@/lib/form-errors';
import { useLabel, useLanguage } from '@/lib/i18n';
import { stringRules } from '@/lib/schema-rules';
import { useCreateMediationOrg } from '../api/create-mediation-org';
import { useFilingAuthority, type FilingAuthorityInput } from '../api/get-filing-authority';
import { FilingAuthorityPanel } from '../components/FilingAuthorityPanel';
import { suggestedName } from '../utils/naming';
import { Forbidden } from '@/components/Forbidden';
import { Panel } from '@/components/Panel';

interface Values {
  type: MediationOrgType;
  employerId?: string;
  officeId?: string;
  name: string;
  coordinatorName?: string;
  checklist: ChecklistItem[];
  phone?: string;
  address?: string;
  reportingCadence: ReportingCadence;
  overrideReason?: string;
}

const { name: nameSchema, phone: phoneSchema, address: addressSchema, coordinatorName: coordinatorSchema, overrideReason: overrideSchema } =
  MediationOrgCreate.properties;
const blankToUndefined = (text: string | undefined) => text?.trim() || undefined;

/** 备案报送: submits a mediation organization's filing; where it goes is computed by the server and shown before sending. */
export default function NewFilingPage() {
  const { t } = useTranslation();
  const canFile = useCan('mediation_orgs:write');
  if (!canFile) return <Forbidden extra={<Link to="/mediation-orgs">{t('mediationOrgs.title')}</Link>} />;
  return <FilingForm />;
}

function FilingForm() {
  const { t } = useTranslation();
  const label = useLabel();
  const language = useLanguage();
  const navigate = useNavigate();
  const { message } = useFeedback();
  const showApiError = useShowApiError();
  const me = useMe().data;
  const [form] = Form.useForm<Values>();
  const create = useCreateMediationOrg();
  const [params] = useSearchParams();

  const type = Form.useWatch('type', form);
  const employerId = Form.useWatch('employerId', form);
  const officeId = Form.useWatch('officeId', form);
  const employer = useEmployer(employerId).data;
  const needsEmployer = !!type && enterpriseOrgTypes.includes(type);
  const ownKind = type ? officeOrgKinds[type] : undefined;
  const setUpByOffice = type === 'industry_org' || type === 'regional_org';
  // domain.md §3: only a city-tier reviewer may record why a size mismatch is accepted
  const cityReviewer = me?.officeTier === 'city' && me.permissions.includes('mediation_orgs:review');

  const previewInput: FilingAuthorityInput | null =
    !type || (needsEmployer && !employerId) || (ownKind && !officeId)
      ? null
      : { type, ...(needsEmployer && { employerId }), ...((ownKind || setUpByOffice) && officeId && { officeId }) };
  const preview = useFilingAuthority(previewInput);
  const sizeRule = previewInput && preview.data?.sizeRule;

  // The name follows the employer and type until the user writes their own.
  const suggested = useRef<string | undefined>(undefined);
  const suggestName = (nextType: MediationOrgType | undefined, employerName: string | undefined) => {
    const name = suggestedName(nextType, employerName);
    const current = form.getFieldValue('name') as string | undefined;
    if (name && (!current || current === suggested.current)) form.setFieldValue('name', name);
    suggested.current = name;
  };

  // an employer chosen before the form opened (from its page) names the organization too
  const employerName = employer?.name;
  useEffect(() => {
    if (employerName) suggestName(form.getFieldValue('type') as MediationOrgType | undefined, employerName);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per employer loaded
  }, [employerName]);

  const isWrongKind = useCallback((office: OfficeTreeNode) => (ownKind ? office.kind !== ownKind : false), [ownKind]);

  const coordinatorRule: FormRule = {
    validator: async (_, name: string | undefined) => {
      if (!name?.trim()) throw new Error(ruleMessage('filing.coordinator_name', language));
    },
  };

  const submit = (values: Values) => {
    const checklist = Object.fromEntries(checklistItems.map((item) => [item, values.checklist.includes(item)])) as Record<ChecklistItem, boolean>;
    create.mutate(
      {
        type: values.type,
        name: values.name.trim(),
        ...(needsEmployer && { employerId: values.employerId }),
        ...((ownKind || setUpByOffice) && values.officeId && { officeId: values.officeId }),
        ...(values.type === 'labor_relations_coordinator' && { coordinatorName: values.coordinatorName?.trim() }),
        ...(sizeRule && cityReviewer && values.overrideReason?.trim() && { overrideReason: values.overrideReason.trim() }),
        checklist,
        phone: blankToUndefined(values.phone),
        address: blankToUndefined(values.address),
        reportingCadence: values.reportingCadence,
      },
      {
        onSuccess: (org: MediationOrg) => {
          message.success(t('filing.submitted', { name: org.name, office: org.filingOfficeName }));
          navigate(`/mediation-orgs/${org.id}`);
        },
        onError: (error) => showApiError(error, form),
      },
    );
  };

  const blocked = !previewInput || preview.isError || preview.isFetching || (!!sizeRule && !cityReviewer);
  const initialValues: Partial<Values> = {
    type: 'enterprise_committee',
    employerId: params.get('employerId') ?? undefined,
    checklist: [],
    reportingCadence: 'quarter',
  };

  return (
    <Panel title={<Space><Link to="/mediation-orgs">{t('mediationOrgs.title')}</Link><span>/</span><span>{t('filing.title')}</span></Space>}>
      <Form form={form} layout="vertical" initialValues={initialValues} onFinish={submit} disabled={create.isPending} style={{ maxWidth: 880 }}>
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item name="type" label={t('mediationOrgs.type')} rules={[{ required: true }]}>
              <Select
                options={mediationOrgTypes.map((value) => ({ value, label: label(mediationOrgTypeLabels[value]) }))}
                onChange={(next: MediationOrgType) => {
                  form.setFieldValue('officeId', undefined);
                  suggestName(next, employer?.name);
                }}
              />
            </Form.Item>
          </Col>
          <Col span={12}>
            {needsEmployer && (
              <Form.Item name="employerId" label={t('mediationOrgs.employer')} rules={[{ required: true, message: ruleMessage('filing.employer_required', language, { type: label(mediationOrgTypeLabels[type]) }) }]}>
                <EmployerSelect onChange={(_, picked) => suggestName(type, picked?.name)} />
              </Form.Item>
            )}
            {(ownKind || setUpByOffice) && (
              <Form.Item
                name="officeId"
                label={ownKind ? t('filing.ownOffice', { kind: label(officeKindRules[ownKind].label) }) : t('filing.setUpBy')}
                extra={setUpByOffice ? t('filing.setUpByHelp') : undefined}
                rules={ownKind ? [{ required: true }] : []}
              >
                <OfficeTreeSelect allowClear isDisabled={isWrongKind} popupMatchSelectWidth={360} />
              </Form.Item>
            )}
          </Col>
        </Row>

        <Form.Item label={t('filing.authoritySection')} tooltip={t('filing.authorityHelp')}>
          <FilingAuthorityPanel
            authority={preview.data}
            loading={preview.isFetching}
            error={previewInput ? preview.error : null}
            waitingFor={previewInput ? undefined : needsEmployer ? t('filing.pickEmployerFirst') : t('filing.pickOfficeFirst')}
            employeeCount={employer?.employeeCount}
          />
        </Form.Item>
        {sizeRule && cityReviewer && (
          <Form.Item
            name="overrideReason"
            label={t('filing.overrideReason')}
            extra={t('filing.overrideReasonHelp')}
            rules={[{ required: true, whitespace: true }, ...stringRules(overrideSchema, t('common.blank'))]}
          >
            <Input.TextArea rows={2} />
          </Form.Item>
        )}

        <Divider />
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item name="name" label={t('mediationOrgs.name')} rules={[{ required: true }, ...stringRules(nameSchema, t('common.blank'))]}>
              <Input />
            </Form.Item>
          </Col>
          <Col span={12}>
            {type === 'labor_relations_coordinator' && (
              <Form.Item name="coordinatorName" label={t('mediationOrgs.coordinatorName')} required rules={[coordinatorRule, ...stringRules(coordinatorSchema, t('common.blank'))]}>
                <Input />
              </Form.Item>
            )}
          </Col>
          <Col span={24}>
            <Form.Item name="checklist" label={t('mediationOrgs.checklist')} extra={t('filing.checklistHelp')}>
              <Checkbox.Group options={checklistItems.map((item) => ({ value: item, label: label(checklistLabels[item]) }))} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="phone" label={t('mediationOrgs.phone')} rules={stringRules(phoneSchema, t('offices.phoneInvalid'))}>
              <Input />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="reportingCadence" label={t('mediationOrgs.reportingCadence')}>
              <Radio.Group
                options={reportingCadences.map((cadence) => ({ value: cadence, label: t('mediationOrgs.per', { cadence: label(reportingCadenceLabels[cadence]) }) }))}
              />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="address" label={t('mediationOrgs.address')} rules={stringRules(addressSchema, t('common.blank'))}>
              <Input />
            </Form.Item>
          </Col>
        </Row>
        <Flex justify="end" gap="small">
          <Button onClick={() => navigate(-1)}>{t('common.cancel')}</Button>
          <Button type="primary" htmlType="submit" loading={create.isPending} disabled={blocked}>
            {t('filing.submit')}
          </Button>
        </Flex>
      </Form>
    </Panel>
  );
}
