import { Input, Select, Space } from 'antd';
import {
  filingStatuses,
  filingStatusLabels,
  mediationOrgTypeLabels,
  mediationOrgTypes,
  type MediationOrgListQuery,
  type OfficeKind,
  type OfficeTreeNode,
} from '@union/shared';
import { useTranslation } from 'react-i18next';
import { RegionPicker } from '@/components/RegionPicker';
import { EmployerSelect } from '@/features/employers';
import { OfficeTreeSelect } from '@/features/offices';
import { useLabel } from '@/lib/i18n';

export type MediationOrgFilterValues = Pick<MediationOrgListQuery, 'q' | 'type' | 'status' | 'filingOfficeId' | 'regionCode' | 'standardized' | 'employerId'>;

interface Props {
  value: MediationOrgFilterValues;
  onChange: (change: Partial<MediationOrgFilterValues>) => void;
  /** The review queue filters by less: it is the caller's office's queue already. */
  compact?: boolean;
}

/** The offices a filing can go to (domain.md §3). */
const authorityKinds: readonly OfficeKind[] = [
  'city_federation',
  'city_mediation_guidance_center',
  'district_mediation_center',
  'street_service_station',
  'group_union',
];
const notAuthority = (office: OfficeTreeNode) => !authorityKinds.includes(office.kind);

export function MediationOrgFilters({ value, onChange, compact = false }: Props) {
  const { t } = useTranslation();
  const label = useLabel();
  return (
    <Space wrap>
      <Input.Search
        key={value.q ?? ''}
        allowClear
        defaultValue={value.q}
        placeholder={t('mediationOrgs.search')}
        onSearch={(q) => onChange({ q: q.trim() || undefined })}
        style={{ width: 240 }}
      />
      <Select
        allowClear
        placeholder={t('mediationOrgs.type')}
        value={value.type}
        onChange={(type) => onChange({ type })}
        options={mediationOrgTypes.map((type) => ({ value: type, label: label(mediationOrgTypeLabels[type]) }))}
        style={{ width: 220 }}
        popupMatchSelectWidth={false}
      />
      {!compact && (
        <>
          <Select
            allowClear
            placeholder={t('mediationOrgs.status')}
            value={value.status}
            onChange={(status) => onChange({ status })}
            options={filingStatuses.map((status) => ({ value: status, label: label(filingStatusLabels[status]) }))}
            style={{ width: 140 }}
          />
          <OfficeTreeSelect
            allowClear
            placeholder={t('mediationOrgs.filingOffice')}
            value={value.filingOfficeId}
            onChange={(filingOfficeId) => onChange({ filingOfficeId })}
            isDisabled={notAuthority}
            style={{ width: 240 }}
            popupMatchSelectWidth={360}
          />
          <RegionPicker
            allowClear
            value={value.regionCode}
            onChange={(regionCode) => onChange({ regionCode })}
            placeholder={t('mediationOrgs.district')}
            style={{ width: 220 }}
          />
          <Select<'true' | 'false'>
            allowClear
            placeholder={t('mediationOrgs.standardization')}
            value={value.standardized === undefined ? undefined : value.standardized ? 'true' : 'false'}
            onChange={(standardized) => onChange({ standardized: standardized === undefined ? undefined : standardized === 'true' })}
            options={[
              { value: 'true', label: t('mediationOrgs.standardized') },
              { value: 'false', label: t('mediationOrgs.notStandardized') },
            ]}
            style={{ width: 150 }}
          />
          <EmployerSelect
            allowClear
            value={value.employerId}
            onChange={(employerId) => onChange({ employerId })}
            placeholder={t('mediationOrgs.employer')}
            style={{ width: 240 }}
            popupMatchSelectWidth={360}
          />
        </>
      )}
    </Space>
  );
}
