// Contact-block mechanisms with their negatives: bare intro labels in fr/en/es, double-hyphen
// separators, `Name at Office`, placeholder addresses, a bracketed qualifier before a second
// number, a lower-case title after the name, office words of local government and civil society,
// situation nouns that are no job, uniform spacing of table cells, headlines under a block.
import { describe, expect, it } from 'vitest';
import { introOf } from '../../../../shared/pipeline/split/contacts/intro';
import { isPlaceholderEmail, partsOfLine } from '../../../../shared/pipeline/split/contacts/fields';
import { blockOf, plain, PROSE } from '../contacts/helpers';

const kinds = (line: string): string[] => partsOfLine(line).map((p) => `${p.kind}:${p.value}`);

describe('bare intro labels', () => {
  it.each(['Renseignements :', 'Renseignements', 'Contacto prensa:', 'Contactos medios', 'Informes:', 'Media inquiries', 'Enquiries:'])('%s', (line) => {
    expect(introOf(line)?.strength).toBe('bare');
  });

  it.each(['Renseignements pris, la famille a pu rejoindre le centre.', 'Informes anuales de la OIM sobre migración', 'Inquiries rose by 40 % in March.'])('not an intro: %s', (line) => {
    expect(introOf(line)).toBeNull();
  });

  it('a label with the contact on the same line', () => {
    const b = blockOf([PROSE, '', 'Renseignements : Marie-Ève Tremblay, conseillère en communication, CANAM, 514 555-0147, mtremblay@example.org'].join('\n'));
    expect(b.contacts.map(plain)).toEqual([
      { name: 'Marie-Ève Tremblay', organization: 'CANAM', role: 'conseillère en communication', phone: '514 555-0147', phoneAlt: null, email: 'mtremblay@example.org' },
    ]);
  });
});

describe('fields of one-line contacts', () => {
  it('double hyphens separate fields like dashes', () => {
    expect(kinds('Francisca Rojas -- Departamento de Comunicaciones -- +56 2 2555 0123 -- frojas@example.org')).toEqual([
      'name:Francisca Rojas',
      'org:Departamento de Comunicaciones',
      'phone:+56 2 2555 0123',
      'email:frojas@example.org',
    ]);
  });

  it('`Name at Office` names the person and the office', () => {
    expect(kinds('Sanjay Mehta at IOM Geneva, Tel: +41 22 555 0123')).toEqual(['name:Sanjay Mehta', 'org:IOM Geneva', 'phone:+41 22 555 0123']);
    // An office whose own name holds a preposition stays one office.
    expect(kinds('Oficina Regional de la OIM, San José')[0]).toBe('org:Oficina Regional de la OIM');
  });

  it('a capitalised last word of an office is not a connector (`Sur`, `On`)', () => {
    expect(kinds('María José Hernández | Colectivo Frontera Sur | +52 962 555 0123')).toEqual(['name:María José Hernández', 'org:Colectivo Frontera Sur', 'phone:+52 962 555 0123']);
  });

  it.each([
    ['0117 555 0142 (out of hours: 07700 555 019)', ['0117 555 0142', '07700 555 019']],
    ['01 55 50 12 34 (en dehors des heures de bureau : 06 55 50 12 34)', ['01 55 50 12 34', '06 55 50 12 34']],
  ])('a bracketed qualifier before a second number: %s', (line, phones) => {
    const parts = partsOfLine(line);
    expect(parts.filter((p) => p.kind === 'phone').map((p) => p.value)).toEqual(phones);
    expect(parts.some((p) => p.kind === 'prose')).toBe(false);
  });

  it('a capitalised name before a colon is not a qualifier', () => {
    expect(kinds('Jane Doe: +41 22 555 01 23')).toContain('name:Jane Doe');
  });

  it.each([
    ['Gabinete de Comunicación del Ayuntamiento de Zaragoza', 'org'],
    ['Ville de Lausanne', 'org'],
    ['Office of the Minister of Immigration, Refugees and Citizenship', 'org'],
  ])('office words of local government and civil society: %s', (line, kind) => {
    expect(partsOfLine(line)[0]!.kind).toBe(kind);
    expect(partsOfLine(line).some((p) => p.kind === 'role')).toBe(false);
  });

  it('a lower-case title right after the name is the role; a capitalised office is not', () => {
    const b = blockOf([PROSE, '', 'Contacts :', 'Florence Gerber, municipale, Direction de la cohésion sociale, 021 555 72 00'].join('\n'));
    expect(b.contacts.map(plain)).toEqual([
      { name: 'Florence Gerber', organization: 'Direction de la cohésion sociale', role: 'municipale', phone: '021 555 72 00', phoneAlt: null, email: null },
    ]);
  });
});

describe('placeholder addresses', () => {
  it.each(['prénom.nom@example.org', 'firstname.lastname@example.org', 'nombre.apellido@example.org', 'first.last@example.org', 'xxx@example.org'])('%s is a pattern, not an address', (e) => {
    expect(isPlaceholderEmail(e)).toBe(true);
  });

  it.each(['name.surname.jones@example.org', 'jnom@example.org', 'prenom.dupont@example.org', 'presse@example.org'])('%s is an address', (e) => {
    expect(isPlaceholderEmail(e)).toBe(false);
  });

  it('the pattern given in an intro line makes no contact', () => {
    const b = blockOf([PROSE, '', 'Pour plus d’informations, veuillez contacter (courriel : prénom.nom@example.org) :', 'Jean-Robert Désir, PAM/Port-au-Prince, Mob. +509 3755 5012'].join('\n'));
    expect(b.contacts.map((c) => [c.name, c.email])).toEqual([['Jean-Robert Désir', null]]);
  });
});

describe('the layout of a block', () => {
  it('table cells set apart by blank lines: one contact per person, not per line', () => {
    const b = blockOf([PROSE, '', 'Para más información:', '', 'Andrea Solís', '', 'PMA/Panamá', '', '+507 6555 0123', '', 'andrea.solis@example.org', '', 'Rodrigo Mejía', '', 'PMA/Tegucigalpa', '', '+504 9555 0145', '', 'rodrigo.mejia@example.org'].join('\n'), { lang: 'es' });
    expect(b.contacts.map((c) => [c.name, c.organization, c.phone, c.email])).toEqual([
      ['Andrea Solís', 'PMA/Panamá', '+507 6555 0123', 'andrea.solis@example.org'],
      ['Rodrigo Mejía', 'PMA/Tegucigalpa', '+504 9555 0145', 'rodrigo.mejia@example.org'],
    ]);
  });

  it('a long capitalised line under the last number is the next headline, not an office', () => {
    const b = blockOf(['Contact: Maria Delgado, Communications Director', '(303) 555-0147 | mdelgado@example.com', 'City Launches Language Access Line Connecting Residents to Services in 24 Languages', PROSE].join('\n'), { lang: 'en' });
    expect(b.blockLines).toEqual([0, 1]);
  });
});

describe('labels of a block', () => {
  it('a label right above another intro belongs to the block that follows', () => {
    const b = blockOf([PROSE, '', 'Contacts', 'Media:', 'Wambui Kariuki', '+254 20 555 0166', 'wkariuki@example.org'].join('\n'), { lang: 'en' });
    expect(b.blockLines).toEqual([2, 3, 4, 5, 6]);
    expect(b.contacts.map((c) => [c.name, c.phone])).toEqual([['Wambui Kariuki', '+254 20 555 0166']]);
  });

  it('a label naming an office over lines with no person is the office', () => {
    const b = blockOf([PROSE, '', 'Media Relations', '613-555-0100', 'media@example.org'].join('\n'), { lang: 'en' });
    expect(b.contacts.map((c) => [c.name, c.organization, c.phone, c.email])).toEqual([[null, 'Media Relations', '613-555-0100', 'media@example.org']]);
  });

  it('a bare label is not the office when the lines name a person or an office', () => {
    const b = blockOf([PROSE, '', 'Media Relations', 'Jane Doe, IOM Geneva', '+41 22 555 01 23'].join('\n'), { lang: 'en' });
    expect(b.contacts.map((c) => [c.name, c.organization])).toEqual([['Jane Doe', 'IOM Geneva']]);
    const c = blockOf([PROSE, '', 'Contacts', '613-555-0100', 'media@example.org'].join('\n'), { lang: 'en' });
    expect(c.contacts.map((k) => k.organization)).toEqual([null]);
    // A generic label written in lower case is no office's name.
    const d = blockOf([PROSE, '', 'Relations médias', '+509 3555 0123', 'media@example.org'].join('\n'));
    expect(d.contacts.map((k) => k.organization)).toEqual([null]);
  });
});

describe('details in brackets after the name', () => {
  it('`Contact: Jane Doe (jane@…; +1 …)` names the person', () => {
    const b = blockOf([PROSE, '', 'Contact: Jane Doe (jane.doe@example.org; +1 202 555 0100)'].join('\n'), { lang: 'en' });
    expect(b.contacts.map(plain)).toEqual([{ name: 'Jane Doe', organization: null, role: null, phone: '+1 202 555 0100', phoneAlt: null, email: 'jane.doe@example.org' }]);
  });

  it('an office with its place in brackets keeps them', () => {
    expect(partsOfLine('OIM (Genève), +41 22 555 01 23')[0]).toMatchObject({ kind: 'org' });
  });
});
