import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Col, Flex, Form, Input, Row, Select, Typography, type FormInstance } from 'antd';
import { claimCategories, claimCategoryLabels, Money, type ClaimCategory } from '@union/shared';
import { useTranslation } from 'react-i18next';
import { useLabel } from '@/lib/i18n';
import { stringRules } from '@/lib/schema-rules';
import { formatYuan, sumYuan } from '@/lib/money';

export interface ClaimValues {
  category?: ClaimCategory;
  amount?: string;
}

/** The claims by category, each with the amount claimed in yuan (a decimal, never a float); the total beneath. */
export function ClaimsField({ form }: { form: FormInstance }) {
  const { t } = useTranslation();
  const label = useLabel();
  const claims = (Form.useWatch('claims', form) as ClaimValues[] | undefined) ?? [];
  const total = sumYuan(claims.map((c) => c?.amount));

  return (
    <Form.List name="claims">
      {(fields, { add, remove }) => (
        <>
          {fields.map(({ key, name }, index) => (
            <Row key={key} gutter={8} align="top" data-testid="claim-row">
              <Col flex="200px">
                <Form.Item name={[name, 'category']} rules={[{ required: true, message: t('cases.categoryRequired') }]}>
                  <Select
                    placeholder={t('cases.category')}
                    aria-label={t('cases.categoryOf', { n: index + 1 })}
                    options={claimCategories.map((c) => ({ value: c, label: label(claimCategoryLabels[c]) }))}
                  />
                </Form.Item>
              </Col>
              <Col flex="220px">
                <Form.Item
                  name={[name, 'amount']}
                  normalize={(v: string) => v.replace(/[,，\s]/g, '')}
                  rules={[{ required: true, message: t('cases.amountRequired') }, ...stringRules(Money, t('cases.moneyInvalid'))]}
                >
                  <Input placeholder="0.00" suffix={t('cases.yuan')} aria-label={t('cases.amountOf', { n: index + 1 })} inputMode="decimal" style={{ textAlign: 'right' }} />
                </Form.Item>
              </Col>
              <Col flex="32px">
                <Button type="text" icon={<DeleteOutlined />} disabled={fields.length === 1} aria-label={t('cases.removeClaim')} onClick={() => remove(name)} />
              </Col>
            </Row>
          ))}
          <Flex justify="space-between" align="center" style={{ maxWidth: 460 }}>
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})}>
              {t('cases.addClaim')}
            </Button>
            <Typography.Text strong data-testid="claims-total">
              {t('cases.totalClaimed', { amount: formatYuan(total) })}
            </Typography.Text>
          </Flex>
        </>
      )}
    </Form.List>
  );
}
