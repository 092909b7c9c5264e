import { Empty } from 'antd';
import { useTranslation } from 'react-i18next';

export function NotFound() {
  const { t } = useTranslation();
  return <Empty description={t('common.notFound')} style={{ marginTop: 80 }} />;
}
