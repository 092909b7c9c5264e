import { useLanguage } from './i18n';

/** Formats RFC 3339 timestamps for the UI's language, in the browser's time zone. */
export function useFormatDateTime(): (iso: string | null | undefined) => string {
  const format = new Intl.DateTimeFormat(useLanguage(), { dateStyle: 'short', timeStyle: 'short' });
  return (iso) => (iso ? format.format(new Date(iso)) : '—');
}
