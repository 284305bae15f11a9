import { describe, expect, it } from 'vitest';
import { buildUnits, findBoilerplate } from '../../../../shared/pipeline/boilerplate';
import { NO_LEARNED_LINES, type LineHint } from '../../../../shared/pipeline/model';
import { docOf, rulesOf } from '../split/docs';

const LEAD = 'DAKAR, 12 mars 2024 – L’Organisation internationale pour les migrations (OIM) a lancé mardi un programme de trois ans pour 2 400 migrants de retour.';
const BODY = 'Doté de 6,8 millions d’euros, le programme associe un appui individuel à des projets communautaires qui réunissent migrants et jeunes.';

describe('bp-glued-heading', () => {
  it('cuts a menu heading glued to the next text when the heading also stands alone', () => {
    const text = ['Qui sommes nous', 'Qui sommes nousL’Organisation internationale pour les migrations fait partie du système des Nations Unies.', 'Titre du communiqué sur la migration', LEAD, BODY].join('\n');
    const verdicts = findBoilerplate(docOf(text), { learned: NO_LEARNED_LINES, overrides: {} });
    const line1 = verdicts.filter((v) => v.segment.line === 1);
    expect(line1.map((v) => [v.segment.start, v.segment.end, v.rule])).toEqual([
      [0, 15, 'bp-glued-heading'],
      [15, text.split('\n')[1]!.length, 'bp-menu-blurb'],
    ]);
  });

  it.each([
    ['LinkedIn and YouTube posts were shared widely by the young volunteers.'],
    ['McDonald said the programme would continue until the end of the year.'],
    ['OIMEl programa continúa'],
  ])('does not cut words with inner capitals: %s', (line) => {
    const { units } = buildUnits(['Linked', 'Mc', 'OIM', 'Un titre', 'Un autre titre', line], NO_LEARNED_LINES);
    expect(units.filter((u) => u.seg.line === 5)).toHaveLength(1);
  });

  it('cuts a known menu entry even when it is not repeated', () => {
    const { units } = buildUnits(['ProgrammesLe bureau mène des programmes dans douze pays de la région.'], NO_LEARNED_LINES);
    expect(units.map((u) => u.part)).toEqual(['head', 'rest']);
  });
});

describe('navigation zone (bp-menu, bp-nav-entry, bp-menu-repeated)', () => {
  const page = [
    'OIM – Afrique de l’Ouest et du Centre',
    'Accueil',
    'Programmes',
    'Programmes',
    '- Protection et assistance',
    '- Retour et réintégration',
    'Salle de presse',
    'Bangladesh',
    'Les migrants de retour lancent leurs entreprises',
    LEAD,
    BODY,
    'Les pays concernés sont :',
    'Mali',
    'Niger',
    'Tchad',
    'Le programme se poursuivra jusqu’en 2027 dans les deux régions.',
  ].join('\n');
  const rules = rulesOf(page);

  it('drops the menu above the article', () => {
    expect(rules.slice(0, 8).every((r) => r !== null)).toBe(true);
    expect(rules[1]).toBe('bp-nav-entry');
    expect(rules[4]).toBe('bp-menu');
  });

  it('protects the headline, even a short one caught between menu lines', () => {
    expect(rules[8]).toBeNull();
    const short = rulesOf(['Accueil', 'Actualités', 'Publications', 'Sahel : nouvelle crise', 'Sahel : nouvelle crise', LEAD, BODY].join('\n'));
    expect(short.slice(3, 5)).toEqual([null, null]);
  });

  it('keeps short lines inside the body (a list of countries is no menu)', () => {
    expect(rules.slice(9, 16)).toEqual([null, null, null, null, null, null, null]);
  });

  it('takes a lead that introduces a list for the article start, not a menu description', () => {
    const r = rulesOf(['Nouveau rapport sur la migration de travail', 'Un rapport publié aujourd’hui par l’OIM porte sur six pays du Golfe et sur les conditions de travail des migrants :', 'Bahreïn', 'Koweït', 'Oman', 'Le rapport recommande une meilleure protection des travailleurs domestiques.'].join('\n'));
    expect(r).toEqual([null, null, null, null, null, null]);
  });
});

describe('bp-running-header', () => {
  it('drops the running head of a paginated copy, not a repeated office in a contact block', () => {
    const r = rulesOf(
      ['OIM – Communiqué de presse – 3 mars 2024', '', 'Titre du communiqué sur la migration', '', LEAD, '', 'Page 1 sur 2', '', 'OIM – Communiqué de presse – 3 mars 2024', '', BODY, '', 'Contacts :', 'Awa Ndiaye', 'OIM Sénégal', 'awa@example.org', 'Moussa Diop', 'OIM Sénégal', 'moussa@example.org'].join('\n'),
    );
    expect(r[0]).toBe('bp-running-header');
    expect(r[8]).toBe('bp-running-header');
    expect(r[14]).toBeNull();
    expect(r[17]).toBeNull();
  });
});

describe('blocks that follow a cue line', () => {
  it('bp-cookie-button: the buttons under a cookie banner', () => {
    const r = rulesOf(['Nous utilisons des cookies pour mesurer l’audience du site.', 'Tout accepter', 'Tout refuser', 'Paramétrer les cookies', 'Titre du communiqué sur la migration', LEAD, BODY].join('\n'));
    expect(r.slice(0, 4)).toEqual(['bp-cookie-banner', 'bp-cookie-button', 'bp-cookie-button', 'bp-cookie-banner']);
    expect(r[4]).toBeNull();
  });

  it('bp-share-bar: single networks next to each other, not alone', () => {
    const r = rulesOf(['Titre du communiqué sur la migration', 'Partager', 'Facebook', 'X', 'LinkedIn', '', LEAD, '', 'X', '', BODY].join('\n'));
    expect(r.slice(1, 5)).toEqual(['bp-share-bar', 'bp-share-bar', 'bp-share-bar', 'bp-share-bar']);
    expect(r[8]).toBeNull();
  });

  it('bp-about / bp-editor-note: the paragraph under the heading, up to a blank line or a contact block', () => {
    const r = rulesOf([LEAD, '', BODY, '', 'À propos de l’OIM', 'L’OIM œuvre pour une migration humaine et ordonnée.', 'Elle est présente dans 171 pays.', '', 'Contact presse :', 'Fatou Ba, fba@example.org'].join('\n'));
    expect(r.slice(4, 7)).toEqual(['bp-about', 'bp-about', 'bp-about']);
    expect(r.slice(8)).toEqual([null, null]);
  });

  it('bp-teaser: the items and timestamps under "Read also"', () => {
    const r = rulesOf([LEAD, BODY, 'Lire aussi', 'Guinée : des caravanes d’information dans 30 préfectures', 'il y a 2 jours', 'Sénégal : 60 travailleurs sociaux formés', 'il y a 5 jours'].join('\n'));
    expect(r.slice(2)).toEqual(['bp-related', 'bp-teaser', 'bp-teaser', 'bp-teaser', 'bp-teaser']);
  });

  it('bp-caption: never a lead that opens with a dateline, even right above a credit', () => {
    const r = rulesOf(['Titre du communiqué sur la migration', LEAD, 'Foto: OIM / Juan Pérez', BODY].join('\n'));
    expect(r.slice(1, 3)).toEqual([null, 'bp-credit']);
  });

  it('bp-caption: the short line above a photo credit, not the paragraph above it', () => {
    const r = rulesOf([LEAD, '', BODY, '', 'Des femmes participent à un groupe de parole à Fada N’Gourma.', '© OIM 2024/Issa Ouédraogo', '', BODY].join('\n'));
    expect(r.slice(2, 6)).toEqual([null, null, 'bp-caption', 'bp-credit']);
  });
});

describe('labelled lists', () => {
  it('bp-taxonomy: a label alone and its values; bp-language-switcher: a label and the languages', () => {
    const r = rulesOf(['Language', 'English', 'Français', 'Español', 'Titre du communiqué sur la migration', LEAD, BODY, 'Thématiques', 'Santé', 'Gestion des frontières', '', 'Une phrase de fin qui reste hors du communiqué.'].join('\n'));
    expect(r.slice(0, 4)).toEqual(['bp-language-switcher', 'bp-language-switcher', 'bp-language-switcher', 'bp-language-switcher']);
    expect(r.slice(7, 10)).toEqual(['bp-taxonomy', 'bp-taxonomy', 'bp-taxonomy']);
  });
});

describe('decoder hints', () => {
  it('bp-chrome drops page chrome; bp-caption drops figure captions', () => {
    const r = rulesOf(['Accueil', 'Titre', LEAD, 'Une femme devant le centre.'].join('\n'), { hints: [{ kind: 'chrome' }, { kind: 'heading', level: 1 }, null, { kind: 'caption' }] });
    expect(r).toEqual(['bp-chrome', null, null, 'bp-caption']);
  });

  it('keeps a level-1 heading in the page header when the article has none', () => {
    const r = rulesOf(['Les migrants de retour lancent leurs entreprises', LEAD].join('\n'), { hints: [{ kind: 'chrome', level: 1 }, null] });
    expect(r).toEqual([null, null]);
  });
});

describe('learned lines and user choices', () => {
  const text = ['Titre du communiqué sur la migration', LEAD, BODY, 'Une initiative du réseau régional des partenaires', 'OIM Sénégal – bureau de pays'].join('\n');

  it('bp-user-always, bp-user-never, bp-learned-recurring (three sources or more)', () => {
    const learned = {
      alwaysDrop: new Set(['oim sénégal – bureau de pays']),
      neverDrop: new Set(['une initiative du réseau régional des partenaires']),
      recurring: new Map([
        ['une initiative du réseau régional des partenaires', 9],
        [BODY.toLowerCase(), 2],
      ]),
    };
    const r = rulesOf(text, { learned });
    expect(r[4]).toBe('bp-user-always');
    expect(r[3]).toBeNull();
    expect(r[2]).toBeNull();
    const r2 = rulesOf(text, { learned: { ...learned, neverDrop: new Set(), recurring: new Map([['une initiative du réseau régional des partenaires', 3]]) } });
    expect(r2[3]).toBe('bp-learned-recurring');
  });

  it('user overrides win over every rule', () => {
    const r = rulesOf(['###', ...text.split('\n')].join('\n'), { overrides: { '0': 'body', '2': 'dropped' } });
    expect(r[0]).toBeNull();
    expect(r[2]).toBe('user');
  });

  it('a recurring contact intro or address is never dropped for recurring', () => {
    const r = rulesOf([LEAD, BODY, 'Pour plus d’informations, veuillez contacter :', 'presse@example.org'].join('\n'), {
      learned: { alwaysDrop: new Set(), neverDrop: new Set(), recurring: new Map([['pour plus d’informations, veuillez contacter :', 40], ['presse@example.org', 40]]) },
    });
    expect(r.slice(2)).toEqual([null, null]);
  });
});

describe('bp-chrome and the date above the headline', () => {
  const CHROME: LineHint = { kind: 'chrome' };
  const H1: LineHint = { kind: 'heading', level: 1 };
  it('a dated line of the page header right above the headline is the release’s date line, other chrome is dropped', () => {
    const text = ['Inicio', 'Prensa', 'Fecha: 18/11/2024', 'El Ministerio amplía el programa de acogida humanitaria', 'El Ministerio de Inclusión ha anunciado hoy la ampliación del programa de acogida humanitaria con 3.000 plazas.'].join('\n');
    const r = rulesOf(text, { hints: [CHROME, CHROME, CHROME, H1, null] });
    expect(r).toEqual(['bp-chrome', 'bp-chrome', null, null, null]);
  });

  it('a dated chrome line far from the headline (a teaser’s date) stays chrome', () => {
    const text = ['Fecha: 18/11/2024', 'Inicio', 'Prensa', 'Contacto', 'Buscar', 'El Ministerio amplía el programa de acogida humanitaria', 'El Ministerio de Inclusión ha anunciado hoy la ampliación del programa de acogida humanitaria con 3.000 plazas.'].join('\n');
    const r = rulesOf(text, { hints: [CHROME, CHROME, CHROME, CHROME, CHROME, H1, null] });
    expect(r[0]).toBe('bp-chrome');
  });
});
