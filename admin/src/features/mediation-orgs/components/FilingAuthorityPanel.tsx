import { BankOutlined } from '@ant-design/icons';
import { Alert, Descriptions, Skeleton, Typography } from 'antd';
import { filingRuleLabels, ruleMessage, type RuleName } from '@union/shared';
import { useTranslation } from 'react-i18next';
import { ApiError } from '@/lib/api';
import { useLabel, useLanguage } from '@/lib/i18n';
import type { FilingAuthority } from '../api/get-filing-authority';

interface Props {
  /** What the server computed; undefined while it has not answered. */
  authority: FilingAuthority | undefined;
  loading: boolean;
  error: unknown;
  /** Why there is nothing to compute yet (e.g. no employer chosen). */
  waitingFor?: string;
  /** The employer's head count, which the size rule message names. */
  employeeCount?: number;
}

/**
 * The filing authority (备案机关) as the server computes it by the rules of domain.md §3: shown,
 * never typed. Also the size rule the type breaks, if any.
 */
export function FilingAuthorityPanel({ authority, loading, error, waitingFor, employeeCount }: Props) {
  const { t } = useTranslation();
  const label = useLabel();
  const language = useLanguage();
  if (waitingFor) return <Alert type="info" showIcon icon={<BankOutlined />} title={t('filing.authority')} description={waitingFor} />;
  if (error) {
    const apiError = error instanceof ApiError ? error : null;
    return (
      <Alert
        type="error"
        showIcon
        title={t('filing.authorityUnknown')}
        description={apiError?.errors.length ? apiError.errors.map((e) => e.message).join('；') : (apiError?.detail ?? apiError?.title)}
      />
    );
  }
  if (loading || !authority) return <Skeleton active paragraph={{ rows: 1 }} />;
  return (
    <>
      <Descriptions bordered size="small" column={1} styles={{ label: { width: 160 } }}>
        <Descriptions.Item label={t('filing.authority')}>
          <Typography.Text strong data-testid="filing-authority">
            {authority.filingOfficeName}
          </Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label={t('filing.authorityRule')}>{label(filingRuleLabels[authority.filingRule as 1 | 2 | 3 | 4])}</Descriptions.Item>
      </Descriptions>
      {authority.sizeRule && (
        <Alert
          style={{ marginTop: 12 }}
          type="warning"
          showIcon
          title={ruleMessage(authority.sizeRule as RuleName, language, { count: employeeCount ?? '?' })}
          description={t('filing.sizeRuleHelp')}
        />
      )}
    </>
  );
}
