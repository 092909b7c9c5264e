export const languages = ['zh-CN', 'en'] as const;
export type Language = (typeof languages)[number];

/** A label in both languages the product speaks; zh-CN is the default. */
export interface Label {
  zh: string;
  en: string;
}

/** Picks the language from an Accept-Language header: English only when it is preferred over Chinese. */
export function pickLanguage(acceptLanguage: string | undefined | null): Language {
  if (!acceptLanguage) return 'zh-CN';
  const ranked = acceptLanguage
    .split(',')
    .map((part, index) => {
      const [tag, ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { tag: tag.toLowerCase(), q: q ? Number(q.slice(2)) || 0 : 1, index };
    })
    .filter((r) => r.tag)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const r of ranked) {
    if (r.tag.startsWith('zh')) return 'zh-CN';
    if (r.tag.startsWith('en')) return 'en';
  }
  return 'zh-CN';
}

export function labelIn(label: Label, lang: Language): string {
  return lang === 'en' ? label.en : label.zh;
}

/** Fills `{name}` placeholders. */
export function format(template: string, params: Record<string, unknown> = {}): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => (key in params ? String(params[key]) : `{${key}}`));
}
