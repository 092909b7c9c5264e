import { Input, Select, Space } from 'antd';
import { type EmployerListQuery, type OfficeKind } from '@union/shared';
import { useTranslation } from 'react-i18next';
import { RegionPicker } from '@/components/RegionPicker';
import { UnionOfficePicker } from './UnionOfficePicker';

export type EmployerFilterValues = Pick<EmployerListQuery, 'q' | 'regionCode' | 'unionized' | 'groupId'>;

interface Props {
  value: EmployerFilterValues;
  onChange: (change: Partial<EmployerFilterValues>) => void;
}

const groupKinds: readonly OfficeKind[] = ['group_union'];

export function EmployerFilters({ value, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <Space wrap>
      <Input.Search
        key={value.q ?? ''}
        allowClear
        defaultValue={value.q}
        placeholder={t('employers.search')}
        onSearch={(q) => onChange({ q: q.trim() || undefined })}
        style={{ width: 280 }}
      />
      <RegionPicker
        allowClear
        value={value.regionCode}
        onChange={(regionCode) => onChange({ regionCode })}
        placeholder={t('employers.regionFilter')}
        style={{ width: 260 }}
      />
      <Select<'true' | 'false'>
        allowClear
        placeholder={t('employers.unionized')}
        value={value.unionized === undefined ? undefined : value.unionized ? 'true' : 'false'}
        onChange={(unionized) => onChange({ unionized: unionized === undefined ? undefined : unionized === 'true' })}
        options={[
          { value: 'true', label: t('employers.unionizedYes') },
          { value: 'false', label: t('employers.unionizedNo') },
        ]}
        style={{ width: 120 }}
      />
      <UnionOfficePicker
        kinds={groupKinds}
        value={value.groupId}
        onChange={(groupId) => onChange({ groupId: groupId ?? undefined })}
        placeholder={t('employers.group')}
        style={{ width: 240 }}
      />
    </Space>
  );
}
