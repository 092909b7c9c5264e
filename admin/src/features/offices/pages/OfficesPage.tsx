import { Empty, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { ExportButton } from '@/components/ExportButton';
import { PageSpinner } from '@/components/PageSpinner';
import { QueryError } from '@/components/QueryError';
import { Panel } from '@/components/Panel';
import { useOffice } from '../api/get-office';
import { useOfficeTree } from '../api/get-office-tree';
import { OfficeDetail } from '../components/OfficeDetail';
import { OfficeTree } from '../components/OfficeTree';

/** The office tree of the user's subtree, and the selected office (the user's own by default). */
export default function OfficesPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const tree = useOfficeTree();
  const selectedId = useParams().officeId ?? tree.data?.[0]?.id;
  const office = useOffice(selectedId);
  const select = (id: string) => navigate(`/offices/${id}`);

  if (tree.isPending) return <PageSpinner />;
  if (tree.isError) return <QueryError error={tree.error} onRetry={() => void tree.refetch()} />;

  return (
    <Flex gap="middle" align="flex-start">
      <Panel title={t('offices.title')} extra={<ExportButton list="offices" query={{}} title={t('offices.title')} />} style={{ width: 420, flex: 'none' }}>
        <OfficeTree roots={tree.data} selectedId={selectedId} onSelect={select} />
      </Panel>
      <div style={{ flex: 1, minWidth: 0 }}>
        {office.isError ? (
          <QueryError error={office.error} onRetry={() => void office.refetch()} />
        ) : office.data ? (
          <OfficeDetail office={office.data} onSaved={(saved) => select(saved.id)} />
        ) : selectedId ? (
          <PageSpinner />
        ) : (
          <Panel>
            <Empty description={t('offices.noSelection')} />
          </Panel>
        )}
      </div>
    </Flex>
  );
}
