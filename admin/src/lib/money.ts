/** Money travels as decimal yuan strings (`"12345.60"`); sums are done in whole fen so no float rounding creeps in. */
const MONEY = /^(0|[1-9]\d{0,13})(\.\d{1,2})?$/;

export const isMoney = (text: string) => MONEY.test(text);

/** `"12.5"` → 1250n fen; null for anything that is not a yuan amount. */
export function toFen(text: string | undefined | null): bigint | null {
  if (!text || !MONEY.test(text)) return null;
  const [whole, part = ''] = text.split('.');
  return BigInt(whole) * 100n + BigInt(part.padEnd(2, '0'));
}

/** The sum of the amounts that are valid, as a yuan string with two decimals. */
export function sumYuan(amounts: (string | undefined | null)[]): string {
  const fen = amounts.reduce<bigint>((sum, a) => sum + (toFen(a) ?? 0n), 0n);
  return `${fen / 100n}.${String(fen % 100n).padStart(2, '0')}`;
}

/** `"1234567.5"` → `"1,234,567.50"`, grouped for reading; the digits stay exact. */
export function formatYuan(text: string | null | undefined): string {
  const fen = toFen(text ?? '');
  if (fen === null) return text ?? '';
  const whole = (fen / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${whole}.${String(fen % 100n).padStart(2, '0')}`;
}

const digits = '零壹贰叁肆伍陆柒捌玖';
const units = ['', '拾', '佰', '仟'];
const groups = ['', '万', '亿', '万亿'];

/** The amount in capital Chinese numerals (大写金额), as agreements and receipts write it: `1234.50` → 壹仟贰佰叁拾肆元伍角整. */
export function yuanInCapitals(text: string): string {
  const fen = toFen(text);
  if (fen === null) return '';
  const whole = fen / 100n;
  const jiao = Number((fen % 100n) / 10n);
  const fenDigit = Number(fen % 10n);
  if (whole === 0n && fen > 0n) return `${jiao ? `${digits[jiao]}角` : ''}${fenDigit ? `${digits[fenDigit]}分` : '整'}`;
  let words = '';
  if (whole === 0n) words = '零';
  else {
    const s = whole.toString();
    const chunks: string[] = [];
    for (let end = s.length; end > 0; end -= 4) chunks.unshift(s.slice(Math.max(0, end - 4), end));
    let pendingZero = false;
    chunks.forEach((chunk, ci) => {
      const group = groups[chunks.length - 1 - ci];
      let chunkWords = '';
      const padded = chunk.padStart(4, '0');
      for (let i = 0; i < 4; i++) {
        const d = Number(padded[i]);
        if (d === 0) {
          if (chunkWords || ci > 0) pendingZero = chunkWords !== '' || pendingZero || words !== '';
          continue;
        }
        if (pendingZero && (chunkWords || words)) chunkWords += '零';
        pendingZero = false;
        chunkWords += digits[d] + units[3 - i];
      }
      if (chunkWords) words += chunkWords + group;
    });
  }
  words += '元';
  if (jiao === 0 && fenDigit === 0) return `${words}整`;
  if (jiao > 0) words += `${digits[jiao]}角`;
  else if (whole > 0n) words += '零';
  if (fenDigit > 0) words += `${digits[fenDigit]}分`;
  else words += '整';
  return words;
}
