import { lazy, Suspense } from 'react';
import { createBrowserRouter, Navigate } from 'react-router';
import { PageSpinner } from '@/components/PageSpinner';
import { RequireAuth } from '@/features/auth';
import { AppLayout } from './layout/AppLayout';
import { NotFound } from './NotFound';
import { RouteError } from './RouteError';

// Pages load on demand, so the first paint carries only the shell.
const LoginPage = lazy(() => import('@/features/auth/pages/LoginPage'));
const OfficesPage = lazy(() => import('@/features/offices/pages/OfficesPage'));
const UsersPage = lazy(() => import('@/features/users/pages/UsersPage'));
const EmployersPage = lazy(() => import('@/features/employers/pages/EmployersPage'));
const EmployerDetailPage = lazy(() => import('@/features/employers/pages/EmployerDetailPage'));
const MediationOrgsPage = lazy(() => import('@/features/mediation-orgs/pages/MediationOrgsPage'));
const NewFilingPage = lazy(() => import('@/features/mediation-orgs/pages/NewFilingPage'));
const ReviewQueuePage = lazy(() => import('@/features/mediation-orgs/pages/ReviewQueuePage'));
const MediationOrgDetailPage = lazy(() => import('@/features/mediation-orgs/pages/MediationOrgDetailPage'));
const ReportStandingPage = lazy(() => import('@/features/mediation-orgs/pages/ReportStandingPage'));
const PeoplePage = lazy(() => import('@/features/people/pages/PeoplePage'));
const StatisticsPage = lazy(() => import('@/features/statistics/pages/StatisticsPage'));
const MyQueuePage = lazy(() => import('@/features/cases/pages/MyQueuePage'));
const CasesPage = lazy(() => import('@/features/cases/pages/CasesPage'));
const NewCasePage = lazy(() => import('@/features/cases/pages/NewCasePage'));
const CaseDetailPage = lazy(() => import('@/features/cases/pages/CaseDetailPage'));
const AgreementPage = lazy(() => import('@/features/cases/pages/AgreementPage'));
const MajorReportsPage = lazy(() => import('@/features/cases/pages/MajorReportsPage'));
const LegalAidListPage = lazy(() => import('@/features/legal-aid/pages/LegalAidListPage'));
const NewLegalAidPage = lazy(() => import('@/features/legal-aid/pages/NewLegalAidPage'));
const LegalAidDetailPage = lazy(() => import('@/features/legal-aid/pages/LegalAidDetailPage'));
const SubsidiesPage = lazy(() => import('@/features/legal-aid/pages/SubsidiesPage'));
const FeeSchedulePage = lazy(() => import('@/features/legal-aid/pages/FeeSchedulePage'));
const LegalAidFiguresPage = lazy(() => import('@/features/statistics/pages/LegalAidFiguresPage'));
const WarningsPage = lazy(() => import('@/features/warnings/pages/WarningsPage'));
const WarningDetailPage = lazy(() => import('@/features/warnings/pages/WarningDetailPage'));
const NotificationsPage = lazy(() => import('@/features/notifications/pages/NotificationsPage'));
const ClockSettingsPage = lazy(() => import('@/features/settings/pages/ClockSettingsPage'));
const InspectionsPage = lazy(() => import('@/features/supervision/pages/InspectionsPage'));
const NoticesPage = lazy(() => import('@/features/supervision/pages/NoticesPage'));
const NewNoticePage = lazy(() => import('@/features/supervision/pages/NewNoticePage'));
const NoticeDetailPage = lazy(() => import('@/features/supervision/pages/NoticeDetailPage'));
const EscalationQueuePage = lazy(() => import('@/features/supervision/pages/EscalationQueuePage'));
const NoticeLetterPage = lazy(() => import('@/features/supervision/pages/NoticeLetterPage'));
const PublicViolationsPage = lazy(() => import('@/features/supervision/pages/PublicViolationsPage'));
const SupervisionStatsPage = lazy(() => import('@/features/supervision/pages/SupervisionStatsPage'));
const ApiClientsPage = lazy(() => import('@/features/integrations/pages/ApiClientsPage'));
const WebhooksPage = lazy(() => import('@/features/integrations/pages/WebhooksPage'));
const ImportsPage = lazy(() => import('@/features/imports/pages/ImportsPage'));

export const router = createBrowserRouter([
  {
    path: '/login',
    errorElement: <RouteError />,
    element: (
      <Suspense fallback={<PageSpinner />}>
        <LoginPage />
      </Suspense>
    ),
  },
  {
    // a letter to print: the page alone, without the app's menu and header
    path: '/cases/:caseId/agreement',
    errorElement: <RouteError />,
    element: (
      <RequireAuth>
        <Suspense fallback={<PageSpinner />}>
          <AgreementPage />
        </Suspense>
      </RequireAuth>
    ),
  },
  {
    // published violations, for anyone: no sign-in
    path: '/public/violations',
    errorElement: <RouteError />,
    element: (
      <Suspense fallback={<PageSpinner />}>
        <PublicViolationsPage />
      </Suspense>
    ),
  },
  {
    // a supervision letter to print, like the agreement: the page alone
    path: '/notices/:noticeId/letter',
    errorElement: <RouteError />,
    element: (
      <RequireAuth>
        <Suspense fallback={<PageSpinner />}>
          <NoticeLetterPage />
        </Suspense>
      </RequireAuth>
    ),
  },
  {
    path: '/',
    errorElement: <RouteError />,
    element: (
      <RequireAuth>
        <AppLayout />
      </RequireAuth>
    ),
    children: [
      { index: true, element: <Navigate to="/offices" replace /> },
      { path: 'offices/:officeId?', element: <OfficesPage /> },
      { path: 'users', element: <UsersPage /> },
      { path: 'employers', element: <EmployersPage /> },
      { path: 'employers/:employerId', element: <EmployerDetailPage /> },
      { path: 'mediation-orgs', element: <MediationOrgsPage /> },
      { path: 'mediation-orgs/new', element: <NewFilingPage /> },
      { path: 'mediation-orgs/review', element: <ReviewQueuePage /> },
      { path: 'mediation-orgs/:orgId', element: <MediationOrgDetailPage /> },
      { path: 'org-reports', element: <ReportStandingPage /> },
      { path: 'people/:tab?', element: <PeoplePage /> },
      { path: 'statistics', element: <StatisticsPage /> },
      { path: 'statistics/legal-aid', element: <LegalAidFiguresPage /> },
      { path: 'my-work', element: <MyQueuePage /> },
      { path: 'cases', element: <CasesPage /> },
      { path: 'cases/new', element: <NewCasePage /> },
      { path: 'cases/:caseId', element: <CaseDetailPage /> },
      { path: 'major-reports', element: <MajorReportsPage /> },
      { path: 'legal-aid', element: <LegalAidListPage /> },
      { path: 'legal-aid/new', element: <NewLegalAidPage /> },
      { path: 'legal-aid/fee-schedule', element: <FeeSchedulePage /> },
      { path: 'legal-aid/:applicationId', element: <LegalAidDetailPage /> },
      { path: 'subsidies', element: <SubsidiesPage /> },
      { path: 'imports', element: <ImportsPage /> },
      { path: 'warnings', element: <WarningsPage /> },
      { path: 'warnings/:warningId', element: <WarningDetailPage /> },
      { path: 'inspections', element: <InspectionsPage /> },
      { path: 'notices', element: <NoticesPage /> },
      { path: 'notices/new', element: <NewNoticePage /> },
      { path: 'notices/escalation', element: <EscalationQueuePage /> },
      { path: 'notices/:noticeId', element: <NoticeDetailPage /> },
      { path: 'notices/:noticeId/edit', element: <NewNoticePage /> },
      { path: 'statistics/supervision', element: <SupervisionStatsPage /> },
      { path: 'notifications', element: <NotificationsPage /> },
      { path: 'settings/clocks', element: <ClockSettingsPage /> },
      { path: 'integrations/api-keys', element: <ApiClientsPage /> },
      { path: 'integrations/webhooks', element: <WebhooksPage /> },
      { path: '*', element: <NotFound /> },
    ],
  },
]);
