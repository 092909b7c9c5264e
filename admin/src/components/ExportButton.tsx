import { DownloadOutlined } from '@ant-design/icons';
import { Button, Dropdown } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadCsv, type ExportList, type Query } from '@/lib/export';
import type { Sheet } from '@/lib/export-xlsx';
import { useShowApiError } from '@/lib/form-errors';

interface Props {
  /** The list's path under /api/v1. */
  list: ExportList;
  /** The view's filters and sort, as the list's query sends them; paging is left out. */
  query: object;
  /** What the file is called (the page's title); the date is added. */
  title: string;
}

/** Runs a download, the button busy meanwhile and a failure shown as the API's problem. */
function useDownload() {
  const showApiError = useShowApiError();
  const [busy, setBusy] = useState(false);
  const run = async (download: () => Promise<void>) => {
    setBusy(true);
    try {
      await download();
    } catch (error) {
      showApiError(error);
    } finally {
      setBusy(false);
    }
  };
  return { busy, run };
}

/**
 * 导出: the whole list with the view's filters, as CSV (written by the server) or Excel (built here
 * from the JSON pages; ExcelJS loads on the first Excel export, not with the page).
 */
export function ExportButton({ list, query, title }: Props) {
  const { t } = useTranslation();
  const { busy, run } = useDownload();
  const download = async (format: 'csv' | 'xlsx') => {
    if (format === 'csv') await downloadCsv(list, query as Query, title);
    else await (await import('@/lib/export-xlsx')).downloadListXlsx(list, query as Query, title);
  };

  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items: [
          { key: 'xlsx', label: t('exports.xlsx') },
          { key: 'csv', label: t('exports.csv') },
        ],
        onClick: ({ key }) => void run(() => download(key as 'csv' | 'xlsx')),
      }}
    >
      <Button icon={<DownloadOutlined />} loading={busy} data-testid="export">
        {t('exports.button')}
      </Button>
    </Dropdown>
  );
}

/** 导出 Excel of what a page shows that is not a list (the coverage figures): the page gives the sheets. */
export function ExcelButton({ title, sheets }: { title: string; sheets: () => Sheet[] }) {
  const { t } = useTranslation();
  const { busy, run } = useDownload();
  const download = async () => (await import('@/lib/export-xlsx')).downloadSheetsXlsx(sheets(), title);
  return (
    <Button icon={<DownloadOutlined />} loading={busy} onClick={() => void run(download)} data-testid="export-xlsx">
      {t('exports.xlsx')}
    </Button>
  );
}
