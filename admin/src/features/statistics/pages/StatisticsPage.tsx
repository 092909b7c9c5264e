import { Card, Col, Empty, Flex, Result, Row, Segmented, Select, Space, Table, Typography, type TableColumnsType } from 'antd';
import { coverageFigures, coverageRules, type CoverageFigure } from '@union/shared';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ExcelButton } from '@/components/ExportButton';
import { PageSpinner } from '@/components/PageSpinner';
import { QueryError } from '@/components/QueryError';
import { useCan, useMe } from '@/features/auth';
import { OfficeTreeSelect } from '@/features/offices';
import { useLabel } from '@/lib/i18n';
import { readEnum, useUrlParams } from '@/lib/url-state';
import { useCoverage, type DistrictCoverage } from '../api/get-coverage';
import { DistrictChart } from '../components/DistrictChart';
import { FigureCard, metColor } from '../components/FigureCard';
import { coverageSheets } from '../utils/export';
import { formatFigure } from '../utils/format';

/** 统计分析: the coverage figures of an office's subtree against their targets, overall or by district. */
export default function StatisticsPage() {
  const { t } = useTranslation();
  const canRead = useCan('stats:read');
  const me = useMe().data;
  if (!me) return <PageSpinner />;
  if (!canRead) return <Result status="403" title={t('common.forbidden')} />;
  return <Statistics ownOfficeId={me.officeId} />;
}

function Statistics({ ownOfficeId }: { ownOfficeId: string }) {
  const { t } = useTranslation();
  const label = useLabel();
  const [params, setParams] = useUrlParams();
  const officeId = params.get('officeId') ?? undefined;
  const byDistrict = params.get('by') === 'district';
  const figure = readEnum(params, 'figure', coverageFigures) ?? coverageFigures[0];
  const coverage = useCoverage({ officeId, ...(byDistrict && { by: 'district' as const }) });
  const report = coverage.data;
  // districts in the order of their codes, the order people know them in
  const districts = useMemo(() => [...(report?.districts ?? [])].sort((a, b) => a.regionCode.localeCompare(b.regionCode)), [report]);

  const districtColumns: TableColumnsType<DistrictCoverage> = [
    { key: 'office', title: t('statistics.district'), dataIndex: 'officeName', fixed: 'left' },
    ...coverageFigures.map((f) => ({
      key: f,
      title: <Typography.Text ellipsis={{ tooltip: label(coverageRules[f].label) }} style={{ maxWidth: 160 }}>{label(coverageRules[f].label)}</Typography.Text>,
      align: 'right' as const,
      render: (_: unknown, d: DistrictCoverage) => {
        const v = d.figures.find((x) => x.figure === f);
        return <span style={{ color: metColor(v?.met ?? null) }}>{formatFigure(f, v?.value)}</span>;
      },
    })),
  ];

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card
        title={t('statistics.title')}
        extra={
          <Space wrap>
            <OfficeTreeSelect
              value={officeId ?? ownOfficeId}
              onChange={(id) => setParams({ officeId: id === ownOfficeId ? undefined : id })}
              style={{ width: 280 }}
              popupMatchSelectWidth={360}
              aria-label={t('statistics.office')}
            />
            <Segmented<'total' | 'district'>
              value={byDistrict ? 'district' : 'total'}
              onChange={(v) => setParams({ by: v === 'district' ? 'district' : undefined })}
              options={[
                { value: 'total', label: t('statistics.total') },
                { value: 'district', label: t('statistics.byDistrict') },
              ]}
            />
            {report && <ExcelButton title={`${t('statistics.title')}-${report.officeName}`} sheets={() => coverageSheets(report, label, t)} />}
          </Space>
        }
      >
        {coverage.isError ? (
          <QueryError error={coverage.error} onRetry={() => void coverage.refetch()} />
        ) : !report ? (
          <PageSpinner />
        ) : (
          <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
            <Typography.Text type="secondary">{t('statistics.intro', { office: report.officeName })}</Typography.Text>
            <Row gutter={[16, 16]}>
              {report.figures.map((value) => (
                <Col key={value.figure} xs={24} lg={12} xxl={8}>
                  <FigureCard value={value} />
                </Col>
              ))}
            </Row>
          </Space>
        )}
      </Card>
      {byDistrict && report && (
        <Card
          title={t('statistics.byDistrictTitle', { office: report.officeName })}
          extra={
            <Select<CoverageFigure>
              value={figure}
              onChange={(f) => setParams({ figure: f === coverageFigures[0] ? undefined : f })}
              options={coverageFigures.map((f) => ({ value: f, label: label(coverageRules[f].label) }))}
              style={{ width: 380 }}
              aria-label={t('statistics.figure')}
            />
          }
        >
          {districts.length ? (
            <Flex vertical gap="middle">
              <DistrictChart figure={figure} districts={districts} />
              <Table<DistrictCoverage> rowKey="officeId" size="small" columns={districtColumns} dataSource={districts} pagination={false} scroll={{ x: 'max-content' }} />
            </Flex>
          ) : (
            <Empty description={t('statistics.noDistricts')} />
          )}
        </Card>
      )}
    </Space>
  );
}
