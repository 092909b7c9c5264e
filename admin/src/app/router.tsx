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
      { path: '*', element: <NotFound /> },
    ],
  },
]);
