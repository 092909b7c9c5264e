import { DeleteOutlined, PlusOutlined, SnippetsOutlined } from '@ant-design/icons';
import { Alert, Button, Col, Flex, Form, Input, Row, Select, Tag, Typography, type FormInstance, type FormRule } from 'antd';
import { collectiveThreshold, idNumberProblem, isCollective, ruleMessage, WorkerInput } from '@union/shared';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '@/lib/i18n';
import { stringRules } from '@/lib/schema-rules';

export interface WorkerValues {
  name: string;
  idNumber?: string;
  phone?: string;
  household?: 'urban' | 'migrant' | null;
}

// The paste dialog loads when opened, not with the form.
const PasteWorkersModal = lazy(() => import('./PasteWorkersModal'));

const { name: nameSchema, phone: phoneSchema } = WorkerInput.properties;
const households = ['urban', 'migrant'] as const;
const normalizeId = (raw: string | undefined) => raw?.toUpperCase().replace(/\s/g, '');

/**
 * The workers of a case as an editable list: each ID number is checked as it is typed with the
 * shared GB 11643 rule, in the words the server would use. Ten or more workers make the case a
 * collective dispute (劳动争议调解仲裁法 art. 7), shown as soon as the tenth is added.
 */
export function WorkersField({ form }: { form: FormInstance }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [pasting, setPasting] = useState(false);
  const workers = (Form.useWatch('workers', form) as WorkerValues[] | undefined) ?? [];
  const collective = isCollective(workers.length);

  const idNumberRule: FormRule = {
    validator: async (_, id: string | undefined) => {
      if (!id) return;
      const problem = idNumberProblem(id);
      if (problem) throw new Error(ruleMessage(problem, language));
    },
  };

  return (
    <>
      <Flex justify="space-between" align="center" style={{ marginBottom: 12 }}>
        <Typography.Text>
          {t('cases.workerCount', { count: workers.length })}
          {collective && (
            <Tag color="purple" style={{ marginInlineStart: 8 }} data-testid="collective-tag">
              {t('cases.collective')}
            </Tag>
          )}
        </Typography.Text>
        <Button icon={<SnippetsOutlined />} onClick={() => setPasting(true)}>
          {t('cases.pasteWorkers')}
        </Button>
      </Flex>
      {collective && <Alert type="warning" showIcon title={t('cases.collectiveHelp', { count: collectiveThreshold })} style={{ marginBottom: 12 }} />}
      <Form.List name="workers">
        {(fields, { add, remove }) => (
          <>
            <Row gutter={8} style={{ marginBottom: 4 }} aria-hidden>
              <Col flex="32px" />
              <Col flex="160px">
                <Typography.Text type="secondary">
                  <span style={{ color: '#ff4d4f' }}>* </span>
                  {t('cases.workerName')}
                </Typography.Text>
              </Col>
              <Col flex="230px">
                <Typography.Text type="secondary">{t('cases.idNumber')}</Typography.Text>
              </Col>
              <Col flex="160px">
                <Typography.Text type="secondary">{t('cases.phone')}</Typography.Text>
              </Col>
              <Col flex="130px">
                <Typography.Text type="secondary">{t('cases.household')}</Typography.Text>
              </Col>
            </Row>
            {fields.map(({ key, name }, index) => (
              <Row key={key} gutter={8} align="top" data-testid="worker-row">
                <Col flex="32px" style={{ paddingTop: 5 }}>
                  <Typography.Text type="secondary">{index + 1}</Typography.Text>
                </Col>
                <Col flex="160px">
                  <Form.Item name={[name, 'name']} rules={[{ required: true, message: t('cases.workerNameRequired') }, ...stringRules(nameSchema, t('common.blank'))]}>
                    <Input placeholder={t('cases.workerName')} aria-label={t('cases.workerNameOf', { n: index + 1 })} />
                  </Form.Item>
                </Col>
                <Col flex="230px">
                  <Form.Item name={[name, 'idNumber']} normalize={normalizeId} rules={[idNumberRule]}>
                    <Input
                      placeholder={t('cases.idNumber')}
                      aria-label={t('cases.idNumberOf', { n: index + 1 })}
                      maxLength={18}
                      autoComplete="off"
                      style={{ fontFamily: 'monospace' }}
                    />
                  </Form.Item>
                </Col>
                <Col flex="160px">
                  <Form.Item name={[name, 'phone']} rules={stringRules(phoneSchema, t('cases.phoneInvalid'))}>
                    <Input placeholder={t('cases.phone')} aria-label={t('cases.phoneOf', { n: index + 1 })} />
                  </Form.Item>
                </Col>
                <Col flex="130px">
                  <Form.Item name={[name, 'household']}>
                    <Select
                      allowClear
                      placeholder={t('cases.household')}
                      aria-label={t('cases.householdOf', { n: index + 1 })}
                      options={households.map((h) => ({ value: h, label: t(`cases.households.${h}`) }))}
                    />
                  </Form.Item>
                </Col>
                <Col flex="32px">
                  <Button type="text" icon={<DeleteOutlined />} disabled={fields.length === 1} aria-label={t('cases.removeWorker')} onClick={() => remove(name)} />
                </Col>
              </Row>
            ))}
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ name: '' })}>
              {t('cases.addWorker')}
            </Button>
          </>
        )}
      </Form.List>
      {pasting && (
        <Suspense fallback={null}>
          <PasteWorkersModal
            onClose={() => setPasting(false)}
            onAdd={(pasted) => {
              // a blank first row (the form starts with one) gives way to the pasted list
              const kept = workers.filter((w) => w.name?.trim() || w.idNumber || w.phone);
              form.setFieldValue('workers', [...kept, ...pasted]);
              void form.validateFields(pasted.map((_, i) => ['workers', kept.length + i, 'idNumber'])).catch(() => undefined);
              setPasting(false);
            }}
          />
        </Suspense>
      )}
    </>
  );
}

/** Reads lines copied from a spreadsheet: name, then an ID number and a phone in any order, separated by tabs, commas or spaces. */
export function parseWorkerLines(text: string): WorkerValues[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.split(/[\t,，;；\s]+/).filter(Boolean))
    .filter((cells) => cells.length > 0)
    .map(([name, ...rest]) => {
      const idNumber = rest.find((c) => /^\d{17}[\dxX]$/.test(c))?.toUpperCase();
      const phone = rest.find((c) => c !== idNumber && /^[0-9+\-]{5,20}$/.test(c));
      return { name, ...(idNumber && { idNumber }), ...(phone && { phone }) };
    });
}
