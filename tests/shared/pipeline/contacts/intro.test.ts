import { describe, expect, it } from 'vitest';
import { CONTACT_RULES, CONTACT_RULE_TEXT } from '../../../../shared/pipeline/split/contacts';
import { introOf } from '../../../../shared/pipeline/split/contacts/intro';

describe('contact-intro: phrases that open a contact block', () => {
  it.each([
    ['Pour plus d’informations, veuillez contacter :', null],
    ["Pour plus d'informations, veuillez contacter", null],
    ['Pour plus d’informations :', null],
    ['Pour de plus amples informations, merci de contacter :', null],
    ['Pour toute demande d’interview :', null],
    ['Pour toute information complémentaire, n’hésitez pas à contacter :', null],
    ['Pour plus d’informations sur ce projet, veuillez contacter :', null],
    ['For more information, please contact:', null],
    ['For further information, contact', null],
    ['For media enquiries:', null],
    ['To arrange an interview, please get in touch with:', null],
    ['Para más información, contactar a:', null],
    ['Para más información, por favor contactar a:', null],
    ['Para mayor información, comunicarse con:', null],
    ['Para más información:', null],
    ['**Pour plus d’informations :**', null],
    ['Pour les demandes d’interview en espagnol :', null],
    ['For interview requests in Arabic:', null],
  ])('%s', (line, rest) => {
    expect(introOf(line)).toEqual({ strength: 'phrase', rest });
  });

  it('keeps the contact written on the same line after the colon or the request', () => {
    const a = 'Pour plus d’informations : Fatou Ba, OIM Sénégal, fba@example.org';
    expect(a.slice(introOf(a)!.rest!)).toBe(' Fatou Ba, OIM Sénégal, fba@example.org');
    const b = 'For more information, please contact Jane Doe at +41 22 555 01 23 or jdoe@example.org.';
    expect(b.slice(introOf(b)!.rest!)).toBe('Jane Doe at +41 22 555 01 23 or jdoe@example.org.');
  });

  it.each([
    'Pour plus d’informations sur le programme, consultez www.example.org',
    'Pour plus d’informations sur le programme, consultez le site de l’OIM.',
    'For more information, visit https://www.iom.int',
    'For more information on the project see the report published today.',
    'Para más información sobre el programa, visite el sitio web de la OIM.',
    'Pour plus d’informations sur les 3 000 bénéficiaires : voir le rapport',
    'Pour plus de transparence, l’OIM publiera chaque mois ses données.',
    `Pour plus d’informations, veuillez contacter ${'x'.repeat(220)}`,
  ])('not an intro: %s', (line) => {
    expect(introOf(line)).toBeNull();
  });
});

describe('contact-intro-bare: a label alone on its line', () => {
  it.each([
    ['Contact', null],
    ['Contacts :', null],
    ['Contact\u00A0:', null],
    ['Contacts presse', null],
    ['Relations presse\u00A0:', null],
    ['Media contacts', null],
    ['Press contact:', null],
    ['Contacto de prensa:', null],
    ['Contactos:', null],
    ['CONTACTS', null],
  ])('%s', (line, rest) => {
    expect(introOf(line)).toEqual({ strength: 'bare', rest });
  });

  it('with a contact after the colon', () => {
    const line = 'Contact presse\u00A0: Jean-Robert Saintil, OIM Haïti – +509 2555 0123';
    const intro = introOf(line)!;
    expect(intro.strength).toBe('bare');
    expect(line.slice(intro.rest!).trim()).toBe('Jean-Robert Saintil, OIM Haïti – +509 2555 0123');
  });

  it.each([
    'Contactez-nous',
    'Contact us',
    'Les contacts entre les deux pays se sont multipliés.',
    'Contacts with the authorities continued.',
    'Contactos con las autoridades',
    'Press release',
    'Presse écrite et audiovisuelle invitée',
  ])('not an intro: %s', (line) => {
    expect(introOf(line)).toBeNull();
  });
});

describe('rule explanations', () => {
  it('every map rule of the contact stage is explained in fr, en and es', () => {
    for (const id of Object.values(CONTACT_RULES)) {
      if (id === 'user') continue;
      for (const lang of ['fr', 'en', 'es'] as const) expect(CONTACT_RULE_TEXT[id][lang].length).toBeGreaterThan(5);
    }
  });
});
