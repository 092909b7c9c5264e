import { Col, Row, Space, Table, Typography, type TableColumnsType } from 'antd';
import { coverageFigures, coverageRules } from '@union/shared';
import { useTranslation } from 'react-i18next';
import { ExcelButton } from '@/components/ExportButton';
import { useLabel } from '@/lib/i18n';
import { readEnum, useUrlParams } from '@/lib/url-state';
import { useCoverage, type DistrictCoverage } from '../api/get-coverage';
import { DistrictChart } from '../components/DistrictChart';
import { FigureCard, metColor } from '../components/FigureCard';
import { ByDistrictSwitch, DistrictsCard, ReportCard, StatsAccess, StatsOfficeFilter, useDistrictsInOrder } from '../components/StatsScaffold';
import { coverageSheets } from '../utils/export';
import { formatFigure } from '../utils/format';

/** 统计分析: the coverage figures of an office's subtree against their targets, overall or by district. */
export default function StatisticsPage() {
  return <StatsAccess>{(ownOfficeId) => <Statistics ownOfficeId={ownOfficeId} />}</StatsAccess>;
}

function Statistics({ ownOfficeId }: { ownOfficeId: string }) {
  const { t } = useTranslation();
  const label = useLabel();
  const [params] = useUrlParams();
  const officeId = params.get('officeId') ?? undefined;
  const byDistrict = params.get('by') === 'district';
  const figure = readEnum(params, 'figure', coverageFigures) ?? coverageFigures[0];
  const coverage = useCoverage({ officeId, ...(byDistrict && { by: 'district' as const }) });
  const report = coverage.data;
  const districts = useDistrictsInOrder(report?.districts);

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
      <ReportCard
        title={t('statistics.title')}
        filters={
          <>
            <StatsOfficeFilter ownOfficeId={ownOfficeId} width={280} />
            <ByDistrictSwitch />
            {report && <ExcelButton title={`${t('statistics.title')}-${report.officeName}`} sheets={() => coverageSheets(report, label, t)} />}
          </>
        }
        report={coverage}
        intro={(r) => t('statistics.intro', { office: r.officeName })}
      >
        {(r) => (
          <Row gutter={[16, 16]}>
            {r.figures.map((value) => (
              <Col key={value.figure} xs={24} lg={12} xxl={8}>
                <FigureCard value={value} />
              </Col>
            ))}
          </Row>
        )}
      </ReportCard>
      {byDistrict && report && (
        <DistrictsCard
          title={t('statistics.byDistrictTitle', { office: report.officeName })}
          figures={coverageFigures}
          figure={figure}
          figureLabel={(f) => label(coverageRules[f].label)}
          selectWidth={380}
          any={districts.length > 0}
        >
          <DistrictChart figure={figure} districts={districts} />
          <Table<DistrictCoverage> rowKey="officeId" size="small" columns={districtColumns} dataSource={districts} pagination={false} scroll={{ x: 'max-content' }} />
        </DistrictsCard>
      )}
    </Space>
  );
}
