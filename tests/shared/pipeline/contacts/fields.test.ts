import { describe, expect, it } from 'vitest';
import { classifyText, labelOf, locationLabel, partsOfLine } from '../../../../shared/pipeline/split/contacts/fields';

describe('names, organisations, roles (contact-name / contact-org / contact-role)', () => {
  it.each([
    ['Ellen Wong', 'name', 'Ellen Wong'],
    ['Mohamed Lemine Brahim', 'name', 'Mohamed Lemine Brahim'],
    ['Jean-Robert Saintil', 'name', 'Jean-Robert Saintil'],
    ['Mme Awa Ndiaye', 'name', 'Awa Ndiaye'],
    ['Dr. Ahmed Hassan', 'name', 'Ahmed Hassan'],
    ['la doctora Ana Ruiz', 'name', 'Ana Ruiz'],
    ['Sra. María José de la Cruz', 'name', 'María José de la Cruz'],
    ['Pär Liljert', 'name', 'Pär Liljert'],
    ['Koffi Yao N’Guessan', 'name', 'Koffi Yao N’Guessan'],
    ['Jean DUPONT', 'name', 'Jean DUPONT'],
    ['JANE DOE', 'name', 'JANE DOE'],
    ['OIM Sénégal', 'org', 'OIM Sénégal'],
    ['IOM The Gambia', 'org', 'IOM The Gambia'],
    ['IOM Media Unit', 'org', 'IOM Media Unit'],
    ['Bureau de liaison de l’OIM en Chine', 'org', 'Bureau de liaison de l’OIM en Chine'],
    ['Siège de l’OIM', 'org', 'Siège de l’OIM'],
    ['Unité communication', 'org', 'Unité communication'],
    ['Oficina Regional de la OIM', 'org', 'Oficina Regional de la OIM'],
    ['UNHCR Regional Bureau', 'org', 'UNHCR Regional Bureau'],
    ['WFP/Geneva', 'org', 'WFP/Geneva'],
    ['chargée de communication', 'role', 'chargée de communication'],
    ['Chargé de communication', 'role', 'Chargé de communication'],
    ['Communications Officer', 'role', 'Communications Officer'],
    ['Oficial de Comunicaciones', 'role', 'Oficial de Comunicaciones'],
    ['Chef de mission de l’OIM au Niger', 'role', 'Chef de mission de l’OIM au Niger'],
    ['Porte-parole', 'role', 'Porte-parole'],
    ['Head of Communications', 'role', 'Head of Communications'],
    ['Tél. :', 'label', 'Tél.'],
    ['Genève', 'other', 'Genève'],
    ['Les familles peuvent appeler la ligne gratuite', 'prose', 'Les familles peuvent appeler la ligne gratuite'],
    ['17 route des Morillons', 'address', '17 route des Morillons'],
  ])('%s → %s', (text, kind, value) => {
    expect(classifyText(text)).toMatchObject({ kind, value });
  });
});

describe('field labels', () => {
  it.each([
    ['Tél.', 'phone'],
    ['Tel.:', 'phone'],
    ['T', 'phone'],
    ['Mob.', 'mobile'],
    ['Port.', 'mobile'],
    ['Cel.:', 'mobile'],
    ['(bureau)', 'phone'],
    ['Mob./WhatsApp', 'mobile'],
    ['Tel/Fax', 'phone'],
    ['Fax', 'fax'],
    ['Courriel\u00A0:', 'email'],
    ['E-mail:', 'email'],
    ['Correo electrónico:', 'email'],
    ['Nom', 'name'],
    ['Cargo:', 'role'],
    ['Organisation', 'org'],
  ])('%s → %s', (text, field) => {
    expect(labelOf(text)).toBe(field);
  });

  it.each(['Genève', 'Jane Doe', 'appelez le', 'Bureau de Dakar'])('not a label: %s', (text) => {
    expect(labelOf(text)).toBeNull();
  });
});

describe('contact-location-label', () => {
  it.each([
    ['À Genève : Hélène Dupraz', 'À Genève'],
    ['In Port Sudan: Amir Osman', 'In Port Sudan'],
    ['En Bogotá: Ana Ruiz', 'En Bogotá'],
    ['Desde Ciudad de Guatemala: Ana Ruiz', 'Desde Ciudad de Guatemala'],
    ['In Geneva, Shabia Mantoo, mantoo@example.org', 'In Geneva'],
  ])('%s → %s', (line, label) => {
    expect(locationLabel(line)?.label).toBe(label);
  });

  it.each(['Contact presse : Jean Roux', 'Ellen Wong : ewong@example.org', 'En Colombie, la situation reste tendue.', 'Tél. : +41 22 555 01 23'])('not a location: %s', (line) => {
    expect(locationLabel(line)).toBeNull();
  });
});

describe('parts of a line', () => {
  it('cuts a one-line contact into its fields, keeping the separators', () => {
    expect(partsOfLine('Rania Haddad – OIM Beyrouth – +961 1 555 012 – rhaddad@example.org').map((p) => [p.kind, p.value, p.sep])).toEqual([
      ['name', 'Rania Haddad', ''],
      ['org', 'OIM Beyrouth', ' – '],
      ['phone', '+961 1 555 012', ' – '],
      ['email', 'rhaddad@example.org', ' – '],
    ]);
  });

  it('contact-phone-fax: a fax number is not a phone', () => {
    expect(partsOfLine('Tel: +41 22 717 9111 Fax: +41 22 798 6150').map((p) => p.kind)).toEqual(['phone', 'fax']);
  });

  it('contact-email-mailto: the plain address out of an HTML remnant, once', () => {
    expect(partsOfLine('href="mailto:zab@example.org" class="lien-courriel">zab@example.org</a>')).toEqual([
      { kind: 'email', value: 'zab@example.org', sep: '', lineStart: true, via: 'mailto' },
    ]);
  });

  it('contact-email-obfuscated: the site’s hidden address is an e-mail without value', () => {
    expect(partsOfLine('Correo: [email protected]').map((p) => p.kind)).toEqual(['email-hidden']);
  });

  it('a number after words that are not a label is a sentence (a hotline)', () => {
    expect(partsOfLine('appelez le 80 555 010').map((p) => p.kind)).toEqual(['prose', 'phone']);
  });
});
