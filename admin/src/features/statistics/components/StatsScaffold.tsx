import type { UseQueryResult } from '@tanstack/react-query';
import { Empty, Flex, Segmented, Select, Space, Typography } from 'antd';
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Forbidden } from '@/components/Forbidden';
import { PageSpinner } from '@/components/PageSpinner';
import { QueryError } from '@/components/QueryError';
import { Panel } from '@/components/Panel';
import { useCan, useMe } from '@/features/auth';
import { OfficeTreeSelect } from '@/features/offices';
import { useUrlParams } from '@/lib/url-state';

/** A statistics page for those who may read statistics, given the caller's own office (the default subtree). */
export function StatsAccess({ children }: { children: (ownOfficeId: string) => ReactNode }) {
  const canRead = useCan('stats:read');
  const me = useMe().data;
  if (!me) return <PageSpinner />;
  if (!canRead) return <Forbidden />;
  return children(me.officeId);
}

/** The office whose subtree is counted, `?officeId=` (the caller's own office when absent). */
export function StatsOfficeFilter({ ownOfficeId, width }: { ownOfficeId: string; width: number }) {
  const { t } = useTranslation();
  const [params, setParams] = useUrlParams();
  return (
    <OfficeTreeSelect
      value={params.get('officeId') ?? ownOfficeId}
      onChange={(id) => setParams({ officeId: id === ownOfficeId ? undefined : id })}
      style={{ width }}
      popupMatchSelectWidth={360}
      aria-label={t('statistics.office')}
    />
  );
}

/** Overall or by district, `?by=district`. */
export function ByDistrictSwitch() {
  const { t } = useTranslation();
  const [params, setParams] = useUrlParams();
  return (
    <Segmented<'total' | 'district'>
      value={params.get('by') === 'district' ? 'district' : 'total'}
      onChange={(v) => setParams({ by: v === 'district' ? 'district' : undefined })}
      options={[
        { value: 'total', label: t('statistics.total') },
        { value: 'district', label: t('statistics.byDistrict') },
      ]}
    />
  );
}

interface ReportCardProps<R> {
  title: string;
  /** The filters (and downloads) in the card's head. */
  filters: ReactNode;
  report: UseQueryResult<R>;
  /** The line saying what is counted, above the figures. */
  intro: (report: R) => string;
  children: (report: R) => ReactNode;
}

/** The head card of a statistics page: its filters, then the report's figures once loaded. */
export function ReportCard<R>({ title, filters, report, intro, children }: ReportCardProps<R>) {
  return (
    <Panel title={title} extra={<Space wrap>{filters}</Space>}>
      {report.isError ? (
        <QueryError error={report.error} onRetry={() => void report.refetch()} />
      ) : !report.data ? (
        <PageSpinner />
      ) : (
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <Typography.Text type="secondary">{intro(report.data)}</Typography.Text>
          {children(report.data)}
        </Space>
      )}
    </Panel>
  );
}

/** The districts of a report in the order of their codes, the order people know them in. */
export const useDistrictsInOrder = <D extends { regionCode: string }>(districts: D[] | undefined): D[] =>
  useMemo(() => [...(districts ?? [])].sort((a, b) => a.regionCode.localeCompare(b.regionCode)), [districts]);

interface DistrictsCardProps<F extends string> {
  title: string;
  /** The figures the chart can compare, the chosen one (`?figure=`, the first when absent) and their names. */
  figures: readonly F[];
  figure: F;
  figureLabel: (figure: F) => string;
  selectWidth: number;
  /** Whether the subtree has districts; without, the card says so. */
  any: boolean;
  /** The chart and the table. */
  children: ReactNode;
}

/** The by-district card of a statistics page: a figure to compare, the districts' chart and table. */
export function DistrictsCard<F extends string>({ title, figures, figure, figureLabel, selectWidth, any, children }: DistrictsCardProps<F>) {
  const { t } = useTranslation();
  const [, setParams] = useUrlParams();
  return (
    <Panel
      title={title}
      extra={
        <Select<F>
          value={figure}
          onChange={(f) => setParams({ figure: f === figures[0] ? undefined : f })}
          options={figures.map((f) => ({ value: f, label: figureLabel(f) }))}
          style={{ width: selectWidth }}
          aria-label={t('statistics.figure')}
        />
      }
    >
      {any ? (
        <Flex vertical gap="middle">
          {children}
        </Flex>
      ) : (
        <Empty description={t('statistics.noDistricts')} />
      )}
    </Panel>
  );
}
