import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { creditCodeAlphabet, creditCodeCheckChar, creditCodeProblem, idNumberCheckChar, idNumberProblem, maskIdNumber } from './codes.js';

describe('unified social credit code (GB 32100)', () => {
  it.each([
    '91350100M000100Y43', // a published enterprise code
    '91110000802100433B',
    '81110105MC0000001F'.slice(0, 17) + creditCodeCheckChar('81110105MC0000001'), // union codes start 81
  ])('accepts %s', (code) => expect(creditCodeProblem(code)).toBeNull());

  it.each([
    ['91350100M000100Y4', 'code.credit_length'],
    ['91350100M000100Y43X', 'code.credit_length'],
    ['91350100M000100I43', 'code.credit_chars'],
    ['9135010OM000100Y43', 'code.credit_chars'],
    ['91A50100M000100Y43', 'code.credit_region'],
    ['91350100M000100Y44', 'code.credit_check'],
  ] as const)('refuses %s: %s', (code, problem) => expect(creditCodeProblem(code)).toBe(problem));

  it('accepts exactly one check character for any 17 valid characters', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...creditCodeAlphabet), { minLength: 17, maxLength: 17 }), fc.integer({ min: 100000, max: 999999 }), (chars, region) => {
        const first17 = chars.slice(0, 2).join('') + String(region) + chars.slice(8).join('');
        const good = [...creditCodeAlphabet].filter((c) => creditCodeProblem(first17 + c) === null);
        expect(good).toEqual([creditCodeCheckChar(first17)]);
      }),
    );
  });
});

describe('resident ID number (GB 11643)', () => {
  it.each(['11010519491231002X', '41040219900307123' + idNumberCheckChar('41040219900307123')])('accepts %s', (id) =>
    expect(idNumberProblem(id)).toBeNull(),
  );

  it('takes a lower-case x', () => expect(idNumberProblem('11010519491231002x')).toBeNull());

  it.each([
    ['1101051949123100', 'code.id_format'],
    ['11010519491231002Y', 'code.id_format'],
    ['110105194902300021', 'code.id_birth_date'],
    ['110105189912310021', 'code.id_birth_date'],
    ['110105299912310021', 'code.id_birth_date'],
    ['110105194912310021', 'code.id_check'],
  ] as const)('refuses %s: %s', (id, problem) => expect(idNumberProblem(id)).toBe(problem));

  it('finds every single-digit typo', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 16 }), fc.integer({ min: 1, max: 9 }), (pos, delta) => {
        const id = '11010519491231002X';
        const typo = id.slice(0, pos) + String((Number(id[pos]) + delta) % 10) + id.slice(pos + 1);
        expect(idNumberProblem(typo)).not.toBeNull();
      }),
    );
  });

  it('masks all but the area and the last four', () => expect(maskIdNumber('11010519491231002X')).toBe('1101**********002X'));
});
