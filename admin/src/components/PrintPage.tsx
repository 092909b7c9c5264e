import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import { Button, Flex, Typography } from 'antd';
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** While the page is shown, the window's title: what a printed or saved PDF is named after. */
export function useDocumentTitle(title: string | undefined) {
  useEffect(() => {
    const previous = document.title;
    if (title) document.title = title;
    return () => {
      document.title = previous;
    };
  }, [title]);
}

interface PrintPageProps {
  /** The class prefix of the page's own print styles (`<prefix>-page`, `<prefix>-toolbar`). */
  prefix: string;
  css: string;
  /** Where the back button goes, and what it says. */
  backTo: string;
  backLabel: string;
  /** The sheet (and anything between the toolbar and it). */
  children: ReactNode;
}

/** A printable document: back and print above the sheet, in a toolbar that does not print. */
export function PrintPage({ prefix, css, backTo, backLabel, children }: PrintPageProps) {
  const { t } = useTranslation();
  return (
    <div className={`${prefix}-page`}>
      <style>{css}</style>
      <Flex className={`${prefix}-toolbar`} justify="space-between" align="center" gap="middle">
        <Link to={backTo}>
          <Button icon={<ArrowLeftOutlined />}>{backLabel}</Button>
        </Link>
        <Typography.Text type="secondary">{t('agreement.printHelp')}</Typography.Text>
        <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()}>
          {t('agreement.print')}
        </Button>
      </Flex>
      {children}
    </div>
  );
}
