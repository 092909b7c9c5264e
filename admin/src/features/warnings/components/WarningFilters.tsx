import { Select, Space } from 'antd';
import { warningKindLabels, warningKinds, warningLevelLabels, warningLevels, warningStatuses, type LaborWarningListQuery } from '@union/shared';
import { useTranslation } from 'react-i18next';
import { RegionPicker } from '@/components/RegionPicker';
import { EmployerSelect } from '@/features/employers';
import { useLabel } from '@/lib/i18n';

export type WarningFilterValues = Pick<LaborWarningListQuery, 'status' | 'kind' | 'level' | 'regionCode' | 'employerId'>;

interface Props {
  value: WarningFilterValues;
  onChange: (change: Partial<WarningFilterValues>) => void;
}

export function WarningFilters({ value, onChange }: Props) {
  const { t } = useTranslation();
  const label = useLabel();
  return (
    <Space wrap>
      <Select
        allowClear
        placeholder={t('warnings.status')}
        value={value.status}
        onChange={(status) => onChange({ status })}
        options={warningStatuses.map((s) => ({ value: s, label: t(`warnings.statuses.${s}`) }))}
        style={{ width: 120 }}
      />
      <Select
        allowClear
        placeholder={t('warnings.kind')}
        value={value.kind}
        onChange={(kind) => onChange({ kind })}
        options={warningKinds.map((k) => ({ value: k, label: label(warningKindLabels[k]) }))}
        style={{ width: 150 }}
      />
      <Select
        allowClear
        placeholder={t('warnings.level')}
        value={value.level}
        onChange={(level) => onChange({ level })}
        options={warningLevels.map((l) => ({ value: l, label: label(warningLevelLabels[l]) }))}
        style={{ width: 110 }}
      />
      <RegionPicker allowClear value={value.regionCode} onChange={(regionCode) => onChange({ regionCode })} placeholder={t('warnings.region')} style={{ width: 240 }} />
      <EmployerSelect allowClear value={value.employerId} onChange={(employerId) => onChange({ employerId })} placeholder={t('warnings.employer')} style={{ width: 240 }} popupMatchSelectWidth={360} />
    </Space>
  );
}
