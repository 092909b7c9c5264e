import { labelIn, type Label, type Language } from '@union/shared';
import i18n from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import { zhCN, type Messages } from './zh-CN';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Messages };
  }
}

const STORAGE_KEY = 'union.language';

const toLanguage = (tag: string | null | undefined): Language => (tag === 'en' ? 'en' : 'zh-CN');

i18n.on('languageChanged', (language) => {
  document.documentElement.lang = language;
  document.title = i18n.t('app.title');
});

void i18n.use(initReactI18next).init({
  resources: { 'zh-CN': { translation: zhCN } },
  lng: 'zh-CN',
  fallbackLng: 'zh-CN',
  interpolation: { escapeValue: false },
  initAsync: false,
});

/** The language the UI speaks now, as the API's Accept-Language expects it. */
export const currentLanguage = (): Language => toLanguage(i18n.language);

/** English words load when English is first chosen: the first page of a Chinese session carries only its own. */
async function switchTo(language: Language) {
  if (language === 'en' && !i18n.hasResourceBundle('en', 'translation')) {
    const { en } = await import('./en');
    i18n.addResourceBundle('en', 'translation', en);
  }
  await i18n.changeLanguage(language);
}

export function setLanguage(language: Language): void {
  localStorage.setItem(STORAGE_KEY, language);
  void switchTo(language);
}

const stored = toLanguage(localStorage.getItem(STORAGE_KEY));
if (stored !== 'zh-CN') void switchTo(stored);

export function useLanguage(): Language {
  return toLanguage(useTranslation().i18n.language);
}

/** Words a shared {zh, en} label in the UI's language. */
export function useLabel(): (label: Label) => string {
  const language = useLanguage();
  return (label) => labelIn(label, language);
}

export { i18n };
