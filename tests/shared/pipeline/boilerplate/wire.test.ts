// Wires, newswire distributors, list archives and paginated copies: bp-wire-slug, bp-wire-source,
// bp-list-archive, running heads with their page number, runs of lines repeated on every page,
// media links printed without their address, and the e-mail notes around a forwarded release.
import { describe, expect, it } from 'vitest';
import { allRulesOf, around, rulesOf } from '../split/docs';

const TITLE = 'L’OIM ouvre un nouveau centre d’accueil pour les migrants à Agadez';
const LEAD = 'AGADEZ, 3 mars 2024 – L’Organisation internationale pour les migrations (OIM) a ouvert lundi un centre d’accueil pour les migrants en transit dans la région.';
const BODY = 'Le centre offre des soins, un hébergement temporaire et des informations sur le retour volontaire aux personnes qui le souhaitent.';
const MORE = 'Les équipes de l’OIM y accueilleront jusqu’à 300 personnes par semaine, selon les autorités régionales et les partenaires du projet.';

describe('line rules of wires, distributors and archives', () => {
  it.each([
    ['bp-wire-slug', 'ASI 121041 GMT SEP 24'],
    ['bp-wire-slug', 'ml/jh AFP 041512 GMT MAR 24'],
    ['bp-wire-source', 'SOURCE Centre d’accueil des nouveaux arrivants de Montréal'],
    ['bp-wire-source', 'FUENTE Fundación Horizonte'],
    ['bp-wire-source', 'View original content: https://www.example.org/news/release'],
    ['bp-list-archive', 'Message précédent : [Presse-Migrations] Invitation : conférence de presse du 10 octobre'],
    ['bp-list-archive', 'Next message: [press-list] Correction: office hours'],
    ['bp-list-archive', 'Mensajes ordenados por: [ fecha ] [ hilo ] [ asunto ] [ autor ]'],
    ['bp-list-archive', '-------------- section suivante --------------'],
    ['bp-list-archive', '-------------- next part --------------'],
    ['bp-list-archive', 'An HTML attachment was scrubbed...'],
    ['bp-list-archive', 'Plus d’informations sur la liste de diffusion Presse-Migrations'],
    ['bp-page-number', 'Language Access Line – Page 2'],
    ['bp-page-number', 'Page 3 | Rapport annuel sur la migration'],
    ['bp-page-number', 'Comunicado de prensa · Página 2 de 3'],
    ['bp-media-link', 'Descargá fotos y videos aquí'],
    ['bp-media-link', 'Download photos and B-roll'],
    ['bp-media-link', 'Téléchargez les photos du projet'],
    ['bp-wire-slug', 'Associated Press writer Jamey Keaten contributed to this report.'],
    ['bp-wire-slug', 'Avec notre correspondante à Dakar, qui a contribué à cet article.'],
    ['bp-mailer', 'Our mailing address is:'],
    ['bp-mailer', 'Usted recibe este correo porque se suscribió en nuestra web.'],
    ['bp-mailer', 'Want to change how you receive these emails?'],
    ['bp-mailer', 'You can update your preferences or unsubscribe from this list.'],
  ])('%s: %s', (rule, line) => {
    const { text, at } = around(line);
    expect(rulesOf(text)[at]).toBe(rule);
  });

  it.each([
    'Port-au-Prince',
    '41 22 555 01 23',
    'Source: the survey of 3,000 households conducted in March.',
    'Le message précédent du ministre avait été mal compris par les familles.',
    'Download speeds in the camps remain too slow for online classes, teachers said.',
    'The report is 24 pages long – page 3 shows the figures for 2023 in detail.',
    'Sorted by age, the children were placed in three groups.',
    'Volunteers from 12 countries contributed to this report on living conditions in the camps, which was published in March.',
  ])('kept: %s', (line) => {
    const { text, at } = around(line);
    expect(rulesOf(text)[at]).toBeNull();
  });

  it('the editors’ initials end a dispatch; the same shape inside the text stays', () => {
    const r = rulesOf([TITLE, '', LEAD, '', 'and/or', '', BODY, '', MORE, '', BODY, '', MORE, '', BODY, '', MORE, '', BODY, '', MORE, '', 'ab/sd/ml'].join('\n'));
    expect(r[22]).toBe('bp-wire-slug');
    expect(r[4]).toBeNull();
  });

  it('the agency’s name alone under the last paragraph signs the dispatch; an acronym in a contact block stays', () => {
    const r = rulesOf([TITLE, '', LEAD, '', BODY, '', MORE, '', 'EFE', 'abc/xyz'].join('\n'));
    expect(r[8]).toBe('bp-wire-slug');
    const c = rulesOf([TITLE, '', LEAD, '', BODY, '', 'Contacts :', 'Awa Ndiaye', 'UNICEF', '+221 77 555 01 23'].join('\n'));
    expect(c[8]).toBeNull();
  });

  it('routing and keyword slugs are read above the headline only', () => {
    const r = rulesOf(['ASI0214 3 POL 0391 /ASI-ML09', 'Mali-déplacés-humanitaire', '', TITLE, '', LEAD, '', BODY, '', MORE, '', BODY, '', MORE, '', BODY, '', 'Mali-déplacés-humanitaire'].join('\n'));
    expect(r[0]).toBe('bp-wire-slug');
    expect(r[1]).toBe('bp-wire-slug');
    expect(r[17]).toBeNull();
  });

  it('an archive page: the message header above the navigation goes with it', () => {
    const r = rulesOf(
      ['[Presse-Migrations] Communiqué : Strasbourg ouvre une maison des familles', 'Jean-Luc Weber jlweber at example.org', 'Mer 9 Oct 10:12:44 CEST 2024', '', 'Message précédent : [Presse-Migrations] Invitation', 'Message suivant : [Presse-Migrations] Rectificatif', '', TITLE, '', LEAD, '', BODY].join('\n'),
    );
    expect(r.slice(0, 3)).toEqual(['bp-list-archive', 'bp-list-archive', 'bp-list-archive']);
    expect(r[7]).toBeNull();
  });
});

describe('bp-running-header: lines printed together on every page', () => {
  it('a letterhead at the top and again after the page break, and an address foot before each page number', () => {
    const head = ['GOBIERNO', 'DE ESPAÑA', 'MINISTERIO DE INCLUSIÓN'];
    const foot = ['CORREO ELECTRÓNICO', 'C/ Ejemplo, 39', '28003 MADRID'];
    const lines = [...head, 'Nota de prensa', TITLE, LEAD, BODY, ...foot, 'Página 1 de 2', ...head, MORE, BODY, ...foot, 'Página 2 de 2'];
    const r = rulesOf(lines.join('\n'));
    for (const i of [7, 8, 9, 11, 12, 13, 16, 17, 18]) expect(r[i], lines[i]).not.toBeNull();
    expect(r[4]).toBeNull();
    expect(r[14]).toBeNull();
  });

  it('a footer line with bullets repeated next to each page number', () => {
    const foot = 'City of Lakewood • 480 S. Allison Parkway • Lakewood, CO 80226 • www.example.org';
    const r = rulesOf([TITLE, LEAD, BODY, foot, 'Page 1 of 2', MORE, BODY, foot, 'Page 2 of 2'].join('\n'));
    expect(r[3]).toBe('bp-running-header');
    expect(r[7]).toBe('bp-running-header');
  });

  it('lines repeated in the text without page numbers or blank lines around them stay', () => {
    const r = rulesOf([TITLE, LEAD, 'Les familles', BODY, 'Les familles', MORE].join('\n'));
    expect(r[2]).toBeNull();
    expect(r[4]).toBeNull();
  });
});

describe('e-mail notes around a forwarded release', () => {
  it('the signature under a closing stops at the document label: the headline below is not signature', () => {
    const r = rulesOf(['Bonjour à toutes et à tous,', '', 'Veuillez trouver ci-dessous le communiqué de la Ville.', '', 'Cordialement,', 'Jean-Luc Weber', 'Ville de Strasbourg', '', 'COMMUNIQUE DE PRESSE', '', TITLE, '', LEAD, '', BODY].join('\n'));
    expect(r[5]).toBe('bp-email-signature');
    expect(r[8]).toBe('bp-site-label');
    expect(r[10]).toBeNull();
  });

  it('in a quoted reply, the note and first name between the greeting and a rule line are the covering note', () => {
    const rules = allRulesOf(['Ok pour moi.', '', 'Le 4 avr. 2025 à 08:47, Awa Diop <adiop@example.com> a écrit :', '>', '> Bonjour Ibrahima,', '>', '> Voici le communiqué reçu hier soir. Tu me dis si on le prend ?', '>', '> Awa', '>', '> -----------', '>', `> ${TITLE}`, '>', `> ${LEAD}`, '>', `> ${BODY}`].join('\n'));
    expect(rules[6]).toEqual(['bp-email-quote', 'bp-email-note']);
    expect(rules[8]).toEqual(['bp-email-quote', 'bp-email-note']);
    expect(rules[12]).toEqual(['bp-email-quote']);
  });
});
