import { Flex, Table, Typography, type TableColumnsType } from 'antd';
import type { PublicViolation } from '@union/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LanguageSwitch } from '@/components/LanguageSwitch';
import { QueryError } from '@/components/QueryError';
import { Panel } from '@/components/Panel';
import { usePublicViolations } from '../api/supervision';
import { CategoryTags } from '../components/NoticeTags';

const PAGE_SIZE = 20;

/** 劳动违法行为公布: the violations published after approval, readable by anyone without signing in. */
export default function PublicViolationsPage() {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const list = usePublicViolations((page - 1) * PAGE_SIZE, PAGE_SIZE);

  const columns: TableColumnsType<PublicViolation> = [
    { key: 'employer', title: t('publicViolations.employer'), render: (_, v) => <Typography.Text strong>{v.employerName}</Typography.Text> },
    { key: 'categories', title: t('publicViolations.breach'), render: (_, v) => <CategoryTags categories={v.categories} /> },
    { key: 'publishedOn', title: t('publicViolations.publishedOn'), render: (_, v) => <span style={{ whiteSpace: 'nowrap' }}>{v.publishedOn}</span> },
    { key: 'issuingUnion', title: t('publicViolations.issuingUnion'), render: (_, v) => v.issuingUnion },
  ];

  return (
    <Flex vertical align="center" style={{ minHeight: '100vh', background: '#f0f2f5', padding: '32px 16px' }}>
      <Panel
        style={{ width: '100%', maxWidth: 1040 }}
        title={
          <Typography.Title level={3} style={{ margin: '12px 0' }}>
            {t('publicViolations.title')}
          </Typography.Title>
        }
        extra={
          <Flex gap="middle" align="center">
            <LanguageSwitch />
            <Link to="/login">{t('publicViolations.signIn')}</Link>
          </Flex>
        }
      >
        <Typography.Paragraph type="secondary">{t('publicViolations.intro')}</Typography.Paragraph>
        {list.isError ? (
          <QueryError error={list.error} onRetry={() => void list.refetch()} />
        ) : (
          <Table<PublicViolation>
            data-testid="public-violations"
            rowKey={(v) => `${v.employerName}|${v.publishedOn}|${v.issuingUnion}|${v.categories.join()}`}
            columns={columns}
            dataSource={list.data?.items}
            loading={list.isFetching}
            locale={{ emptyText: t('publicViolations.none') }}
            pagination={{ current: page, pageSize: PAGE_SIZE, total: list.data?.total ?? 0, onChange: setPage, showSizeChanger: false, hideOnSinglePage: true }}
            scroll={{ x: 'max-content' }}
          />
        )}
      </Panel>
    </Flex>
  );
}
