import { describe, expect, it } from 'vitest';
import { findBoilerplate } from '../../../../shared/pipeline/boilerplate';
import { NO_LEARNED_LINES } from '../../../../shared/pipeline/model';
import { docOf, rulesOf, split } from '../split/docs';

const RELEASE = [
  'Sahel central : les déplacements atteignent un niveau record',
  '',
  'Genève (OIM) – Le nombre de personnes déplacées dans le Sahel central a atteint 3,9 millions à la fin du mois de mars.',
  '',
  'Le rapport, fondé sur des évaluations menées dans 2 870 localités, montre que l’insécurité reste la principale cause de déplacement.',
];

describe('bp-email-*: a release forwarded by e-mail', () => {
  const text = [
    'De : Claire Martin <cmartin@example.org>',
    'Envoyé : mardi 4 juin 2024 10:12',
    'À : Liste Presse <presse@example.org>',
    'Objet : TR: Communiqué - Sahel central',
    '',
    'Bonjour à toutes et à tous,',
    '',
    'Pour diffusion aujourd’hui. Le rapport complet est joint.',
    '',
    'Bien cordialement,',
    '',
    'Claire Martin',
    'Chargée des relations médias',
    'T +41 22 555 01 60',
    '',
    '-----Message d’origine-----',
    'De : Service médias <medias@example.org>',
    'Envoyé : lundi 3 juin 2024 18:47',
    'Objet : Communiqué - Sahel central',
    '',
    ...RELEASE,
    '',
    'Ce message et ses pièces jointes sont confidentiels et destinés exclusivement',
    'à leurs destinataires. Si vous l’avez reçu par erreur, merci de le supprimer.',
    'Pensez à l’environnement avant d’imprimer ce courriel.',
  ].join('\n');
  const rules = rulesOf(text);

  it.each([
    [0, 'bp-email-header'],
    [3, 'bp-email-header'],
    [5, 'bp-email-greeting'],
    [7, 'bp-email-wrapper'],
    [9, 'bp-email-closing'],
    [11, 'bp-email-signature'],
    [13, 'bp-email-signature'],
    [15, 'bp-email-separator'],
    [16, 'bp-email-header'],
    [18, 'bp-email-header'],
    [26, 'bp-email-disclaimer'],
    [27, 'bp-email-disclaimer'],
    [28, 'bp-email-disclaimer'],
  ])('line %i is %s', (line, rule) => {
    expect(rules[line]).toBe(rule);
  });

  it('keeps the release itself', () => {
    for (const line of [20, 22, 24]) expect(rules[line]).toBeNull();
  });

  it('handles English and Spanish mailers, several forwards and a quoted-reply attribution', () => {
    const en = rulesOf(
      [
        'Thanks, posting now.',
        'On Tue, 4 Jun 2024 at 09:12, Anna <a@example.com> wrote:',
        'From: Anna Lopez <alopez@example.com>',
        'Sent: Tuesday, June 4, 2024 9:02 AM',
        'Subject: FW: IOM opens a centre',
        'Hi team,',
        'Please find below the release for today.',
        'Kind regards,',
        'Anna Lopez',
        '---------- Forwarded message ---------',
        'De: Prensa OIM <prensa@example.org>',
        'Enviado el: miércoles, 13 de diciembre de 2023 11:02',
        'Asunto: COMUNICADO | Más de 3.000 personas acceden a empleo formal',
        '',
        ...RELEASE,
      ].join('\n'),
    );
    expect(en.slice(0, 13)).toEqual([
      'bp-email-wrapper',
      'bp-email-header',
      'bp-email-header',
      'bp-email-header',
      'bp-email-header',
      'bp-email-greeting',
      'bp-email-wrapper',
      'bp-email-closing',
      'bp-email-signature',
      'bp-email-separator',
      'bp-email-header',
      'bp-email-header',
      'bp-email-header',
    ]);
  });

  it('a lone "Date :" line or a "À Genève :" contact line is no e-mail header', () => {
    const rules2 = rulesOf(['Date : 3 mars 2024', ...RELEASE, 'À Genève : Hélène Dupraz, OIM Genève, tél. : +41 22 555 01 23'].join('\n'));
    expect(rules2[0]).toBeNull();
    expect(rules2[6]).toBeNull();
  });

  it('drops a greeting and the covering note under it, not a body line saying "below"', () => {
    const r = rulesOf(['Dear colleagues,', 'Please find below our press release.', '', ...RELEASE, '', 'As shown below, arrivals rose by 12 per cent in the first quarter of the year.'].join('\n'));
    expect(r[0]).toBe('bp-email-greeting');
    expect(r[1]).toBe('bp-email-note');
    expect(r[9]).toBeNull();
  });

  it('keeps the text when what follows the last header block is only a short reply', () => {
    const r = rulesOf([...RELEASE, '', 'From: A <a@example.com>', 'Sent: Monday', 'Subject: ok', '', 'Fine.'].join('\n'));
    expect(r[2]).toBeNull();
    expect(r[6]).toBe('bp-email-header');
  });

  it('bp-email-quote: the markers of a quoted release are cut off its lines', () => {
    const text = ['On Mon, 3 Jun 2024 at 10:12, Presse <presse@example.org> wrote:', ...RELEASE.map((l) => (l === '' ? '>' : `> ${l}`))].join('\n');
    const verdicts = findBoilerplate(docOf(text), { learned: NO_LEARNED_LINES, overrides: {} });
    expect(verdicts.filter((v) => v.segment.line === 3).map((v) => [v.segment.start, v.rule])).toEqual([
      [0, 'bp-email-quote'],
      [2, null],
    ]);
    const out = split(text);
    expect(out.title).toBe(RELEASE[0]);
    expect(out.dateline).toBe('Genève');
    expect(out.paragraphs[1]).toBe(RELEASE[4]);
  });
});
