import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';

/** Shown in place of a route that failed to render, e.g. a lazy chunk that could not load after a deploy. */
export function RouteError() {
  const { t } = useTranslation();
  return (
    <Alert
      type="error"
      showIcon
      title={t('common.crashed')}
      action={
        <Button size="small" onClick={() => window.location.reload()}>
          {t('common.reload')}
        </Button>
      }
      style={{ margin: 24 }}
    />
  );
}
