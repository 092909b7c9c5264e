import type { Locator } from 'playwright-core';

export interface GlyphCheck {
  /** The element's font, as the canvas used it. */
  font: string;
  /** Pixels set when drawing 工. */
  inkCJK: number;
  /** Whether 工 and U+10FFFD (a code point no font has) came out as the same picture: a tofu box. */
  sameAsMissingGlyph: boolean;
}

/**
 * Draws 工 and a code point with no glyph anywhere in the element's own font on a canvas. Without a
 * CJK font both come out as the same .notdef box; with one, 工 is a real glyph.
 */
export function checkCJKGlyphs(element: Locator): Promise<GlyphCheck> {
  return element.evaluate((el) => {
    const style = getComputedStyle(el);
    const font = `${style.fontWeight} 48px ${style.fontFamily}`;
    const draw = (text: string) => {
      const canvas = document.createElement('canvas');
      canvas.width = canvas.height = 64;
      const ctx = canvas.getContext('2d')!;
      ctx.font = font;
      ctx.fillText(text, 4, 52);
      return ctx.getImageData(0, 0, 64, 64).data;
    };
    const cjk = draw('工');
    const missing = draw('\u{10FFFD}');
    let ink = 0;
    for (let i = 3; i < cjk.length; i += 4) if (cjk[i] > 0) ink++;
    return { font, inkCJK: ink, sameAsMissingGlyph: cjk.every((v, i) => v === missing[i]) };
  });
}
