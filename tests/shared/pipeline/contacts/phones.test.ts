import { describe, expect, it } from 'vitest';
import { countryOfPhone, findPhones, internationalPhone } from '../../../../shared/pipeline/split/contacts/phones';

describe('contact-phone: numbers as written', () => {
  it.each([
    ['Tél. : +41 22 555 01 23', ['+41 22 555 01 23']],
    ['Tel. +852.23322441', ['+852.23322441']],
    ['+227 20 555 01 12 / +227 90 555 01 34', ['+227 20 555 01 12', '+227 90 555 01 34']],
    ['T +41 22 555 01 23 | M +41 79 555 01 23', ['+41 22 555 01 23', '+41 79 555 01 23']],
    ['(555) 555-0123', ['(555) 555-0123']],
    ['(+41) 22 555 01 23', ['(+41) 22 555 01 23']],
    ['0041 22 555 01 23', ['0041 22 555 01 23']],
    ['022\u00A0555\u00A001\u00A023', ['022\u00A0555\u00A001\u00A023']],
    ['+1-202-555-0143.', ['+1-202-555-0143']],
  ])('%s', (text, expected) => {
    expect(findPhones(text).map((p) => p.text)).toEqual(expected);
  });

  it.each(['le 3 mars 2024', '2 300 membres', '2023-2024', '12.05.2024', '1 800 personnes', 'USD 14 million'])('not a number: %s', (text) => {
    expect(findPhones(text)).toEqual([]);
  });
});

describe('contact-phone-intl: international format with libphonenumber-js (min metadata)', () => {
  it.each([
    // Fictional 555 numbers that libphonenumber judges possible (right length): formatted by it.
    ['+41 22 555 01 23', null, '+41 22 555 01 23'],
    ['+221 33 555 01 42', null, '+221 33 555 01 42'],
    ['+509 2555 0123', null, '+509 25 55 0123'],
    ['+852.23322441', null, '+852 2332 2441'],
    ['+52 55 5555 0123', null, '+52 55 5555 0123'],
    ['0041 22 555 01 23', null, '+41 22 555 01 23'],
    ['(+41) 22 555 01 23', null, '+41 22 555 01 23'],
    // National numbers: the country comes from the context.
    ['022 555 01 23', 'CH', '+41 22 555 01 23'],
    ['33 555 01 42', 'SN', '+221 33 555 01 42'],
    ['01 45 55 50 12', 'FR', '+33 1 45 55 50 12'],
    // A `+` number too long for its country (a fictional block): its own grouping after the code.
    ['+227 20 555 01 12', null, '+227 20 555 01 12'],
  ])('%s (%s)', (written, country, expected) => {
    expect(internationalPhone(written, country)).toBe(expected);
  });

  it.each([
    ['022 555 01 23', null],
    ['022 555 01 23', 'XX'],
    ['12', 'CH'],
  ])('unknown country or not a number: %s (%s)', (written, country) => {
    expect(internationalPhone(written, country)).toBeNull();
  });

  it('tells the country of a number from its prefix', () => {
    expect(countryOfPhone('+221 33 555 01 42')).toBe('SN');
    expect(countryOfPhone('0041 22 555 01 23')).toBe('CH');
    expect(countryOfPhone('022 555 01 23')).toBeNull();
  });
});
