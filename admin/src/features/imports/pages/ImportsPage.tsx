import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Form, Radio, Select, Space, Typography, Upload } from 'antd';
import { importPermissions, importResourceLabels, importResources, type ImportReport, type ImportResource } from '@union/shared';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Panel } from '@/components/Panel';
import { useMe } from '@/features/auth';
import { useShowApiError } from '@/lib/form-errors';
import { useLabel } from '@/lib/i18n';
import { downloadTemplate, mediaTypeOf, useImportFile } from '../api/imports';

// The report (with its table of refused rows) loads while the page is used, not before it shows.
const reportPanel = import('../components/ImportReportPanel');
const ImportReportPanel = lazy(() => reportPanel);

type Mode = 'atomic' | 'partial';

/**
 * 数据导入: pick what to load and a file (CSV from Excel in UTF-8 or GBK, NDJSON or a JSON array),
 * check it first (a dry run writes nothing) and read the report row by row, then import it.
 */
export default function ImportsPage() {
  const { t } = useTranslation();
  const label = useLabel();
  const showApiError = useShowApiError();
  const held = useMe().data?.permissions ?? [];
  const allowed = importResources.filter((r) => held.includes(importPermissions[r]));
  const [resource, setResource] = useState<ImportResource | undefined>();
  const [file, setFile] = useState<File | null>(null);
  const [mode, setMode] = useState<Mode>('atomic');
  const [report, setReport] = useState<{ dryRun: boolean; report: ImportReport } | null>(null);
  const upload = useImportFile();
  const chosen = resource ?? allowed[0];

  const run = (dryRun: boolean) => {
    if (!chosen || !file) return;
    upload.mutate({ resource: chosen, file, mode, dryRun }, { onSuccess: (r) => setReport({ dryRun, report: r }), onError: (err) => showApiError(err) });
  };
  const reset = () => setReport(null);
  const checked = report?.dryRun && (report.report.failed === 0 || mode === 'partial');

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('imports.title')}
      </Typography.Title>
      <Panel>
        <Form layout="vertical" style={{ maxWidth: 640 }}>
          <Form.Item label={t('imports.resource')}>
            <Space wrap>
              <Select
                data-testid="import-resource"
                style={{ width: 240 }}
                value={chosen}
                onChange={(r) => {
                  setResource(r);
                  reset();
                }}
                options={allowed.map((r) => ({ value: r, label: label(importResourceLabels[r]) }))}
              />
              <Button icon={<DownloadOutlined />} disabled={!chosen} onClick={() => chosen && downloadTemplate(chosen, t('imports.templateFile', { what: label(importResourceLabels[chosen]) }))}>
                {t('imports.template')}
              </Button>
            </Space>
          </Form.Item>
          <Form.Item label={t('imports.file')} extra={t('imports.fileHelp')}>
            <Upload
              accept=".csv,.json,.ndjson,.jsonl"
              maxCount={1}
              fileList={file ? [{ uid: file.name, name: file.name, status: 'done' }] : []}
              beforeUpload={(f) => {
                setFile(mediaTypeOf(f.name) ? f : null);
                reset();
                return false;
              }}
              onRemove={() => {
                setFile(null);
                reset();
              }}
            >
              <Button icon={<UploadOutlined />}>{t('imports.pickFile')}</Button>
            </Upload>
          </Form.Item>
          <Form.Item label={t('imports.mode')}>
            <Radio.Group
              value={mode}
              onChange={(e) => {
                setMode(e.target.value as Mode);
                reset();
              }}
            >
              <Space orientation="vertical">
                <Radio value="atomic">{t('imports.atomic')}</Radio>
                <Radio value="partial">{t('imports.partial')}</Radio>
              </Space>
            </Radio.Group>
          </Form.Item>
          <Space>
            <Button onClick={() => run(true)} disabled={!file || !chosen} loading={upload.isPending && upload.variables?.dryRun}>
              {t('imports.check')}
            </Button>
            <Button type="primary" onClick={() => run(false)} disabled={!checked} loading={upload.isPending && !upload.variables?.dryRun}>
              {t('imports.run')}
            </Button>
          </Space>
        </Form>
      </Panel>
      {report && chosen && (
        <Suspense fallback={null}>
          <ImportReportPanel resource={chosen} dryRun={report.dryRun} report={report.report} />
        </Suspense>
      )}
    </Space>
  );
}
