import { FileAddOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, List, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { findingCategories, findingCategoryLabels, inspectionKindLabels, inspectionKinds, type Inspection } from '@union/shared';
import { lazy, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CursorPager } from '@/components/CursorPager';
import { ParamSelect } from '@/components/ParamSelect';
import { QueryError } from '@/components/QueryError';
import { Panel } from '@/components/Panel';
import { OnceOpened } from '@/components/OnceOpened';
import { useCan } from '@/features/auth';
import { EmployerSelect } from '@/features/employers';
import { useLabel } from '@/lib/i18n';
import { useCursorPaging } from '@/lib/paging';
import { readEnum, useUrlParams } from '@/lib/url-state';
import { useInspections } from '../api/supervision';
import { CategoryTags, SeriousTag } from '../components/NoticeTags';

// Dialogs (and the forms they bring) load when first opened, not with the page.
const InspectionFormModal = lazy(() => import('../components/InspectionFormModal').then((m) => ({ default: m.InspectionFormModal })));

/** 法律体检: the inspections of the user's subtree, newest first; each finding can become a notice. */
export default function InspectionsPage() {
  const { t } = useTranslation();
  const label = useLabel();
  const canWrite = useCan('supervision:write');
  const [adding, setAdding] = useState(false);
  const [params, setParams] = useUrlParams();
  const employerId = params.get('employerId') ?? undefined;
  const kind = readEnum(params, 'kind', inspectionKinds);
  const category = readEnum(params, 'category', findingCategories);
  const paging = useCursorPaging(params.toString());
  const list = useInspections({ employerId, kind, category, limit: paging.limit, cursor: paging.cursor });

  if (list.isError) return <QueryError error={list.error} onRetry={() => void list.refetch()} />;

  const columns: TableColumnsType<Inspection> = [
    { key: 'inspectedOn', title: t('supervision.inspectedOn'), render: (_, i) => <span style={{ whiteSpace: 'nowrap' }}>{i.inspectedOn}</span> },
    { key: 'employer', title: t('supervision.employer'), render: (_, i) => <Link to={`/employers/${i.employerId}`}>{i.employerName}</Link> },
    { key: 'kind', title: t('supervision.inspectionKind'), render: (_, i) => <Tag color={i.kind === 'joint' ? 'purple' : 'blue'}>{label(inspectionKindLabels[i.kind])}</Tag> },
    { key: 'inspectors', title: t('supervision.inspectors'), render: (_, i) => i.inspectors.map((p) => p.name).join('、') },
    {
      key: 'findings',
      title: t('supervision.findings'),
      render: (_, i) =>
        i.findings.length ? <CategoryTags categories={[...new Set(i.findings.map((f) => f.category))]} /> : <Typography.Text type="secondary">{t('supervision.noFindings')}</Typography.Text>,
    },
    { key: 'office', title: t('supervision.office'), render: (_, i) => i.officeName },
    ...(canWrite
      ? [
          {
            key: 'actions',
            title: t('common.actions'),
            render: (_: unknown, i: Inspection) =>
              i.findings.length > 0 && (
                <Link to={`/notices/new?inspectionId=${i.id}`}>
                  <Button size="small" icon={<FileAddOutlined />}>
                    {t('supervision.noticeFromInspection')}
                  </Button>
                </Link>
              ),
          },
        ]
      : []),
  ];

  return (
    <Panel
      title={t('supervision.inspections')}
      extra={
        canWrite && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
            {t('supervision.newInspection')}
          </Button>
        )
      }
    >
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Flex gap="small" wrap>
          <EmployerSelect allowClear value={employerId} aria-label={t('supervision.employer')} onChange={(id) => setParams({ employerId: id })} style={{ width: 260 }} popupMatchSelectWidth={320} />
          <ParamSelect param="kind" value={kind} values={inspectionKinds} labels={inspectionKindLabels} name={t('supervision.inspectionKind')} width={240} />
          <ParamSelect param="category" value={category} values={findingCategories} labels={findingCategoryLabels} name={t('supervision.category')} width={180} />
        </Flex>
        <Table<Inspection>
          data-testid="inspections-table"
          rowKey="id"
          columns={columns}
          dataSource={list.data?.items}
          loading={list.isFetching}
          pagination={false}
          scroll={{ x: 'max-content' }}
          expandable={{
            rowExpandable: (i) => i.findings.length > 0 || !!i.note,
            expandedRowRender: (i) => (
              <List
                size="small"
                dataSource={i.findings}
                footer={i.note ? <Typography.Text type="secondary">{i.note}</Typography.Text> : undefined}
                renderItem={(f) => (
                  <List.Item>
                    <Space wrap>
                      <CategoryTags categories={[f.category]} />
                      <SeriousTag serious={f.serious} />
                      <span style={{ whiteSpace: 'pre-wrap' }}>{f.description}</span>
                    </Space>
                  </List.Item>
                )}
              />
            ),
          }}
        />
        <CursorPager paging={paging} nextCursor={list.data?.nextCursor} loading={list.isPlaceholderData} />
      </Space>
      <OnceOpened open={adding}>
        <InspectionFormModal open={adding} onClose={() => setAdding(false)} />
      </OnceOpened>
    </Panel>
  );
}
