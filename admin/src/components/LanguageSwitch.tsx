import { Segmented } from 'antd';
import type { Language } from '@union/shared';
import { useTranslation } from 'react-i18next';
import { setLanguage, useLanguage } from '@/lib/i18n';

// Each language is named in itself, so either can be found whatever the UI speaks now.
const options: { label: string; value: Language }[] = [
  { label: '中文', value: 'zh-CN' },
  { label: 'English', value: 'en' },
];

export function LanguageSwitch() {
  const { t } = useTranslation();
  return <Segmented<Language> size="small" aria-label={t('header.language')} options={options} value={useLanguage()} onChange={setLanguage} />;
}
