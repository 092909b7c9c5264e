import { Alert, Descriptions, Space, Table, type TableColumnsType } from 'antd';
import { importColumns, type ImportReport, type ImportResource, type ImportRowError } from '@union/shared';
import { useTranslation } from 'react-i18next';
import { Panel } from '@/components/Panel';
import { useLabel } from '@/lib/i18n';

/** The report of a check or an import: the counts, and each refused row with its field and reason. */
export default function ImportReportPanel({ resource, dryRun, report }: { resource: ImportResource; dryRun: boolean; report: ImportReport }) {
  const { t } = useTranslation();
  const label = useLabel();

  /** A field named by its API name, shown with the column users know it by. */
  const fieldLabel = (field: string) => {
    const column = importColumns[resource].find((c) => c.field === field.replace(/\.\d+\./, '[].'));
    return column ? `${label(column.label)}（${field}）` : field;
  };
  const columns: TableColumnsType<ImportRowError> = [
    { key: 'row', dataIndex: 'row', title: t('imports.row'), width: 90 },
    { key: 'field', title: t('imports.field'), render: (_, e) => (e.field === '(row)' ? t('imports.wholeRow') : fieldLabel(e.field)), width: 280 },
    { key: 'message', dataIndex: 'message', title: t('imports.message') },
  ];

  return (
    <Panel title={dryRun ? t('imports.checkReport') : t('imports.importReport')} data-testid="import-report">
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Alert
          showIcon
          type={report.failed ? (report.written ? 'warning' : 'error') : 'success'}
          title={
            dryRun
              ? report.failed
                ? t('imports.checkFailed', { count: report.failed })
                : t('imports.checkPassed')
              : report.written
                ? t('imports.written')
                : t('imports.refused')
          }
        />
        <Descriptions
          size="small"
          column={5}
          items={(['received', 'created', 'updated', 'unchanged', 'failed'] as const).map((k) => ({ key: k, label: t(`imports.counts.${k}`), children: report[k] }))}
        />
        {report.errors.length > 0 && (
          <Table
            rowKey={(e) => `${e.row}:${e.field}:${e.message}`}
            size="small"
            columns={columns}
            dataSource={report.errors}
            pagination={{ pageSize: 50, hideOnSinglePage: true }}
            footer={report.errors.length < report.failed ? () => t('imports.moreErrors', { count: report.errors.length }) : undefined}
          />
        )}
      </Space>
    </Panel>
  );
}
