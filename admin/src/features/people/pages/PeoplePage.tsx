import { Tabs } from 'antd';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useParams } from 'react-router';
import { PageSpinner } from '@/components/PageSpinner';
import { Panel } from '@/components/Panel';

// Each tab's panel (its filters, table and dialogs) loads when its tab is shown.
const MediatorsPanel = lazy(() => import('../components/MediatorsPanel').then((m) => ({ default: m.MediatorsPanel })));
const SupervisorsPanel = lazy(() => import('../components/SupervisorsPanel').then((m) => ({ default: m.SupervisorsPanel })));
const LawyersPanel = lazy(() => import('../components/LawyersPanel').then((m) => ({ default: m.LawyersPanel })));
const CertificatesPanel = lazy(() => import('../components/CertificatesPanel').then((m) => ({ default: m.CertificatesPanel })));

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
        items={tabs.map((key) => ({ key, label: t(`people.tabs.${key}`), children: key === tab ? <Suspense fallback={<PageSpinner />}>{panels[key]}</Suspense> : null }))}
      />
    </Panel>
  );
}
