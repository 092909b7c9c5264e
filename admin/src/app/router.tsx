import { lazy, Suspense, type ReactNode } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { PageSpinner } from '@/components/PageSpinner';
import { RequireAuth } from '@/features/auth';
import { AppLayout } from './layout/AppLayout';
import { NotFound } from './NotFound';
import { RouteErrorBoundary } from './RouteError';

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

/** A page alone, without the app's menu and header, in its own error boundary. */
const Alone = ({ children }: { children: ReactNode }) => (
  <RouteErrorBoundary>
    <Suspense fallback={<PageSpinner />}>{children}</Suspense>
  </RouteErrorBoundary>
);

// Declarative routes (<Routes>), not a data router: the app loads its data with react-query, and the
// data router's loaders and actions would add about 16 kB (gzip) to every first load.
export function AppRoutes() {
  return (
    <Routes>
      <Route path="/login" element={<Alone><LoginPage /></Alone>} />
      {/* a letter to print: the page alone, without the app's menu and header */}
      <Route path="/cases/:caseId/agreement" element={<RequireAuth><Alone><AgreementPage /></Alone></RequireAuth>} />
      {/* published violations, for anyone: no sign-in */}
      <Route path="/public/violations" element={<Alone><PublicViolationsPage /></Alone>} />
      {/* a supervision letter to print, like the agreement: the page alone */}
      <Route path="/notices/:noticeId/letter" element={<RequireAuth><Alone><NoticeLetterPage /></Alone></RequireAuth>} />
      <Route
        path="/"
        element={
          <RouteErrorBoundary>
            <RequireAuth>
              <AppLayout />
            </RequireAuth>
          </RouteErrorBoundary>
        }
      >
        <Route index element={<Navigate to="/offices" replace />} />
        <Route path="offices/:officeId?" element={<OfficesPage />} />
        <Route path="users" element={<UsersPage />} />
        <Route path="employers" element={<EmployersPage />} />
        <Route path="employers/:employerId" element={<EmployerDetailPage />} />
        <Route path="mediation-orgs" element={<MediationOrgsPage />} />
        <Route path="mediation-orgs/new" element={<NewFilingPage />} />
        <Route path="mediation-orgs/review" element={<ReviewQueuePage />} />
        <Route path="mediation-orgs/:orgId" element={<MediationOrgDetailPage />} />
        <Route path="org-reports" element={<ReportStandingPage />} />
        <Route path="people/:tab?" element={<PeoplePage />} />
        <Route path="statistics" element={<StatisticsPage />} />
        <Route path="statistics/legal-aid" element={<LegalAidFiguresPage />} />
        <Route path="my-work" element={<MyQueuePage />} />
        <Route path="cases" element={<CasesPage />} />
        <Route path="cases/new" element={<NewCasePage />} />
        <Route path="cases/:caseId" element={<CaseDetailPage />} />
        <Route path="major-reports" element={<MajorReportsPage />} />
        <Route path="legal-aid" element={<LegalAidListPage />} />
        <Route path="legal-aid/new" element={<NewLegalAidPage />} />
        <Route path="legal-aid/fee-schedule" element={<FeeSchedulePage />} />
        <Route path="legal-aid/:applicationId" element={<LegalAidDetailPage />} />
        <Route path="subsidies" element={<SubsidiesPage />} />
        <Route path="imports" element={<ImportsPage />} />
        <Route path="warnings" element={<WarningsPage />} />
        <Route path="warnings/:warningId" element={<WarningDetailPage />} />
        <Route path="inspections" element={<InspectionsPage />} />
        <Route path="notices" element={<NoticesPage />} />
        <Route path="notices/new" element={<NewNoticePage />} />
        <Route path="notices/escalation" element={<EscalationQueuePage />} />
        <Route path="notices/:noticeId" element={<NoticeDetailPage />} />
        <Route path="notices/:noticeId/edit" element={<NewNoticePage />} />
        <Route path="statistics/supervision" element={<SupervisionStatsPage />} />
        <Route path="notifications" element={<NotificationsPage />} />
        <Route path="settings/clocks" element={<ClockSettingsPage />} />
        <Route path="integrations/api-keys" element={<ApiClientsPage />} />
        <Route path="integrations/webhooks" element={<WebhooksPage />} />
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  );
}
