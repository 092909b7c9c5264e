/**
 * Check characters of the two national identifiers the product takes: the unified social credit
 * code of an organization (GB 32100-2015) and the resident identity number (GB 11643-1999).
 */

/** GB 32100: ISO 7064 MOD 31-3 over this alphabet (no I, O, Z, S, V). */
export const creditCodeAlphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const creditWeights = Array.from({ length: 17 }, (_, i) => Number(3n ** BigInt(i) % 31n));

export function creditCodeCheckChar(first17: string): string | null {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = creditCodeAlphabet.indexOf(first17[i]);
    if (v < 0) return null;
    sum += v * creditWeights[i];
  }
  return creditCodeAlphabet[(31 - (sum % 31)) % 31];
}

export type CreditCodeProblem = 'code.credit_length' | 'code.credit_chars' | 'code.credit_region' | 'code.credit_check';

/** Why a unified social credit code is not valid, or null when it is. */
export function creditCodeProblem(code: string): CreditCodeProblem | null {
  if (code.length !== 18) return 'code.credit_length';
  if ([...code].some((c) => !creditCodeAlphabet.includes(c))) return 'code.credit_chars';
  // characters 3–8 are the GB/T 2260 code of the registering authority
  if (!/^\d{6}$/.test(code.slice(2, 8))) return 'code.credit_region';
  return creditCodeCheckChar(code.slice(0, 17)) === code[17] ? null : 'code.credit_check';
}

const idWeights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const idCheckChars = '10X98765432';

export function idNumberCheckChar(first17: string): string | null {
  if (!/^\d{17}$/.test(first17)) return null;
  const sum = idWeights.reduce((acc, w, i) => acc + w * Number(first17[i]), 0);
  return idCheckChars[sum % 11];
}

export type IdNumberProblem = 'code.id_format' | 'code.id_birth_date' | 'code.id_check';

/** Why a resident ID number is not valid, or null when it is (`x` is taken as `X`). */
export function idNumberProblem(raw: string, today = new Date()): IdNumberProblem | null {
  const id = raw.toUpperCase();
  if (!/^\d{17}[\dX]$/.test(id)) return 'code.id_format';
  const [y, m, d] = [Number(id.slice(6, 10)), Number(id.slice(10, 12)), Number(id.slice(12, 14))];
  const birth = new Date(Date.UTC(y, m - 1, d));
  if (y < 1900 || birth.getUTCMonth() !== m - 1 || birth.getUTCDate() !== d || birth > today) return 'code.id_birth_date';
  return idNumberCheckChar(id.slice(0, 17)) === id[17] ? null : 'code.id_check';
}

/** `110105199001011234` → `1101**********123X`-style: area kept, birth date and sequence hidden. */
export function maskIdNumber(id: string): string {
  return id.length === 18 ? `${id.slice(0, 4)}**********${id.slice(14)}` : '*'.repeat(id.length);
}
