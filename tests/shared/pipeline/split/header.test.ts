import { describe, expect, it } from 'vitest';
import { reclaimTitle } from '../../../../shared/pipeline/split/fields';
import { destOf, split } from './docs';

const LEAD = 'DAKAR, 12 mars 2024 – L’Organisation internationale pour les migrations (OIM) a lancé mardi un programme de trois ans pour 2 400 migrants de retour.';
const LEAD_NO_DATELINE = 'L’Organisation internationale pour les migrations (OIM) a lancé mardi un programme de trois ans pour 2 400 migrants de retour.';
const BODY = 'Doté de 6,8 millions d’euros, le programme associe un appui individuel à des projets communautaires qui réunissent migrants et jeunes.';
const TITLE = 'L’OIM lance un programme de réinsertion pour 2 400 migrants de retour';

describe('split-title', () => {
  it('the headline printed twice is one title; both lines are title', () => {
    const out = split([TITLE, TITLE, LEAD, BODY].join('\n'));
    expect(out.title).toBe(TITLE);
    expect(destOf(out, 0)[0]).toMatch(/^title\//);
    expect(destOf(out, 1)[0]).toMatch(/^title\//);
  });

  it('the article heading wins over a page title and a breadcrumb that repeat it', () => {
    const out = split([`${TITLE} | OIM`, 'Accueil', 'Actualités', `Accueil > Actualités > ${TITLE}`, TITLE, '12 mars 2024', '', LEAD, '', BODY].join('\n'));
    expect(out.title).toBe(TITLE);
    expect(destOf(out, 4)).toEqual(['title/split-title']);
    expect(destOf(out, 0)[0]).toMatch(/^dropped\//);
  });

  it('a headline wrapped over two lines is joined', () => {
    const out = split(['COMMUNIQUÉ DE PRESSE', '', 'Niger : l’OIM renforce les secours aux migrants en détresse', 'dans le désert', '', LEAD, BODY].join('\n'));
    expect(out.title).toBe('Niger : l’OIM renforce les secours aux migrants en détresse dans le désert');
  });

  it.each([
    ['Imprimer', 'fr'],
    ['Print', 'en'],
    ['Imprimir', 'es'],
  ])('button text glued to the headline is cut off (%s)', (button) => {
    const out = split([`« Je croyais partir pour l’école » : l’OIM aide des enfants ${button}`, LEAD, BODY].join('\n'));
    expect(out.title).toBe('« Je croyais partir pour l’école » : l’OIM aide des enfants');
    expect(destOf(out, 0)).toEqual(['title/split-title', 'dropped/split-title-button']);
  });

  it('tags are removed and entities decoded; no-break spaces kept', () => {
    const out = split(['<h1>Tchad&nbsp;: l&rsquo;OIM vient en aide à 38 000 personnes</h1>', LEAD, BODY].join('\n'));
    expect(out.title).toBe('Tchad\u00A0: l’OIM vient en aide à 38 000 personnes');
  });

  it('is not the e-mail subject: no headline in the text gives no title', () => {
    const out = split(['From: A <a@example.com>', 'Sent: Monday, June 3, 2024', 'Subject: FW: IOM helps stranded migrants', '', 'FOR IMMEDIATE RELEASE', '', LEAD, '', BODY].join('\n'));
    expect(out.title).toBeNull();
    expect(out.map.flags.map((f) => f.code)).toContain('no-title');
  });

  it('a headline shaped like a dateline is still the title; the lead then has no dateline', () => {
    const out = split(['Burkina Faso – L’OIM étend son appui psychosocial aux personnes déplacées', '', LEAD_NO_DATELINE, '', BODY].join('\n'));
    expect(out.title).toBe('Burkina Faso – L’OIM étend son appui psychosocial aux personnes déplacées');
    expect(out.dateline).toBeNull();
  });

  it('labels, kickers and site names above the headline are dropped', () => {
    const out = split(['Press Release', 'Bangladesh', TITLE, 'Tue, 05/14/2024 - 10:12', LEAD, BODY].join('\n'));
    expect(out.title).toBe(TITLE);
    expect(destOf(out, 1)).toEqual(['dropped/split-before-title']);
  });

  it('the line after the navigation wins over an image text between the headline and the lead', () => {
    const out = split(['Accueil', 'Actualités', 'Publications', TITLE, 'Des familles attendent une distribution à Goma', '', LEAD, '', BODY].join('\n'));
    expect(out.title).toBe(TITLE);
    expect(destOf(out, 4)).toEqual(['dropped/split-header-residue']);
  });

  it.each(['Escrito por Gabinete de Comunicación', 'Written by Jane Doe', 'Écrit par Service communication', 'Por Redacción Central'])('a byline between the headline and the lead is neither title nor body: %s', (byline) => {
    const out = split([TITLE, '', byline, '', LEAD, '', BODY].join('\n'));
    expect(out.title).toBe(TITLE);
    expect(destOf(out, 2)).toEqual(['dropped/split-header-residue']);
  });

  it('a byline under the headline is neither title nor body', () => {
    const out = split([TITLE, 'Par Jean Dupont', '', LEAD, '', BODY].join('\n'));
    expect(out.title).toBe(TITLE);
    expect(destOf(out, 1)).toEqual(['dropped/split-header-residue']);
    expect(out.paragraphs).toHaveLength(2);
  });
});

describe('split-subtitle', () => {
  it('a summary sentence between the headline and a dateline lead is the standfirst', () => {
    const standfirst = 'Une formation de trois jours a porté sur la transparence des frais et les contrats de travail.';
    const out = split(['Tunis, le 14 novembre 2023', TITLE, standfirst, LEAD, BODY].join('\n'));
    expect(out.subtitle).toBe(standfirst);
    expect(out.title).toBe(TITLE);
    expect(out.date).toBe('2024-03-12');
    expect(out.paragraphs[0]).toBe(LEAD.slice('DAKAR, 12 mars 2024 – '.length));
  });

  it('an emphasised summary over plain text is the standfirst even without a dateline', () => {
    const standfirst = 'La iniciativa beneficiará a más de 30.000 personas en tránsito durante 2024.';
    const lead = 'La Organización Internacional para las Migraciones (OIM) y el Servicio Nacional de Migración firmaron hoy un acuerdo.';
    const out = split([TITLE, standfirst, lead, BODY].join('\n'), { hints: [{ kind: 'heading', level: 1 }, { kind: 'emphasis', italic: true }, null, null] });
    expect(out.subtitle).toBe(standfirst);
    expect(out.paragraphs[0]).toBe(lead);
  });

  it('without one, the subtitle is null', () => {
    expect(split([TITLE, LEAD, BODY].join('\n')).subtitle).toBeNull();
  });
});

describe('split-date-line, split-site-stamp and the date', () => {
  it.each([
    ['a date line above the headline', ['Tunis, le 14 novembre 2023', TITLE, LEAD_NO_DATELINE, BODY], '2023-11-14', 0, 'dateline/split-date-line'],
    ['a French numeric stamp (day first)', [TITLE, '14/02/2024', LEAD_NO_DATELINE, BODY], '2024-02-14', 1, 'dateline/split-site-stamp'],
    ['a US-style CMS stamp (month first)', [TITLE, 'Tue, 05/06/2024 - 10:12', LEAD_NO_DATELINE, BODY], '2024-05-06', 1, 'dateline/split-site-stamp'],
    ['a relative stamp gives no date', [TITLE, 'Mis en ligne il y a 3 heures', LEAD_NO_DATELINE, BODY], null, 1, 'dateline/split-site-stamp'],
    ['a dateline date beats a site stamp', [TITLE, 'Publié le 13 mars 2024', LEAD, BODY], '2024-03-12', 1, 'dateline/split-site-stamp'],
  ])('%s', (_name, lines, date, line, dest) => {
    const out = split(lines.join('\n'));
    expect(out.date).toBe(date);
    expect(destOf(out, line)).toEqual([dest]);
  });

  it('flags a date that disagrees with the stamp, and a missing date', () => {
    expect(split([TITLE, 'Publié le 13 mars 2024', LEAD, BODY].join('\n')).map.flags.map((f) => f.code)).toContain('date-uncertain');
    expect(split([TITLE, LEAD_NO_DATELINE, BODY].join('\n')).map.flags.map((f) => f.code)).toContain('no-date');
  });

  it('a dateline date without a year gives no date', () => {
    const out = split([TITLE, 'Abidjan, 9 mai – Quarante-trois enfants victimes de traite ont été identifiés depuis janvier dans des plantations.', BODY].join('\n'));
    expect(out.dateline).toBe('Abidjan');
    expect(out.date).toBeNull();
  });

  it('e-mail header dates and embargo lines give no date', () => {
    const out = split(['From: A <a@example.com>', 'Sent: Tuesday, June 4, 2024 9:02 AM', 'Subject: release', '', 'EMBARGOED UNTIL 10:00 CET, 4 JUNE 2024', '', TITLE, '', LEAD_NO_DATELINE, '', BODY].join('\n'));
    expect(out.date).toBeNull();
  });
});

describe('the lead', () => {
  it('a text without any blank line: title, lead with dateline, body', () => {
    const out = split(['Frontera colombo-venezolana: la OIM publica su primer informe', 'CÚCUTA, Colombia — La Organización Internacional para las', 'Migraciones (OIM) publicó hoy su primer informe trimestral.', 'El informe confirma que la frontera sigue registrando movimientos.'].join('\n'), { lang: 'es' });
    expect(out.title).toBe('Frontera colombo-venezolana: la OIM publica su primer informe');
    expect(out.dateline).toBe('CÚCUTA, Colombia');
    expect(out.paragraphs).toEqual(['La Organización Internacional para las Migraciones (OIM) publicó hoy su primer informe trimestral.', 'El informe confirma que la frontera sigue registrando movimientos.']);
  });

  it('a lead without headline: no title, the dateline read', () => {
    const out = split(['FOR IMMEDIATE RELEASE', '', 'NAIROBI, Kenya, 30 January 2024 - IOM is scaling up emergency water trucking in Marsabit and Turkana counties.', '', 'More than 46,000 people have left their home areas since October.'].join('\n'), { lang: 'en' });
    expect(out.title).toBeNull();
    expect(out.dateline).toBe('NAIROBI, Kenya');
    expect(out.date).toBe('2024-01-30');
  });

  it('a dateline wrapped over two lines is read whole and mapped to both lines', () => {
    const out = split([TITLE, '', 'GOMA, République démocratique du Congo, 27 février', '2024 - Plus de 180 000 personnes ont fui les combats dans les territoires', 'de Masisi et de Rutshuru.', '', BODY].join('\n'));
    expect(out.dateline).toBe('GOMA, République démocratique du Congo');
    expect(out.date).toBe('2024-02-27');
    expect(out.paragraphs[0]).toBe('Plus de 180 000 personnes ont fui les combats dans les territoires de Masisi et de Rutshuru.');
    expect(destOf(out, 2)).toEqual(['dateline/split-dateline']);
    expect(destOf(out, 3)).toEqual(['dateline/split-dateline', 'body/split-body']);
  });

  it('a dateline inside tags (<strong>) is read', () => {
    const out = split([TITLE, '<strong>SAN SALVADOR, El Salvador, 8 de julio de 2024</strong> – Representantes de 40 comités se reunieron esta semana.', BODY].join('\n'));
    expect(out.dateline).toBe('SAN SALVADOR, El Salvador');
    expect(out.paragraphs[0]).toBe('Representantes de 40 comités se reunieron esta semana.');
  });

  it('a menu description above the article is not the lead', () => {
    const out = split(['Who we are', 'The Regional Office supports country offices across the region with policy and emergency expertise.', '- Regional Director', '- Country offices', '- Regional strategy', 'New centres prepare migrant workers before departure', 'Dhaka - Workers leaving Bangladesh can now attend a redesigned pre-departure orientation at four new centres.', 'The three-day course covers employment contracts and workers’ rights.'].join('\n'), { lang: 'en' });
    expect(out.title).toBe('New centres prepare migrant workers before departure');
    expect(out.dateline).toBe('Dhaka');
    expect(out.paragraphs).toHaveLength(2);
  });
});

describe('more header shapes', () => {
  it('a headline ending with a full stop, right above a dateline lead, is the title', () => {
    const out = split(['L’OIM salue l’adoption par le Parlement de la nouvelle loi sur la protection des migrants.', '', LEAD, '', BODY].join('\n'));
    expect(out.title).toBe('L’OIM salue l’adoption par le Parlement de la nouvelle loi sur la protection des migrants.');
    expect(out.subtitle).toBeNull();
    expect(out.map.flags.map((f) => f.code)).toContain('title-uncertain');
  });

  it('a place-and-date line right above the lead is its dateline', () => {
    const out = split(['IOM Welcomes New Funding From Japan', '', 'GENEVA, 3 February 2021', '', 'The International Organization for Migration (IOM) welcomes a new contribution from the Government of Japan.', '', 'The funds will be used in Chad and Niger.'].join('\n'), { lang: 'en' });
    expect(out).toMatchObject({ title: 'IOM Welcomes New Funding From Japan', dateline: 'GENEVA', date: '2021-02-03' });
    expect(destOf(out, 2)).toEqual(['dateline/split-date-line']);
  });

  it('a listing page: the next item (headline, stamp, dated lead) ends the release', () => {
    const out = split(
      ['IOM opens centre in Tripoli', '3 June 2024', 'TRIPOLI, 3 June 2024 – IOM opened a new community centre in Tripoli on Monday.', 'The centre will serve up to 500 people a week.', 'IOM helps stranded migrants in Niger', '1 June 2024', 'NIAMEY, 1 June 2024 – More than 300 migrants stranded in Agadez have returned home.', 'The flights were funded by the European Union.'].join('\n'),
      { lang: 'en' },
    );
    expect(out.paragraphs).toEqual(['IOM opened a new community centre in Tripoli on Monday.', 'The centre will serve up to 500 people a week.']);
    expect(destOf(out, 4)).toEqual(['dropped/split-tail']);
  });
});

describe('bylines and stamps with reading times', () => {
  it('a byline and a stamp with a reading time between the headline and the text', () => {
    const out = split(['Home > Stories', 'From displacement to entrepreneurship: a tailor’s story in Mosul', 'By Jane Doe, IOM Communications', 'Published 3 March 2024 | 4 min read', 'When Ahmed returned to Mosul in 2019, his shop had been destroyed and his savings were gone.', 'Today he employs four people from his neighbourhood.'].join('\n'), { lang: 'en' });
    expect(out).toMatchObject({ title: 'From displacement to entrepreneurship: a tailor’s story in Mosul', date: '2024-03-03' });
    expect(destOf(out, 2)).toEqual(['dropped/split-header-residue']);
  });
});

describe('teasers without a heading', () => {
  it('a run of headlines each with its stamp after the body is not body', () => {
    const out = split([TITLE, LEAD, BODY, 'L’OIM salue un nouveau financement pour le Tchad', '12 mars 2024', 'Le Sahel face à une saison des pluies record', 'il y a 2 jours'].join('\n'));
    expect(out.paragraphs).toHaveLength(2);
    expect(destOf(out, 3)).toEqual(['dropped/split-tail']);
  });
});

describe('short texts', () => {
  it.each([
    ['Titre initial\nPremier paragraphe.', 'Titre initial', ['Premier paragraphe.']],
    ['Alpha\nCorps.', 'Alpha', ['Corps.']],
    ['Réintégration à Genève\n\nLes migrants de retour reçoivent une aide.', 'Réintégration à Genève', ['Les migrants de retour reçoivent une aide.']],
    ['Seulement un titre', null, ['Seulement un titre']],
    ['Une seule phrase, qui finit par un point.', null, ['Une seule phrase, qui finit par un point.']],
  ])('%j', (text, title, paragraphs) => {
    const out = split(text);
    expect(out.title).toBe(title);
    expect(out.paragraphs).toEqual(paragraphs);
  });
});

describe('page furniture above the headline', () => {
  it('a sentence above the headline of a dated lead is not the lead', () => {
    const out = split(['Le fil d’actualité des migrations en Afrique de l’Ouest et du Centre.', TITLE, LEAD, BODY].join('\n'));
    expect(out.title).toBe(TITLE);
    expect(out.dateline).toBe('DAKAR');
    expect(out.paragraphs).toHaveLength(2);
    expect(destOf(out, 0)).toEqual(['dropped/split-before-title']);
  });

  it('a dated paragraph further down the body does not become the lead', () => {
    const lead = 'L’Organisation internationale pour les migrations a lancé mardi un programme pour 2 400 migrants.';
    const out = split([TITLE, lead, BODY, 'Une conférence à Genève', 'Genève – Au même moment, les donateurs réunis à Genève ont promis 40 millions de dollars.'].join('\n'));
    expect(out.paragraphs[0]).toBe(lead);
    expect(out.paragraphs).toHaveLength(4);
  });
});

describe('a short headline between a menu and a byline', () => {
  it('is protected from the menu run (and would be taken back if it were not)', () => {
    const out = split(['Home', 'News', 'Media', 'IOM Welcomes New Director General', 'By Jane Doe, IOM Communications', 'GENEVA – The International Organization for Migration (IOM) welcomed its new Director General on Monday.', 'She takes office on 1 October.'].join('\n'), { lang: 'en' });
    expect(out.title).toBe('IOM Welcomes New Director General');
    expect(out.dateline).toBe('GENEVA');
    expect(destOf(out, 4)).toEqual(['dropped/split-header-residue']);
  });
});

describe('reclaimTitle', () => {
  it('takes back the nearest headline-shaped line a menu guess dropped, with its repeats; never a cue-dropped one', () => {
    const seg = (line: number, text: string) => ({ line, start: 0, end: text.length, text });
    const verdicts = [
      { segment: seg(0, 'Accueil'), drop: true, rule: 'bp-nav-entry', confidence: 0.75 },
      { segment: seg(1, 'IOM Welcomes New Director General'), drop: true, rule: 'bp-menu', confidence: 0.65 },
      { segment: seg(2, 'IOM Welcomes New Director General'), drop: true, rule: 'bp-menu', confidence: 0.65 },
      { segment: seg(3, 'Partager sur Facebook et sur X'), drop: true, rule: 'bp-share-bar', confidence: 0.9 },
      { segment: seg(4, 'GENEVA – The lead.'), drop: false, rule: null, confidence: 0.5 },
    ];
    expect(reclaimTitle(verdicts, verdicts[4]!.segment).map((s) => s.line)).toEqual([1, 2]);
    expect(reclaimTitle(verdicts.slice(3), verdicts[4]!.segment)).toEqual([]);
  });
});
