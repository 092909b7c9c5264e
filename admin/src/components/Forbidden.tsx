import { lazy, Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

// antd's Result carries its status illustrations (10 kB gzip): they load only for the user who meets this.
const Result = lazy(() => import('antd/es/result'));

/** What a user without the page's permission sees in its place. */
export function Forbidden({ extra }: { extra?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Suspense fallback={null}>
      <Result status="403" title={t('common.forbidden')} extra={extra} />
    </Suspense>
  );
}
