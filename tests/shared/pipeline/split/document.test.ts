import { describe, expect, it } from 'vitest';
import { SplitMap } from '../../../../shared/domain';
import { detectLanguage, guessLanguage, SPLIT_RULES } from '../../../../shared/pipeline/split';
import { CONTACT_RULES } from '../../../../shared/pipeline/split/contacts';
import { destOf, destsOf, split } from './docs';

const TITLE = 'L’OIM lance un programme de réinsertion pour 2 400 migrants de retour';
const LEAD = 'DAKAR, 12 mars 2024 – L’Organisation internationale pour les migrations (OIM) a lancé mardi un programme de trois ans pour 2 400 migrants de retour.';
const BODY = 'Doté de 6,8 millions d’euros, le programme associe un appui individuel à des projets communautaires qui réunissent migrants et jeunes.';
const RELEASE = [
  'Accueil',
  'Actualités',
  'Publications',
  TITLE,
  '',
  LEAD,
  '',
  'Une réponse en trois volets',
  '',
  BODY,
  '',
  '« Le retour n’est pas la fin du parcours migratoire, c’est le début d’un autre », a déclaré Aminata Sow-Kane, cheffe de mission.',
  '',
  '• d’aménager 14 nouveaux sites d’accueil temporaire ;',
  '• de financer 60 projets à haute intensité de main-d’œuvre.',
  '',
  'Pour plus d’informations, veuillez contacter :',
  'Fatou Ba, chargée de communication, OIM Sénégal',
  'Courriel : fba@example.org',
  '',
  '– Fin –',
  '',
  'À propos de l’OIM',
  'L’Organisation internationale pour les migrations œuvre pour une migration humaine et ordonnée.',
].join('\n');

describe('splitDocument', () => {
  const out = split(RELEASE);

  it('reads the fields', () => {
    expect(out).toMatchObject({ title: TITLE, subtitle: null, dateline: 'DAKAR', date: '2024-03-12', language: 'fr' });
    expect(out.paragraphs).toEqual([
      LEAD.slice('DAKAR, 12 mars 2024 – '.length),
      'Une réponse en trois volets',
      BODY,
      '« Le retour n’est pas la fin du parcours migratoire, c’est le début d’un autre », a déclaré Aminata Sow-Kane, cheffe de mission.',
      'd’aménager 14 nouveaux sites d’accueil temporaire ;',
      'de financer 60 projets à haute intensité de main-d’œuvre.',
    ]);
  });

  it('makes subheadings and list items blocks of their own', () => {
    expect(out.blocks.map((b) => b.type)).toEqual(['paragraph', 'heading', 'paragraph', 'paragraph', 'list-item', 'list-item']);
  });

  it('maps every non-blank line, and the map is a valid SplitMap', () => {
    expect(SplitMap.parse(out.map)).toBeTruthy();
    RELEASE.split('\n').forEach((line, i) => {
      if (line.trim() !== '') expect(out.map.segments.some((s) => s.line === i)).toBe(true);
    });
    expect(destOf(out, 5)).toEqual(['dateline/split-dateline', 'body/split-body']);
    expect(destsOf(out, 16)).toEqual(['contact']);
    expect(destsOf(out, 20)).toEqual(['dropped']);
    expect(out.dropped).toContain('– Fin –');
  });

  it('uses only known rule ids', () => {
    const known = new Set([...Object.keys(SPLIT_RULES), ...Object.values(CONTACT_RULES), 'user']);
    for (const s of out.map.segments) expect(s.rule === null || known.has(s.rule) || s.rule.startsWith('bp-')).toBe(true);
  });

  it('gives a confidence per field', () => {
    expect(Object.keys(out.map.confidence).sort()).toEqual(['body', 'contacts', 'date', 'dateline', 'language', 'quotes', 'subtitle', 'title']);
    expect(out.map.confidence.title).toBeGreaterThan(0.7);
  });

  it('ends the body at an about blurb, an end mark or a footer when there is no contact block', () => {
    const o = split([TITLE, LEAD, BODY, '###', 'Une ligne après la marque de fin, qui n’appartient pas au communiqué.'].join('\n'));
    expect(o.paragraphs).toHaveLength(2);
    expect(destOf(o, 4)).toEqual(['dropped/split-tail']);
  });

  it('a tail sign in the middle of a long text does not cut it (a subheading shaped like a tag line)', () => {
    const o = split([TITLE, LEAD, BODY, 'Thème : la migration climatique', BODY.replace('Doté', 'Financé'), BODY.replace('Doté', 'Porté'), BODY.replace('Doté', 'Suivi')].join('\n'));
    expect(o.paragraphs).toHaveLength(5);
  });

  it('keeps the body going when a contact-like block sits in the middle of a long text', () => {
    const o = split([TITLE, LEAD, 'Contact : fba@example.org', BODY, BODY.replace('Doté', 'Financé'), BODY.replace('Doté', 'Porté')].join('\n'));
    expect(o.paragraphs).toHaveLength(4);
  });
});

describe('user overrides', () => {
  it('a line forced to title replaces the automatic title', () => {
    const o = split(RELEASE, { overrides: { '9': 'title' } });
    expect(o.title).toBe(BODY);
    expect(destOf(o, 3)).toEqual(['dropped/split-title-replaced']);
    expect(o.map.segments.find((s) => s.line === 9)).toMatchObject({ dest: 'title', rule: 'user', forced: true });
    expect(o.paragraphs).not.toContain(BODY);
  });

  it('forced body, dropped, subtitle and dateline lines go where they were sent', () => {
    const o = split(RELEASE, { overrides: { '0': 'body', '7': 'dropped', '23': 'subtitle', '1': 'dateline' } });
    expect(o.paragraphs[0]).toBe('Accueil');
    expect(o.paragraphs).not.toContain('Une réponse en trois volets');
    expect(o.subtitle).toBe('L’Organisation internationale pour les migrations œuvre pour une migration humaine et ordonnée.');
    // The user said this line is the dateline: its text is the place.
    expect(o.dateline).toBe('Actualités');
    expect(o.map.segments.filter((s) => s.forced).map((s) => s.line).sort((a, b) => a - b)).toEqual([0, 1, 7, 23]);
  });

  it('a forced dateline line gives the place and date', () => {
    const o = split([TITLE, 'Genève, le 3 février 2021', 'L’OIM a publié son rapport annuel sur les migrations dans le monde, qui porte sur deux années.', BODY].join('\n'), { overrides: { '1': 'dateline' } });
    expect(o.date).toBe('2021-02-03');
    expect(o.dateline).toBe('Genève');
  });

  it('a forced contact line is in the contact block', () => {
    const o = split(RELEASE, { overrides: { '11': 'contact' } });
    expect(destsOf(o, 11)).toEqual(['contact']);
    expect(o.paragraphs.some((p) => p.startsWith('« Le retour'))).toBe(false);
  });
});

describe('flags', () => {
  it('no-title, no-date', () => {
    const codes = split(['L’OIM a publié son rapport annuel sur les migrations dans le monde, qui porte sur deux années.', BODY].join('\n')).map.flags.map((f) => f.code);
    expect(codes).toEqual(expect.arrayContaining(['no-title', 'no-date']));
  });

  it('two-datelines when a later paragraph opens like a lead', () => {
    const o = split([TITLE, LEAD, BODY, 'GENÈVE, 3 février 2021 – Un second communiqué commence ici, collé au premier par erreur.'].join('\n'));
    expect(o.map.flags.map((f) => f.code)).toContain('two-datelines');
  });

  it('language-uncertain when no word tells', () => {
    const o = split(['OIM 2024', '12 345 — 67 890'].join('\n'));
    expect(o.map.flags.map((f) => f.code)).toContain('language-uncertain');
  });
});

describe('detectLanguage', () => {
  it.each([
    ['fr', 'L’Organisation internationale pour les migrations a publié un rapport sur la situation des migrants dans la région.'],
    ['en', 'The International Organization for Migration has published a report on the situation of migrants in the region.'],
    ['es', 'La Organización Internacional para las Migraciones ha publicado un informe sobre la situación de los migrantes en la región.'],
    ['fr', 'GENÈVE – Les officiers chinois ont été formés par l’OIM et ils sont prêts.'],
    ['en', 'GENEVA – Chinese officers were trained by IOM and they are ready to work with the border teams.'],
    ['es', 'GINEBRA – Los oficiales chinos fueron capacitados por la OIM y están listos para trabajar con los equipos.'],
    ['es', 'La OIM en la frontera de México y Guatemala'],
    ['fr', 'La OIM et la frontière du Mexique'],
    ['es', 'Niñas y niños en la frontera'],
  ])('%s: %s', (lang, text) => {
    expect(detectLanguage(text, 'en')).toBe(lang);
  });

  it.each(['fr', 'en', 'es'] as const)('falls back to %s when nothing tells', (fallback) => {
    expect(detectLanguage('OIM 2026 — 12 345', fallback)).toBe(fallback);
    expect(guessLanguage('', fallback)).toEqual({ lang: fallback, confidence: 0 });
  });

  it('ignores case', () => {
    expect(detectLanguage('THE REPORT IS ON THE TABLE AND IT WAS READ', 'fr')).toBe('en');
  });
});
