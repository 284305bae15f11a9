import { describe, expect, it } from 'vitest';
import { blockOf, contact, plain, PROSE } from './helpers';

const c = (fields: Parameters<typeof contact>[0]) => plain(contact(fields));

describe('contact block extent', () => {
  it('stops at prose, an end mark, an about blurb and a media link line', () => {
    const text = [
      'Contacts :',
      'Fatou Ba, OIM Sénégal, +221 33 555 01 42',
      '###',
      'Jean Roux, OIM Suisse, +41 22 555 01 23',
    ].join('\n');
    expect(blockOf(text).blockLines).toEqual([0, 1]);
    const about = 'Media contacts\nJane Doe | IOM | +41 22 555 01 23\nAbout IOM\nIOM is the leading intergovernmental organization in the field of migration, +41 22 555 00 00.';
    expect(blockOf(about, { lang: 'en' }).blockLines).toEqual([0, 1]);
    const link = 'For more information, please contact:\nIOM Kenya\nTel: +254 20 555 0111\nPhotos and video for media use: https://media.example.org/kenya';
    expect(blockOf(link, { lang: 'en' }).blockLines).toEqual([0, 1, 2]);
    const prose = `Contact :\nMariam Koné, OIM Côte d’Ivoire, mkone@example.org\n${PROSE}`;
    expect(blockOf(prose).blockLines).toEqual([0, 1]);
  });

  it('keeps the office and role lines right under the last number, not a heading after a blank line', () => {
    const text = 'Contact presse :\nJane Doe\njdoe@example.org\nIOM Media Unit\n\nRelated news';
    const out = blockOf(text, { lang: 'en' });
    expect(out.blockLines).toEqual([0, 1, 2, 3]);
    expect(out.contacts.map(plain)).toEqual([c({ name: 'Jane Doe', organization: 'IOM Media Unit', email: 'jdoe@example.org' })]);
  });

  it('does not take the headline printed right under a contact block at the top', () => {
    const text = 'Media Contact:\nJane Doe\n(202) 555-0143\njdoe@example.org\nIOM Welcomes New Funding for Refugee Resettlement\n\nWASHINGTON – IOM welcomed today a new contribution to support refugee resettlement in the region.';
    const out = blockOf(text, { lang: 'en' });
    expect(out.blockLines).toEqual([0, 1, 2, 3]);
    expect(out.contacts.map(plain)).toEqual([c({ name: 'Jane Doe', phone: '(202) 555-0143', email: 'jdoe@example.org' })]);
  });

  it('finds a block at the top (contact printed above the release) and a second block later', () => {
    const text = ['Media contact: Jane Doe, (555) 555-0123, jane@example.com', '', 'GENEVA – IOM today launched a new programme for the people displaced by the floods.', '', 'For interview requests:', 'John Roe, IOM Geneva, +41 22 555 01 23'].join('\n');
    const out = blockOf(text, { lang: 'en' });
    expect(out.blockLines).toEqual([0, 4, 5]);
    expect(out.contacts.map((k) => k.name)).toEqual(['Jane Doe', 'John Roe']);
  });

  it('reads labels printed on their own line above their value, and a second block with a qualified intro', () => {
    const text = `${PROSE}\n\nRelations médias\nTéléphone\n+509 3555 0123\nCourriel\nmedia-haiti@example.org\n\nPour les demandes d’interview en espagnol :\nLucía Pérez, OIM Haïti, lperez@example.org`;
    const out = blockOf(text);
    expect(out.blockLines).toEqual([2, 3, 4, 5, 6, 8, 9]);
    expect(out.contacts.map(plain)).toEqual([c({ phone: '+509 3555 0123', email: 'media-haiti@example.org' }), c({ name: 'Lucía Pérez', organization: 'OIM Haïti', email: 'lperez@example.org' })]);
    expect(out.flags).toEqual([]);
  });

  it.each([
    ['a menu item `Contact` followed by menu items', 'Contact\nQui sommes-nous\nNos bureaux\nActualités\n' + PROSE],
    ['an intro phrase that leads to a web page', `${PROSE}\nPour plus d’informations sur le programme, consultez www.example.org`],
    ['an intro phrase with a link after its colon', `${PROSE}\nFor more information: https://www.iom.int/news\n${PROSE}`],
    ['a hotline in the body', `${PROSE}\nLes familles peuvent joindre gratuitement la ligne d’écoute de l’OIM au 80 555 010, du lundi au samedi.`],
    ['a hotline sentence after an intro phrase', 'Pour plus d’informations, appelez le 80 555 010 du lundi au vendredi.'],
    ['an intro with nothing after it', `${PROSE}\nPour plus d’informations :\n${PROSE}`],
    ['a bare `Media` line with names but no number', 'Media\nJane Doe\nJohn Roe'],
  ])('no contact: %s', (_what, text) => {
    const out = blockOf(text);
    expect(out.contacts).toEqual([]);
    expect(out.segments).toEqual([]);
  });
});

describe('contact-no-intro and contact-like-in-body', () => {
  it('takes contact-like lines that end the document, with lower confidence and a flag', () => {
    const text = `${PROSE}\n\nJane Doe\nCommunications Officer, IOM Geneva\n+41 22 555 01 23\njdoe@example.org`;
    const out = blockOf(text, { lang: 'en' });
    expect(out.contacts.map(plain)).toEqual([c({ name: 'Jane Doe', role: 'Communications Officer', organization: 'IOM Geneva', phone: '+41 22 555 01 23', email: 'jdoe@example.org' })]);
    expect(out.rules.every((r) => r === 'contact-no-intro')).toBe(true);
    expect(out.flags).toEqual([{ field: 'contacts', code: 'no-contact-intro', line: 2, detail: null }]);
    expect(out.confidence).toBeLessThanOrEqual(0.6);
  });

  it('does not take a signature under a closing formula (the boilerplate stage should have dropped it)', () => {
    for (const close of ['Cordialement,', 'Best regards', 'Saludos cordiales,']) {
      const text = `${PROSE}\n\n${close}\nJane Doe\nCommunications Officer, IOM Geneva\n+41 22 555 01 23`;
      expect(blockOf(text).contacts).toEqual([]);
    }
  });

  it('does not take a lone e-mail or a number without a name or an office', () => {
    expect(blockOf(`${PROSE}\n\njdoe@example.org`).contacts).toEqual([]);
    expect(blockOf(`${PROSE}\n\n+41 22 555 01 23`).contacts).toEqual([]);
  });

  it('flags contact-like lines left in the body, not prose with a number', () => {
    const text = `${PROSE}\nJane Doe, jdoe@example.org\n${PROSE}\nUn numéro d’urgence gratuit, le 80 555 116, permet de signaler tout cas suspect.\n${PROSE}\nContacts :\nFatou Ba, OIM Sénégal, +221 33 555 01 42`;
    const out = blockOf(text);
    expect(out.flags).toEqual([{ field: 'contacts', code: 'contact-like-in-body', line: 1, detail: 'Jane Doe, jdoe@example.org' }]);
    expect(out.contacts.map((k) => k.name)).toEqual(['Fatou Ba']);
  });
});

describe('user: lines forced to contact', () => {
  it('are in the block and parsed, even without an intro', () => {
    const text = `${PROSE}\nJane Doe – IOM – jdoe@example.org\n${PROSE}`;
    const out = blockOf(text, { forced: [1] });
    expect(out.blockLines).toEqual([1]);
    expect(out.rules).toEqual(['user']);
    expect(out.contacts.map(plain)).toEqual([c({ name: 'Jane Doe', organization: 'IOM', email: 'jdoe@example.org' })]);
    expect(out.confidence).toBe(1);
  });

  it('join the detected block', () => {
    const text = 'Contacts :\nFatou Ba, OIM Sénégal, +221 33 555 01 42\n\nwww.example.org/presse';
    expect(blockOf(text, { forced: [3] }).blockLines).toEqual([0, 1, 3]);
  });
});
