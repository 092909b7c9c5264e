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
      { path: '*', element: <NotFound /> },
    ],
  },
]);
