import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError } from '@/lib/api';

/** What a page shows when its data could not be loaded: the API's own words, and a retry. */
export function QueryError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  const apiError = error instanceof ApiError ? error : null;
  return (
    <Alert
      type="warning"
      showIcon
      title={apiError?.title ?? t('common.loadFailed')}
      description={apiError?.detail}
      action={
        <Button size="small" onClick={onRetry}>
          {t('common.retry')}
        </Button>
      }
    />
  );
}
