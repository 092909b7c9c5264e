import { Input, Select, Space } from 'antd';
import { caseChannelLabels, caseChannels, caseStatuses, caseStatusLabels, claimCategories, claimCategoryLabels, type CaseListQuery } from '@union/shared';
import { useTranslation } from 'react-i18next';
import { RegionPicker } from '@/components/RegionPicker';
import { MediationOrgSelect } from '@/features/mediation-orgs';
import { useLabel } from '@/lib/i18n';

export type CaseFilterValues = Pick<CaseListQuery, 'q' | 'status' | 'channel' | 'handlerOrgId' | 'regionCode' | 'category' | 'overdue' | 'collective'>;

interface Props {
  value: CaseFilterValues;
  onChange: (change: Partial<CaseFilterValues>) => void;
}

type YesNo = 'true' | 'false';
const toYesNo = (value: boolean | undefined): YesNo | undefined => (value === undefined ? undefined : value ? 'true' : 'false');
const fromYesNo = (value: YesNo | undefined) => (value === undefined ? undefined : value === 'true');

/** The list's filters, each a query parameter the server applies. */
export function CaseFilters({ value, onChange }: Props) {
  const { t } = useTranslation();
  const label = useLabel();
  return (
    <Space wrap>
      <Input.Search
        key={value.q ?? ''}
        allowClear
        defaultValue={value.q}
        placeholder={t('cases.search')}
        onSearch={(q) => onChange({ q: q.trim() || undefined })}
        style={{ width: 280 }}
      />
      <Select
        allowClear
        placeholder={t('cases.status')}
        value={value.status}
        onChange={(status) => onChange({ status })}
        options={caseStatuses.map((s) => ({ value: s, label: label(caseStatusLabels[s]) }))}
        style={{ width: 130 }}
      />
      <Select
        allowClear
        placeholder={t('cases.channel')}
        value={value.channel}
        onChange={(channel) => onChange({ channel })}
        options={caseChannels.map((c) => ({ value: c, label: label(caseChannelLabels[c]) }))}
        popupMatchSelectWidth={200}
        style={{ width: 150 }}
      />
      <Select
        allowClear
        placeholder={t('cases.category')}
        value={value.category}
        onChange={(category) => onChange({ category })}
        options={claimCategories.map((c) => ({ value: c, label: label(claimCategoryLabels[c]) }))}
        style={{ width: 130 }}
      />
      <MediationOrgSelect
        allowClear
        value={value.handlerOrgId}
        onChange={(handlerOrgId) => onChange({ handlerOrgId })}
        placeholder={t('cases.handlerOrg')}
        style={{ width: 240 }}
        popupMatchSelectWidth={360}
      />
      <RegionPicker
        allowClear
        districtsDeepest
        value={value.regionCode}
        onChange={(regionCode) => onChange({ regionCode })}
        placeholder={t('cases.district')}
        style={{ width: 200 }}
      />
      <Select<YesNo>
        allowClear
        placeholder={t('cases.overdueFilter')}
        value={toYesNo(value.overdue)}
        onChange={(overdue) => onChange({ overdue: fromYesNo(overdue) })}
        options={[
          { value: 'true', label: t('cases.clocks.overdue') },
          { value: 'false', label: t('cases.notOverdue') },
        ]}
        style={{ width: 120 }}
      />
      <Select<YesNo>
        allowClear
        placeholder={t('cases.collectiveFilter')}
        value={toYesNo(value.collective)}
        onChange={(collective) => onChange({ collective: fromYesNo(collective) })}
        options={[
          { value: 'true', label: t('cases.collective') },
          { value: 'false', label: t('cases.notCollective') },
        ]}
        style={{ width: 130 }}
      />
    </Space>
  );
}
