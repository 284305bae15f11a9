import { describe, expect, it } from 'vitest';
import { findDate, isoDate, parseStamp } from '../../../../shared/pipeline/split';

describe('findDate', () => {
  it.each([
    ['3 février 2021', '2021-02-03'],
    ['1er mars 2024', '2024-03-01'],
    ['le 14 novembre 2023', '2023-11-14'],
    ['6 aout 2024', '2024-08-06'],
    ['12 déc. 2023', '2023-12-12'],
    ['4 June 2024', '2024-06-04'],
    ['June 4, 2024', '2024-06-04'],
    ['Sept. 21st, 2023', '2023-09-21'],
    ['15 de abril de 2024', '2024-04-15'],
    ['8 de julio de 2024', '2024-07-08'],
    ['1.º de septiembre de 2022', '2022-09-01'],
    ['2024/03/06', '2024-03-06'],
    ['3rd March 2024', '2024-03-03'],
    ['4-Mar-2024', '2024-03-04'],
    ['04 mars, 2024', '2024-03-04'],
    ['14/02/2024', '2024-02-14'],
    ['05/14/2024', '2024-05-14'],
    ['2024-03-06', '2024-03-06'],
    ['06.03.2024', '2024-03-06'],
    ['5th of March 2025', '2025-03-05'],
    ['2024-09-09T10:00:00Z', '2024-09-09'],
  ])('%s → %s', (text, iso) => {
    const d = findDate(text);
    if (iso === null) expect(d?.iso ?? null).toBeNull();
    else expect(d?.iso).toBe(iso);
  });

  it('reads day/month order: day first by default, month first for US-style stamps, flagged when ambiguous', () => {
    expect(findDate('05/06/2024')).toMatchObject({ iso: '2024-06-05', uncertain: true });
    expect(findDate('05/06/2024', { monthFirst: true })).toMatchObject({ iso: '2024-05-06', uncertain: false });
    expect(findDate('14/02/2024')).toMatchObject({ iso: '2024-02-14', uncertain: false });
  });

  it.each([['9 mai'], ['June 4'], ['15 de abril']])('a date without a year is found but gives no ISO date: %s', (text) => {
    expect(findDate(text)).toMatchObject({ iso: null });
  });

  it.each([['30 février 2024'], ['31/04/2024'], ['13/13/2024'], ['il y a 3 heures'], ['3 days ago'], ['12 millions de personnes'], ['2 870 localités']])(
    'no real date in: %s',
    (text) => {
      expect(findDate(text)?.iso ?? null).toBeNull();
    },
  );

  it('isoDate rejects impossible dates and knows leap years', () => {
    expect(isoDate(2024, 2, 29)).toBe('2024-02-29');
    expect(isoDate(2023, 2, 29)).toBeNull();
    expect(isoDate(2024, 13, 1)).toBeNull();
  });
});

describe('parseStamp (split-date-line, split-site-stamp)', () => {
  it.each([
    ['Publié le 21 novembre 2023', '2023-11-21', false],
    ['Publié le 7 mars 2024 à 11 h 30', '2024-03-07', false],
    ['14/02/2024', '2024-02-14', false],
    ['Tue, 05/14/2024 - 10:12', '2024-05-14', false],
    ['Tue, 05/06/2024 - 10:12', '2024-05-06', false],
    ['Publicado el 22 de agosto de 2023', '2023-08-22', false],
    ['Tunis, le 14 novembre 2023', '2023-11-14', true],
    ['Ciudad de México, 5 de marzo de 2024', '2024-03-05', true],
    ['Posted on 12 March 2024', '2024-03-12', false],
    ['Mis à jour : mardi 3 juin 2024', '2024-06-03', false],
    ['12 March 2024', '2024-03-12', false],
    ['Published 3 March 2024 | 4 min read', '2024-03-03', false],
    ['Publié le 3 mars 2024 · Temps de lecture : 4 min', '2024-03-03', false],
    ['Communiqué de presse | 12 mars 2024', '2024-03-12', false],
    ['News | 12 March 2024', '2024-03-12', false],
    // An author printed with the stamp (by / par / por / Redacción …) is not part of it.
    ['Posted on 3rd March 2025 by Comms Team', '2025-03-03', false],
    ['Publié le 3 mars 2025 par Service communication', '2025-03-03', false],
    ['marzo 4, 2025 / Por Comunicación / Comunicados', '2025-03-04', false],
    ['Mis à jour le 3 mars 2024 par la rédaction', '2024-03-03', false],
    ['Submitted by admin on Tue, 03/04/2025 - 10:12', '2025-03-04', false],
    ['Publicado por webmaster el 4 de marzo de 2025', '2025-03-04', false],
    // Time zones written out or abbreviated.
    ['October 07, 2024 08:00 AM Eastern Daylight Time', '2024-10-07', false],
    ['15 janv., 2025, 10 h 30 HNE', '2025-01-15', false],
  ])('%s → %s', (text, iso, place) => {
    expect(parseStamp(text)).toMatchObject({ iso, kind: 'date', place });
  });

  it.each([['Mis en ligne il y a 3 heures'], ['3 days ago'], ['hace 2 días'], ['Publié hier'], ['Redacción ANP | hace 3 horas'], ['Par Jean Dupont · il y a 2 heures']])('relative stamp, no date: %s', (text) => {
    expect(parseStamp(text)).toMatchObject({ iso: null, kind: 'relative' });
  });

  it.each([
    ['Le 8 mars, journée internationale des droits des femmes'],
    ['Sahel central : 3,9 millions de déplacés en 2024'],
    ['Entre janvier 2022 et décembre 2023, plus de 5 100 Sénégalais sont rentrés.'],
    ['Abidjan, 9 mai – Quarante-trois enfants victimes de traite ont été identifiés.'],
    // A byline cue must name someone: words after it that are not a name keep the line a sentence.
    ['Signed by Canada and Mexico on 3 March 2024'],
    ['Adopté par 120 voix le 3 mars 2024'],
    ['Aprobado por unanimidad el 4 de marzo de 2025'],
  ])('not a stamp: %s', (text) => {
    expect(parseStamp(text)).toBeNull();
  });
});
