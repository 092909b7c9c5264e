import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Col, Flex, Form, Input, Row, Select, Space, Switch, type FormRule } from 'antd';
import {
  CaseCreate,
  CaseSource,
  caseChannelLabels,
  caseChannels,
  isCollective,
  ruleMessage,
  sourcedChannels,
  type CaseChannel,
} from '@union/shared';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { RegionPicker } from '@/components/RegionPicker';
import { Panel } from '@/components/Panel';
import { EmployerSelect } from '@/features/employers';
import { useFeedback } from '@/lib/feedback';
import { useShowApiError } from '@/lib/form-errors';
import { useLabel, useLanguage } from '@/lib/i18n';
import { stringRules } from '@/lib/schema-rules';
import { useCreateCase } from '../api/create-case';
import { duplicatesQueryOptions } from '../api/get-duplicates';
import type { DuplicateMatch, DuplicateQuery } from '../api/types';
import { ClaimsField, type ClaimValues } from '../components/ClaimsField';
import { HandlerOrgSelect } from '../components/HandlerOrgSelect';
import { WorkersField, type WorkerValues } from '../components/WorkersField';

// The duplicates dialog (and the table it shows) loads when a check finds some, not with the form.
const DuplicateModal = lazy(() => import('../components/DuplicateModal').then((m) => ({ default: m.DuplicateModal })));

interface Values {
  channel: CaseChannel;
  source?: { body?: string; regionCode?: string; reference?: string };
  employerId: string;
  handlerOrgId?: string;
  workers: WorkerValues[];
  claims: ClaimValues[];
  description: string;
  massIncident: boolean;
  major: boolean;
}

const { description: descriptionSchema } = CaseCreate.properties;
const { body: sourceBodySchema, reference: referenceSchema } = CaseSource.properties;
const blank = (text: string | undefined) => text?.trim() || undefined;
/** The ID-number list the duplicate check takes at once. */
const ID_BATCH = 50;
/** Workers without an ID number are checked by name and phone, one request each, up to this many. */
const NAME_PHONE_CHECKS = 20;

/** 受理登记: takes a dispute in from any channel, after looking for open cases of the same workers. */
export default function NewCasePage() {
  const { t } = useTranslation();
  const label = useLabel();
  const language = useLanguage();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { message } = useFeedback();
  const showApiError = useShowApiError();
  const [form] = Form.useForm<Values>();
  const channel = Form.useWatch('channel', form);
  const workerCount = (Form.useWatch('workers', form) as WorkerValues[] | undefined)?.length ?? 0;
  const massIncident = Form.useWatch('massIncident', form);
  const major = Form.useWatch('major', form);
  const create = useCreateCase();
  const [checking, setChecking] = useState(false);
  const [review, setReview] = useState<{ body: CaseCreate; matches: DuplicateMatch[] } | null>(null);
  const sourced = !!channel && sourcedChannels.includes(channel);
  const reported = isCollective(workerCount) || massIncident || major;

  const sourceRequired: FormRule = { required: true, whitespace: true, message: ruleMessage('case.source_required', language) };
  const districtRule: FormRule = {
    validator: async (_, code: string | undefined) => {
      if (!code) throw new Error(ruleMessage('case.source_required', language));
      if (!/^\d{4}(?!00)\d{2}$/.test(code)) throw new Error(t('cases.sourceDistrictInvalid'));
    },
  };

  const toBody = (values: Values): CaseCreate => ({
    channel: values.channel,
    ...(sourcedChannels.includes(values.channel) && {
      source: { body: values.source!.body!.trim(), regionCode: values.source!.regionCode!, reference: values.source!.reference!.trim() },
    }),
    employerId: values.employerId,
    ...(values.handlerOrgId && { handlerOrgId: values.handlerOrgId }),
    workers: values.workers.map((w) => ({
      name: w.name.trim(),
      ...(w.idNumber && { idNumber: w.idNumber }),
      ...(blank(w.phone) && { phone: blank(w.phone) }),
      ...(w.household && { household: w.household }),
    })),
    claims: values.claims.map((c) => ({ category: c.category!, amount: c.amount! })),
    description: values.description.trim(),
    massIncident: values.massIncident,
    major: values.major,
  });

  /** The open cases of these workers against this employer: by ID number, else by name and phone. */
  const findDuplicates = async (body: CaseCreate): Promise<DuplicateMatch[]> => {
    const ids = body.workers.flatMap((w) => (w.idNumber ? [w.idNumber] : []));
    const queries: DuplicateQuery[] = [];
    for (let i = 0; i < ids.length; i += ID_BATCH) queries.push({ employerId: body.employerId, idNumber: ids.slice(i, i + ID_BATCH) });
    body.workers
      .filter((w) => !w.idNumber && w.phone)
      .slice(0, NAME_PHONE_CHECKS)
      .forEach((w) => queries.push({ employerId: body.employerId, name: w.name, phone: w.phone! }));
    const found = (await Promise.all(queries.map((q) => queryClient.fetchQuery(duplicatesQueryOptions(q))))).flat();
    return [...new Map(found.map((m) => [m.id, m])).values()];
  };

  const save = (body: CaseCreate) =>
    create.mutate(body, {
      onSuccess: (created) => {
        message.success(t('cases.created', { caseNo: created.caseNo }));
        navigate(`/cases/${created.id}`);
      },
      onError: (error) => {
        setReview(null);
        showApiError(error, form);
      },
    });

  const submit = async (values: Values) => {
    const body = toBody(values);
    setChecking(true);
    try {
      const matches = await findDuplicates(body);
      if (matches.length) setReview({ body, matches });
      else save(body);
    } catch (error) {
      showApiError(error, form);
    } finally {
      setChecking(false);
    }
  };

  const busy = checking || create.isPending;
  const initialValues: Partial<Values> = { channel: 'walk_in', workers: [{ name: '' }], claims: [{}], massIncident: false, major: false };

  return (
    <>
      <Form<Values> form={form} layout="vertical" initialValues={initialValues} onFinish={(v) => void submit(v)} disabled={busy} scrollToFirstError>
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <Panel
            title={
              <Space>
                <Link to="/cases">{t('cases.title')}</Link>
                <span>/</span>
                <span>{t('cases.create')}</span>
              </Space>
            }
          >
            <Row gutter={16}>
              <Col xs={24} md={8}>
                <Form.Item name="channel" label={t('cases.channel')} rules={[{ required: true }]}>
                  <Select options={caseChannels.map((c) => ({ value: c, label: label(caseChannelLabels[c]) }))} />
                </Form.Item>
              </Col>
              <Col xs={24} md={8}>
                <Form.Item name="employerId" label={t('cases.employer')} rules={[{ required: true, message: t('cases.employerRequired') }]}>
                  <EmployerSelect />
                </Form.Item>
              </Col>
              <Col xs={24} md={8}>
                <Form.Item name="handlerOrgId" label={t('cases.handlerOrg')} extra={t('cases.handlerHelp')}>
                  <HandlerOrgSelect />
                </Form.Item>
              </Col>
            </Row>
            {sourced && (
              <Row gutter={16} data-testid="case-source">
                <Col xs={24} md={8}>
                  <Form.Item name={['source', 'body']} label={t('cases.sourceBody')} rules={[sourceRequired, ...stringRules(sourceBodySchema, t('common.blank'))]}>
                    <Input placeholder={channel === 'court_entrusted' ? t('cases.sourceBodyCourt') : t('cases.sourceBodyArbitration')} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={8}>
                  <Form.Item name={['source', 'regionCode']} label={t('cases.sourceDistrict')} rules={[districtRule]}>
                    <RegionPicker districtsDeepest placeholder={t('cases.sourceDistrictPlaceholder')} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={8}>
                  <Form.Item name={['source', 'reference']} label={t('cases.sourceReference')} rules={[sourceRequired, ...stringRules(referenceSchema, t('common.blank'))]}>
                    <Input placeholder={t('cases.sourceReferencePlaceholder')} />
                  </Form.Item>
                </Col>
              </Row>
            )}
          </Panel>

          <Panel title={t('cases.workers')}>
            <WorkersField form={form} />
          </Panel>

          <Panel title={t('cases.claims')}>
            <ClaimsField form={form} />
          </Panel>

          <Panel title={t('cases.facts')}>
            <Form.Item name="description" label={t('cases.description')} rules={[{ required: true, whitespace: true, message: t('cases.descriptionRequired') }, ...stringRules(descriptionSchema, t('common.blank'))]}>
              <Input.TextArea rows={5} showCount maxLength={(descriptionSchema as { maxLength?: number }).maxLength} />
            </Form.Item>
            <Space size="large" wrap>
              <Form.Item name="massIncident" label={t('cases.massIncident')} valuePropName="checked" extra={t('cases.massIncidentHelp')}>
                <Switch />
              </Form.Item>
              <Form.Item name="major" label={t('cases.major')} valuePropName="checked" extra={t('cases.majorHelp')}>
                <Switch />
              </Form.Item>
            </Space>
            {reported && <Alert type="info" showIcon title={t('cases.willReport')} />}
          </Panel>

          <Flex justify="end" gap="small">
            <Button onClick={() => navigate(-1)}>{t('common.cancel')}</Button>
            <Button type="primary" htmlType="submit" loading={busy}>
              {t('cases.submit')}
            </Button>
          </Flex>
        </Space>
      </Form>
      {review && (
        <Suspense fallback={null}>
          <DuplicateModal
            matches={review.matches}
            saving={create.isPending}
            onCancel={() => setReview(null)}
            onSave={(linkedCaseId) => save({ ...review.body, ...(linkedCaseId && { linkedCaseId }) })}
          />
        </Suspense>
      )}
    </>
  );
}
