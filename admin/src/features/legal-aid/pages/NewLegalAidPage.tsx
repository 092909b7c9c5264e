import { Alert, Button, Col, Flex, Form, Input, Row, Select, Space, type FormRule } from 'antd';
import {
  ApplicantInput,
  LegalAidCreate,
  fundingProgrammeLabels,
  fundingProgrammes,
  hardshipKinds,
  hardshipLabels,
  householdLabels,
  households,
  idNumberProblem,
  isHardshipExempt,
  legalAidChannelLabels,
  legalAidChannels,
  legalAidMatterLabels,
  legalAidMatters,
  legalAidServiceLabels,
  legalAidServices,
  ruleMessage,
  type FundingProgramme,
  type HardshipKind,
  type Household,
  type LegalAidChannel,
  type LegalAidMatter,
  type LegalAidService,
} from '@union/shared';
import { useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { Panel } from '@/components/Panel';
import { EmployerSelect } from '@/features/employers';
import { useDebouncedValue } from '@/lib/debounce';
import { useFeedback } from '@/lib/feedback';
import { useShowApiError } from '@/lib/form-errors';
import { useLabel, useLanguage } from '@/lib/i18n';
import { stringRules } from '@/lib/schema-rules';
import { legalAidDuplicatesOptions, useCreateLegalAid, useLegalAidDuplicates, type DuplicateQuery } from '../api/legal-aid';
import { GreenChannelTag } from '../components/LegalAidTags';

// The duplicates table loads when a check finds some, not with the form.
const DuplicateMatches = lazy(() => import('@/components/DuplicateMatches').then((m) => ({ default: m.DuplicateMatches })));

interface Values {
  channel: LegalAidChannel;
  applicant: { name: string; idNumber: string; phone?: string; household: Household; hardship: HardshipKind };
  employerId: string;
  matter: LegalAidMatter;
  service: LegalAidService;
  amount: string;
  funding: FundingProgramme;
  description?: string;
}

const { name: nameSchema, phone: phoneSchema } = ApplicantInput.properties;
const { amount: amountSchema, description: descriptionSchema } = LegalAidCreate.properties;
const normalizeId = (raw: string | undefined) => raw?.toUpperCase().replace(/\s/g, '');

/** What the duplicate check can look for once the employer is chosen: a valid ID number, else the name with a phone number. */
function duplicateQuery(v: { employerId?: string; idNumber?: string; name?: string; phone?: string }): DuplicateQuery | null {
  if (!v.employerId) return null;
  const name = v.name?.trim();
  const phone = v.phone?.trim();
  if (v.idNumber && !idNumberProblem(v.idNumber)) return { employerId: v.employerId, idNumber: [v.idNumber], ...(name && phone && { name, phone }) };
  if (name && phone && phone.length >= 7) return { employerId: v.employerId, name, phone };
  return null;
}

/** 法律援助申请登记: takes an application in; a migrant worker's wage or work-injury claim shows the green channel at once. */
export default function NewLegalAidPage() {
  const { t } = useTranslation();
  const label = useLabel();
  const language = useLanguage();
  const navigate = useNavigate();
  const { message, modal } = useFeedback();
  const showApiError = useShowApiError();
  const [form] = Form.useForm<Values>();
  const queryClient = useQueryClient();
  const household = Form.useWatch(['applicant', 'household'], form) as Household | undefined;
  const matter = Form.useWatch('matter', form) as LegalAidMatter | undefined;
  const create = useCreateLegalAid();
  const duplicateCheck = duplicateQuery({
    employerId: Form.useWatch('employerId', form) as string | undefined,
    idNumber: Form.useWatch(['applicant', 'idNumber'], form) as string | undefined,
    name: Form.useWatch(['applicant', 'name'], form) as string | undefined,
    phone: Form.useWatch(['applicant', 'phone'], form) as string | undefined,
  });
  // asked once the typing pauses, not on every keystroke; saving asks again for what the form holds then
  const duplicates = useLegalAidDuplicates(useDebouncedValue(duplicateCheck, 400));
  // the previous answer stays while the next is fetched, but not once the check has nothing to look for
  const matches = (duplicateCheck && duplicates.data) || [];
  const exempt = !!household && !!matter && isHardshipExempt({ household, matter });

  const idNumberRule: FormRule = {
    validator: async (_, id: string | undefined) => {
      if (!id) throw new Error(t('legalAid.idNumberRequired'));
      const problem = idNumberProblem(id);
      if (problem) throw new Error(ruleMessage(problem, language));
    },
  };

  const save = (values: Values) => {
    const phone = values.applicant.phone?.trim();
    const description = values.description?.trim();
    const body: LegalAidCreate = {
      channel: values.channel,
      applicant: { name: values.applicant.name.trim(), idNumber: values.applicant.idNumber, household: values.applicant.household, hardship: values.applicant.hardship, ...(phone && { phone }) },
      employerId: values.employerId,
      matter: values.matter,
      service: values.service,
      amount: values.amount,
      funding: values.funding,
      ...(description && { description }),
    };
    create.mutate(body, {
      onSuccess: (created) => {
        message.success(t('legalAid.created', { no: created.applicationNo }));
        navigate(`/legal-aid/${created.id}`);
      },
      onError: (error) => showApiError(error, form),
    });
  };

  // the clerk has seen the matches listed under the form; saving anyway is a choice made once more
  const submit = async (values: Values) => {
    let found: typeof matches;
    try {
      found = duplicateCheck ? await queryClient.fetchQuery(legalAidDuplicatesOptions(duplicateCheck)) : [];
    } catch (error) {
      return showApiError(error, form);
    }
    if (!found.length) return save(values);
    modal.confirm({
      title: t('legalAid.duplicatesConfirm', { count: found.length }),
      okText: t('legalAid.saveAnyway'),
      cancelText: t('common.cancel'),
      onOk: () => save(values),
    });
  };

  const options = <T extends string>(values: readonly T[], labels: Record<T, { zh: string; en: string }>) => values.map((v) => ({ value: v, label: label(labels[v]) }));
  const initialValues: Partial<Values> = { channel: 'walk_in', applicant: { name: '', idNumber: '', household: 'urban', hardship: 'none' }, funding: 'union_fund' };

  return (
    <Form<Values> form={form} layout="vertical" initialValues={initialValues} onFinish={submit} disabled={create.isPending} scrollToFirstError>
      <Panel
        title={
          <Space>
            <Link to="/legal-aid">{t('legalAid.title')}</Link>
            <span>/</span>
            <span>{t('legalAid.create')}</span>
            {exempt && <GreenChannelTag green />}
          </Space>
        }
      >
        {exempt && <Alert type="success" showIcon title={t('legalAid.greenChannelHelp')} style={{ marginBottom: 16 }} />}
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item name={['applicant', 'name']} label={t('legalAid.applicantName')} rules={[{ required: true, whitespace: true, message: t('legalAid.nameRequired') }, ...stringRules(nameSchema, t('common.blank'))]}>
              <Input />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name={['applicant', 'idNumber']} label={t('legalAid.idNumber')} normalize={normalizeId} validateTrigger={['onChange', 'onBlur']} rules={[idNumberRule]}>
              <Input maxLength={18} style={{ fontFamily: 'monospace' }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name={['applicant', 'phone']} label={t('legalAid.phone')} rules={stringRules(phoneSchema, t('legalAid.phoneInvalid'))}>
              <Input />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name={['applicant', 'household']} label={t('legalAid.household')} rules={[{ required: true }]}>
              <Select options={options(households, householdLabels)} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name={['applicant', 'hardship']} label={t('legalAid.hardship')} rules={[{ required: true }]} extra={exempt ? t('legalAid.hardshipExempt') : undefined}>
              <Select options={options(hardshipKinds, hardshipLabels)} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="employerId" label={t('legalAid.employer')} rules={[{ required: true, message: t('legalAid.employerRequired') }]}>
              <EmployerSelect />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="matter" label={t('legalAid.matter')} rules={[{ required: true }]}>
              <Select options={options(legalAidMatters, legalAidMatterLabels)} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="service" label={t('legalAid.service')} rules={[{ required: true }]}>
              <Select options={options(legalAidServices, legalAidServiceLabels)} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="amount" label={t('legalAid.amountYuan')} rules={[{ required: true, message: t('legalAid.amountInvalid') }, ...stringRules(amountSchema, t('legalAid.amountInvalid'))]}>
              <Input inputMode="decimal" suffix={t('legalAid.yuan')} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="channel" label={t('legalAid.channel')} rules={[{ required: true }]}>
              <Select options={options(legalAidChannels, legalAidChannelLabels)} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="funding" label={t('legalAid.funding')} rules={[{ required: true }]}>
              <Select options={options(fundingProgrammes, fundingProgrammeLabels)} />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item name="description" label={t('legalAid.description')} rules={stringRules(descriptionSchema, t('common.blank'))}>
              <Input.TextArea rows={4} />
            </Form.Item>
          </Col>
        </Row>
        {matches.length > 0 && (
          <Alert
            type="warning"
            showIcon
            title={t('legalAid.duplicatesTitle', { count: matches.length })}
            description={
              <Suspense fallback={null}>
                <DuplicateMatches matches={matches} />
              </Suspense>
            }
            style={{ marginBottom: 16 }}
          />
        )}
        <Flex justify="flex-end" gap="small">
          <Link to="/legal-aid">
            <Button>{t('common.cancel')}</Button>
          </Link>
          <Button type="primary" htmlType="submit" loading={create.isPending}>
            {t('legalAid.submit')}
          </Button>
        </Flex>
      </Panel>
    </Form>
  );
}
