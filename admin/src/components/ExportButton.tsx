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

/**
 * 导出: the whole list with the view's filters, as CSV (written by the server) or Excel (built here
 * from the JSON pages; ExcelJS loads on the first Excel export, not with the page).
 */
export function ExportButton({ list, query, title }: Props) {
  const { t } = useTranslation();
  const showApiError = useShowApiError();
  const [busy, setBusy] = useState(false);

  const run = async (format: 'csv' | 'xlsx') => {
    setBusy(true);
    try {
      if (format === 'csv') await downloadCsv(list, query as Query, title);
      else await (await import('@/lib/export-xlsx')).downloadListXlsx(list, query as Query, title);
    } catch (error) {
      showApiError(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items: [
          { key: 'xlsx', label: t('exports.xlsx') },
          { key: 'csv', label: t('exports.csv') },
        ],
        onClick: ({ key }) => void run(key as 'csv' | 'xlsx'),
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
  const showApiError = useShowApiError();
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    try {
      await (await import('@/lib/export-xlsx')).downloadSheetsXlsx(sheets(), title);
    } catch (error) {
      showApiError(error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button icon={<DownloadOutlined />} loading={busy} onClick={() => void run()} data-testid="export-xlsx">
      {t('exports.xlsx')}
    </Button>
  );
}
