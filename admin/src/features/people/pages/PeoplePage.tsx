import { Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useParams } from 'react-router';
import { CertificatesPanel } from '../components/CertificatesPanel';
import { LawyersPanel } from '../components/LawyersPanel';
import { MediatorsPanel } from '../components/MediatorsPanel';
import { SupervisorsPanel } from '../components/SupervisorsPanel';
import { Panel } from '@/components/Panel';

const tabs = ['mediators', 'supervisors', 'lawyers', 'certificates'] as const;
type Tab = (typeof tabs)[number];

/** 人员: mediators, labor-law supervisors, lawyers, and the certificates running out. */
export default function PeoplePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const tab = useParams().tab as Tab | undefined;
  if (!tab || !tabs.includes(tab)) return <Navigate to="/people/mediators" replace />;

  const panels: Record<Tab, React.ReactNode> = {
    mediators: <MediatorsPanel />,
    supervisors: <SupervisorsPanel />,
    lawyers: <LawyersPanel />,
    certificates: <CertificatesPanel />,
  };
  return (
    <Panel title={t('people.title')}>
      <Tabs
        activeKey={tab}
        // each tab has its own filters in the URL, so switching starts from none
        onChange={(key) => navigate(`/people/${key}`)}
        destroyOnHidden
        items={tabs.map((key) => ({ key, label: t(`people.tabs.${key}`), children: key === tab ? panels[key] : null }))}
      />
    </Panel>
  );
}
