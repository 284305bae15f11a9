import { describe, expect, it } from 'vitest';
import { isAllowedHref, linkLabel, normalizeHref } from '../../../renderer/editor/links';

describe('isAllowedHref', () => {
  it.each([
    ['https://www.iom.int/fr', true],
    ['http://a.org', true],
    ['HTTPS://A.ORG/x?y=1#z', true],
    ['mailto:presse@iom.int', true],
    ['mailto:presse@iom.int?subject=Communiqu%C3%A9', true],
    ['javascript:alert(1)', false],
    ['data:text/html,x', false],
    ['file:///etc/passwd', false],
    ['ftp://a.org', false],
    ['https://', false],
    [' https://a.org', false],
    ['https://a.org/un espace', false],
    [`https://a.org/${'x'.repeat(2040)}`, false],
    ['', false],
  ])('%s → %s', (href, ok) => {
    expect(isAllowedHref(href)).toBe(ok);
  });
});

describe('normalizeHref', () => {
  it.each([
    ['https://www.iom.int/fr', 'https://www.iom.int/fr'],
    ['  https://a.org  ', 'https://a.org'],
    ['www.iom.int', 'https://www.iom.int'],
    ['iom.int/fr/actualites?page=2', 'https://iom.int/fr/actualites?page=2'],
    ['réfugiés.fr', 'https://réfugiés.fr'],
    ['//cdn.example.org/x', 'https://cdn.example.org/x'],
    ['presse@iom.int', 'mailto:presse@iom.int'],
    ['mailto:presse@iom.int', 'mailto:presse@iom.int'],
    ['javascript:alert(1)', null],
    ['JavaScript:alert(1)', null],
    ['vbscript:x', null],
    ['bonjour', null],
    ['deux mots.fr', null],
    ['', null],
    ['   ', null],
  ])('%j → %j', (input, expected) => {
    expect(normalizeHref(input)).toBe(expected);
  });

  it('labels a link by its address, without mailto:', () => {
    expect(linkLabel('mailto:presse@iom.int')).toBe('presse@iom.int');
    expect(linkLabel('https://a.org')).toBe('https://a.org');
  });
});
