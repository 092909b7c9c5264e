import { Alert, Button, Checkbox, Col, Flex, Form, Input, Row, Select, Space, type FormRule } from 'antd';
import {
  NoticeCreate,
  failedNoticeStatuses,
  findingCategories,
  findingCategoryLabels,
  ladderRefusal,
  nextRung,
  noticeLadder,
  noticeStatusLabels,
  noticeTypeLabels,
  noticeTypes,
  predecessorMismatch,
  ruleMessage,
  type FindingCategory,
  type Inspection,
  type Notice,
  type NoticeType,
} from '@union/shared';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { PageSpinner } from '@/components/PageSpinner';
import { QueryError } from '@/components/QueryError';
import { Panel } from '@/components/Panel';
import { EmployerSelect } from '@/features/employers';
import { useFeedback } from '@/lib/feedback';
import { useShowApiError } from '@/lib/form-errors';
import { useLabel, useLanguage } from '@/lib/i18n';
import { stringRules } from '@/lib/schema-rules';
import { useCreateNotice, useInspection, useInspections, useNotice, useNotices, useUpdateNotice } from '../api/supervision';

interface Values {
  type: NoticeType;
  employerId?: string;
  inspectionId?: string;
  categories: FindingCategory[];
  facts?: string;
  legalBasis?: string;
  serious: boolean;
  previousNoticeId?: string;
}

const { facts: factsSchema, legalBasis: legalBasisSchema } = NoticeCreate.properties;

/** What the form starts from: the rung above a notice that failed, or the findings of an inspection. */
function fromPrevious(p: Notice): Partial<Values> {
  return { type: nextRung(p.type), employerId: p.employerId, inspectionId: p.inspectionId ?? undefined, categories: p.categories, facts: p.facts, legalBasis: p.legalBasis, serious: p.serious, previousNoticeId: p.id };
}
function fromInspection(i: Inspection): Partial<Values> {
  const serious = i.findings.some((f) => f.serious);
  return {
    // a serious breach may go straight to an opinion
    type: serious ? 'opinion' : 'reminder',
    employerId: i.employerId,
    inspectionId: i.id,
    categories: [...new Set(i.findings.map((f) => f.category))],
    facts: i.findings.map((f, n) => `${n + 1}. ${f.description}`).join('\n'),
    serious,
  };
}

/** What a draft says, to edit it. */
function fromDraft(n: Notice): Partial<Values> {
  return { type: n.type, employerId: n.employerId, inspectionId: n.inspectionId ?? undefined, categories: n.categories, facts: n.facts, legalBasis: n.legalBasis, serious: n.serious, previousNoticeId: n.previousNoticeId ?? undefined };
}

/** 制发文书: drafts a notice on the ladder (or edits a draft); it is numbered and goes out with 发出 on its page. */
export default function NewNoticePage() {
  const editingId = useParams().noticeId;
  return editingId ? <EditDraft id={editingId} /> : <NewNotice />;
}

function EditDraft({ id }: { id: string }) {
  const language = useLanguage();
  const draft = useNotice(id);
  if (draft.isError) return <QueryError error={draft.error} onRetry={() => void draft.refetch()} />;
  if (!draft.data) return <PageSpinner />;
  if (draft.data.status !== 'draft') return <Alert type="warning" showIcon title={ruleMessage('notice.not_draft', language)} />;
  return <NoticeForm initial={fromDraft(draft.data)} draft={draft.data} />;
}

function NewNotice() {
  const [search] = useSearchParams();
  const previousId = search.get('previousNoticeId') ?? undefined;
  const inspectionId = search.get('inspectionId') ?? undefined;
  const previous = useNotice(previousId);
  const inspection = useInspection(previousId ? undefined : inspectionId);
  const source = previousId ? previous : inspectionId ? inspection : null;

  if (source?.isError) return <QueryError error={source.error} onRetry={() => void source.refetch()} />;
  if (source && !source.data) return <PageSpinner />;
  const initial = previous.data ? fromPrevious(previous.data) : inspection.data ? fromInspection(inspection.data) : {};
  return <NoticeForm initial={{ type: 'reminder', categories: [], serious: false, ...initial }} />;
}

function NoticeForm({ initial, draft }: { initial: Partial<Values>; draft?: Notice }) {
  const { t } = useTranslation();
  const label = useLabel();
  const language = useLanguage();
  const navigate = useNavigate();
  const { message } = useFeedback();
  const showApiError = useShowApiError();
  const [form] = Form.useForm<Values>();
  const create = useCreateNotice();
  const update = useUpdateNotice();
  const pending = create.isPending || update.isPending;
  const type = (Form.useWatch('type', form) ?? initial.type) as NoticeType;
  const employerId = Form.useWatch('employerId', form) as string | undefined;
  const serious = !!Form.useWatch('serious', form);
  const rung = noticeLadder[type];
  const predecessorType = rung.predecessor;
  // candidates: the rung below, for this employer, issued and failed, with nothing on top yet
  const below = useNotices({ employerId, type: predecessorType ?? undefined, limit: 100 }, !!employerId && !!predecessorType);
  const candidates = (below.data?.items ?? []).filter((n) => failedNoticeStatuses.includes(n.status) && (!n.nextNoticeId || n.id === initial.previousNoticeId));
  const inspections = useInspections({ employerId, limit: 50 }, !!employerId);

  // the shared ladder rules, checked as the user picks: a predecessor is needed (except a serious opinion) and must match
  const previousRule: FormRule = {
    validator: async (_, id: string | undefined) => {
      const v = form.getFieldsValue();
      const notice = { type: v.type, employerId: v.employerId ?? '', categories: v.categories ?? [], serious: !!v.serious };
      const chosen = id ? candidates.find((n) => n.id === id) : undefined;
      const refusal = id ? (chosen ? predecessorMismatch(notice, { ...chosen, deadlineAt: null }) : null) : ladderRefusal(notice, null, new Date());
      if (refusal) throw new Error(ruleMessage(refusal.rule, language, wordParams(refusal.params)));
    },
  };
  const wordParams = (params: Record<string, string>) =>
    Object.fromEntries(Object.entries(params).map(([k, v]) => [k, (noticeTypes as readonly string[]).includes(v) ? label(noticeTypeLabels[v as NoticeType]) : v]));

  const submit = (v: Values) => {
    if (draft) {
      const changes = {
        categories: v.categories,
        facts: v.facts!.trim(),
        legalBasis: v.legalBasis!.trim(),
        serious: v.serious,
        inspectionId: v.inspectionId ?? null,
        previousNoticeId: (rung.predecessor && v.previousNoticeId) || null,
      };
      update.mutate(
        { id: draft.id, version: draft.version, changes },
        {
          onSuccess: () => {
            message.success(t('supervision.draftSaved'));
            navigate(`/notices/${draft.id}`);
          },
          onError: (error) => showApiError(error, form),
        },
      );
      return;
    }
    const body: NoticeCreate = {
      type: v.type,
      employerId: v.employerId!,
      categories: v.categories,
      facts: v.facts!.trim(),
      legalBasis: v.legalBasis!.trim(),
      serious: v.serious,
      ...(v.inspectionId && { inspectionId: v.inspectionId }),
      ...(v.previousNoticeId && rung.predecessor && { previousNoticeId: v.previousNoticeId }),
    };
    create.mutate(body, {
      onSuccess: (created) => {
        message.success(t('supervision.noticeDrafted', { type: label(noticeTypeLabels[created.type]) }));
        navigate(`/notices/${created.id}`);
      },
      onError: (error) => showApiError(error, form),
    });
  };

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      initialValues={initial}
      onFinish={submit}
      disabled={pending}
      scrollToFirstError
      onValuesChange={(changed: Partial<Values>) => {
        if ('employerId' in changed) form.setFieldsValue({ previousNoticeId: undefined, inspectionId: undefined });
        if ('type' in changed && !noticeLadder[changed.type!].predecessor) form.setFieldsValue({ previousNoticeId: undefined });
        if ('type' in changed || 'serious' in changed || 'categories' in changed) void form.validateFields(['previousNoticeId']).catch(() => undefined);
      }}
    >
      <Panel
        title={
          <Space>
            <Link to="/notices">{t('supervision.notices')}</Link>
            <span>/</span>
            <span>{draft ? t('supervision.editDraft') : t('supervision.newNotice')}</span>
          </Space>
        }
      >
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item name="type" label={t('supervision.type')} rules={[{ required: true }]}>
              <Select disabled={!!draft} options={noticeTypes.map((v) => ({ value: v, label: label(noticeTypeLabels[v]) }))} />
            </Form.Item>
          </Col>
          <Col xs={24} md={10}>
            <Form.Item name="employerId" label={t('supervision.employer')} rules={[{ required: true, message: t('supervision.employerRequired') }]}>
              <EmployerSelect disabled={!!draft} popupMatchSelectWidth={360} />
            </Form.Item>
          </Col>
          <Col xs={24} md={6}>
            <Form.Item name="serious" label={t('supervision.serious')} valuePropName="checked" extra={t('supervision.seriousHelp')}>
              <Checkbox>{t('supervision.seriousBreach')}</Checkbox>
            </Form.Item>
          </Col>
          {rung.addressee !== 'employer' && (
            <Col xs={24}>
              <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t(`supervision.addresseeHelp.${rung.addressee}`)} />
            </Col>
          )}
          <Col xs={24} md={12}>
            <Form.Item name="previousNoticeId" label={t('supervision.previousNotice')} dependencies={['type', 'serious', 'categories', 'employerId']} rules={[previousRule]}>
              <Select
                allowClear
                disabled={!predecessorType || !employerId}
                loading={below.isFetching}
                placeholder={predecessorType ? t('supervision.pickPrevious', { type: label(noticeTypeLabels[predecessorType]) }) : t('supervision.firstRung')}
                notFoundContent={t('supervision.noPrevious')}
                options={candidates.map((n) => ({
                  value: n.id,
                  label: `${n.noticeNo ?? t('supervision.unnumbered')} · ${label(noticeStatusLabels[n.status])} · ${n.categories.map((c) => label(findingCategoryLabels[c])).join('、')}`,
                }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="inspectionId" label={t('supervision.inspection')}>
              <Select
                allowClear
                disabled={!employerId}
                loading={inspections.isFetching}
                placeholder={t('supervision.pickInspection')}
                options={(inspections.data?.items ?? []).map((i) => ({ value: i.id, label: `${i.inspectedOn} · ${i.inspectors.map((p) => p.name).join('、')}` }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item name="categories" label={t('supervision.categories')} rules={[{ required: true, message: t('supervision.categoriesRequired') }]}>
              <Checkbox.Group options={findingCategories.map((c) => ({ value: c, label: label(findingCategoryLabels[c]) }))} />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item name="facts" label={t('supervision.facts')} rules={[{ required: true, whitespace: true, message: t('supervision.factsRequired') }, ...stringRules(factsSchema, t('common.blank'))]}>
              <Input.TextArea rows={5} placeholder={t('supervision.factsPlaceholder')} />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item
              name="legalBasis"
              label={t('supervision.legalBasis')}
              rules={[{ required: true, whitespace: true, message: t('supervision.legalBasisRequired') }, ...stringRules(legalBasisSchema, t('common.blank'))]}
            >
              <Input.TextArea rows={2} placeholder={t('supervision.legalBasisPlaceholder')} />
            </Form.Item>
          </Col>
        </Row>
        <Flex justify="flex-end" gap="small">
          <Link to={draft ? `/notices/${draft.id}` : '/notices'}>
            <Button>{t('common.cancel')}</Button>
          </Link>
          <Button type="primary" htmlType="submit" loading={pending}>
            {t('supervision.saveDraft')}
          </Button>
        </Flex>
      </Panel>
    </Form>
  );
}
