import { describe, expect, it } from 'vitest';
import { classifyNumber, groupDigits, type NumberClass } from '../../../../shared/pipeline/typography/numbers';

/** The class of the number marked [..] in `marked`. */
function classOf(marked: string): NumberClass {
  const start = marked.indexOf('[');
  const end = marked.indexOf(']') - 1;
  return classifyNumber(marked.replace('[', '').replace(']', ''), start, end);
}

describe('number classes', () => {
  it.each([
    ['[120000] réfugiés', 'quantity'],
    ['[2 400] migrants', 'quantity'],
    ['en [2024]', 'year'],
    ['en [1951]', 'year'],
    ['le code [12345]', 'code'],
    ['n° [12345]', 'code'],
    ['BP [15000] Dakar', 'code'],
    ['article [12345]', 'code'],
    ['le [01234]', 'code'],
    ['COVID-[19]', 'code'],
    ['H5N[1]', 'code'],
    ['A[320]', 'code'],
    ['#[12345]', 'code'],
    ['[01 23 45 67 89]', 'phone'],
    ['3,[14159]', 'decimal'],
    ['[3]e', 'ordinal'],
    ['[21]ème', 'ordinal'],
    ['[2021]-2025', 'range'],
    ['2021-[2025]', 'range'],
    ['[12]/03', 'date'],
    ['12.[03].2024', 'date'],
    ['[1 500] personnes', 'quantity'],
  ] as const)('%s → %s', (marked, cls) => {
    expect(classOf(marked)).toBe(cls);
  });

  it.each([
    ['12345', '12\u202F345'],
    ['1234567', '1\u202F234\u202F567'],
    ['123456', '123\u202F456'],
    ['1234', '1\u202F234'],
  ])('groups %s', (digits, grouped) => {
    expect(groupDigits(digits, '\u202F')).toBe(grouped);
  });
});
