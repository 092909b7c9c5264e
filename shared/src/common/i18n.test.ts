import { describe, expect, it } from 'vitest';
import { format, pickLanguage } from './i18n.js';
import { errorCodes } from './errors.js';
import { errorTitles, ruleMessage, ruleMessages } from './messages.js';

describe('language of the answer', () => {
  it.each([
    [undefined, 'zh-CN'],
    ['', 'zh-CN'],
    ['zh-CN,zh;q=0.9', 'zh-CN'],
    ['en-US,en;q=0.9', 'en'],
    ['en;q=0.5,zh-CN;q=0.8', 'zh-CN'],
    ['fr-FR, en;q=0.3', 'en'],
    ['de', 'zh-CN'],
  ] as const)('%s → %s', (header, lang) => expect(pickLanguage(header)).toBe(lang));
});

describe('message catalogue', () => {
  it('titles every error code in both languages', () => {
    for (const code of errorCodes) {
      expect(errorTitles[code].zh).toMatch(/\S/);
      expect(errorTitles[code].en).toMatch(/\S/);
    }
  });

  it('words every rule in both languages with the same placeholders', () => {
    for (const label of Object.values(ruleMessages)) {
      const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(names(label.zh)).toEqual(names(label.en));
    }
  });

  it('fills placeholders', () => {
    expect(ruleMessage('office.region_unknown', 'en', { code: '999999' })).toBe('region code 999999 is not a GB/T 2260 code');
    expect(format('{a}-{b}', { a: 1 })).toBe('1-{b}');
  });
});
