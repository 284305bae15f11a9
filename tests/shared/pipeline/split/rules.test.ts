// One row per split rule id: a small release and the line the rule must place.
import { describe, expect, it } from 'vitest';
import { SPLIT_RULES } from '../../../../shared/pipeline/split';
import { rulesOf, split, type SplitOptions } from './docs';

const TITLE = 'L’OIM lance un programme de réinsertion pour 2 400 migrants de retour';
const LEAD = 'DAKAR, 12 mars 2024 – L’Organisation internationale pour les migrations (OIM) a lancé mardi un programme de trois ans pour 2 400 migrants.';
const BODY = 'Doté de 6,8 millions d’euros, le programme associe un appui individuel à des projets communautaires qui réunissent migrants et jeunes.';

const ROWS: [string, string[], number, string, SplitOptions?][] = [
  ['split-title', [TITLE, LEAD, BODY], 0, 'title'],
  ['split-title-repeat', [TITLE, TITLE, LEAD, BODY], 1, 'title'],
  ['split-title-button', [`${TITLE} Imprimer`, LEAD, BODY], 0, 'dropped'],
  ['split-title-replaced', [TITLE, LEAD, BODY], 0, 'dropped', { overrides: { '2': 'title' } }],
  ['split-subtitle', [TITLE, 'Une formation de trois jours a porté sur les contrats de travail et la transparence des frais.', LEAD, BODY], 1, 'subtitle'],
  ['split-date-line', ['Tunis, le 14 novembre 2023', TITLE, LEAD, BODY], 0, 'dateline'],
  ['split-site-stamp', [TITLE, 'Publié le 21 novembre 2023', LEAD, BODY], 1, 'dateline'],
  ['split-dateline', [TITLE, LEAD, BODY], 1, 'dateline'],
  ['split-body', [TITLE, LEAD, BODY], 2, 'body'],
  ['split-before-title', ['Bangladesh', TITLE, LEAD, BODY], 0, 'dropped'],
  ['split-header-residue', [TITLE, 'Par Jean Dupont', LEAD, BODY], 1, 'dropped'],
  ['split-tail', [TITLE, LEAD, BODY, '###', 'Une phrase après la marque de fin, hors du communiqué.'], 4, 'dropped'],
  ['split-empty', [TITLE, LEAD, '&nbsp;', BODY], 2, 'dropped'],
];

describe('split rules', () => {
  it.each(ROWS)('%s', (rule, lines, line, dest, opts) => {
    const out = split(lines.join('\n'), opts);
    const segs = out.map.segments.filter((s) => s.line === line);
    expect(segs.some((s) => s.rule === rule && s.dest === dest)).toBe(true);
  });

  it('every split rule has a row and an explanation in fr, en and es', () => {
    expect(ROWS.map((r) => r[0]).sort()).toEqual(Object.keys(SPLIT_RULES).sort());
    for (const explain of Object.values(SPLIT_RULES)) for (const lang of ['fr', 'en', 'es'] as const) expect(explain[lang].length).toBeGreaterThan(5);
  });

  it('bp-menu-repeated: a short heading printed twice above the article', () => {
    const r = rulesOf(['Nos actions', 'Nos actions', TITLE, LEAD, BODY].join('\n'));
    expect(r.slice(0, 2)).toEqual(['bp-menu-repeated', 'bp-menu-repeated']);
  });
});
