import { Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { Panel } from '@/components/Panel';
import { useCan } from '@/features/auth';
import type { MediationOrgDetail } from '../api/get-mediation-org';
import { OrgMediators } from './OrgMediators';
import { OrgReports } from './OrgReports';

/** Below an organization's filing: its reports (信息报送) and, for those who may read people, its mediators. */
export default function OrgRecords({ org }: { org: MediationOrgDetail }) {
  const { t } = useTranslation();
  const canReadPeople = useCan('people:read');
  return (
    <Panel>
      <Tabs
        items={[
          { key: 'reports', label: t('reports.title'), children: <OrgReports org={org} /> },
          ...(canReadPeople ? [{ key: 'mediators', label: t('mediationOrgs.mediatorsOf', { count: org.mediatorCount }), children: <OrgMediators orgId={org.id} /> }] : []),
        ]}
      />
    </Panel>
  );
}
