// The headline printed above its standfirst (split-title + split-subtitle), the Title Case
// headline that does not run on into the summary under it, and line ends that only look unfinished.
import { describe, expect, it } from 'vitest';
import { capitalShare } from '../../../../shared/pipeline/split/pieces';
import { destOf, split } from './docs';

const LEAD_EN = 'LONDON – A free legal advice helpline for refugees has answered its 10,000th call since it opened in October 2022, the centre said today.';
const BODY_EN = 'New figures published today show that six in ten callers in the past year were at risk of losing their accommodation.';
const LEAD_ES = 'La Superintendencia Nacional de Migraciones inició hoy en Arequipa una jornada descentralizada de entrega de 1.500 carnés a ciudadanos extranjeros.';
const BODY_ES = 'La entrega se realiza en el auditorio del Gobierno Regional de Arequipa y continuará hasta el viernes 17 de mayo.';

describe('headline above its standfirst', () => {
  it.each([
    ['en', ['PRESS RELEASE', 'Free legal advice helpline for refugees answers 10,000th call', 'New figures show six in ten callers were at risk of homelessness', LEAD_EN, BODY_EN]],
    ['es', ['NOTA DE PRENSA', 'Migraciones entrega 1.500 carnés de permiso temporal a ciudadanos extranjeros en Arequipa', 'La jornada descentralizada se realizará hasta el viernes en la sede del Gobierno Regional', LEAD_ES, BODY_ES]],
    ['wire', ['Business Wire', 'Refugee-led Enterprise Fund Invests $3 Million in 40 Businesses Founded by Refugees', 'Fund’s first cohort includes tailoring, solar repair and digital services companies', 'October 07, 2024 08:00 AM Eastern Daylight Time', LEAD_EN, BODY_EN]],
  ])('two headline-shaped lines above the lead: the upper is the title, the lower the standfirst (%s)', (_k, lines) => {
    const out = split(lines.join('\n'), { lang: 'en' });
    expect(out.title).toBe(lines[1]);
    expect(out.subtitle).toBe(lines[2]);
    expect(destOf(out, 1)).toEqual(['title/split-title']);
    expect(destOf(out, 2)).toEqual(['subtitle/split-subtitle']);
  });

  it('a Title Case headline is not joined with the sentence-case summary under it in a wrapped text', () => {
    const wrapped = [
      'City Launches Language Access Line Connecting Residents to Services in 24 Languages',
      'Free interpretation now available for all city departments, from permits to public health',
      'LAKEWOOD – Mayor Patricia Holloway today announced the launch of the Lakewood Language Access',
      'line, a free telephone and video interpretation service that allows residents to reach every city',
      'department in 24 languages, including Spanish, Vietnamese, Arabic, Dari, Somali and Ukrainian.',
      'Residents can call the line or ask for an interpreter at any city counter, and staff will connect',
      'them with a certified interpreter within an average of 40 seconds, the city said in a statement.',
    ];
    const out = split(wrapped.join('\n'), { lang: 'en' });
    expect(out.title).toBe(wrapped[0]);
    expect(out.subtitle).toBe(wrapped[1]);
  });

  it.each([
    ['a letterhead name', ['Asociación Puerta del Sur', 'Día Internacional del Migrante: Puerta del Sur atendió a 4.700 personas en 2024', LEAD_ES, BODY_ES], 'Día Internacional del Migrante: Puerta del Sur atendió a 4.700 personas en 2024'],
    ['a kicker in capitals', ['MIGRATION AND HEALTH IN THE REGION', 'Free legal advice helpline for refugees answers 10,000th call', LEAD_EN, BODY_EN], 'Free legal advice helpline for refugees answers 10,000th call'],
    ['a sentence ending with a full stop', ['Our centre has helped refugees in London since 2009.', 'Free legal advice helpline for refugees answers 10,000th call', LEAD_EN, BODY_EN], 'Free legal advice helpline for refugees answers 10,000th call'],
  ])('no pair when the upper line is %s', (_k, lines, title) => {
    const out = split(lines.join('\n'), { lang: 'en' });
    expect(out.title).toBe(title);
    expect(out.subtitle).toBeNull();
  });

  it('a headline printed twice is not a headline and its standfirst', () => {
    const t = 'Free legal advice helpline for refugees answers 10,000th call';
    const out = split([t, t, LEAD_EN, BODY_EN].join('\n'), { lang: 'en' });
    expect(out.title).toBe(t);
    expect(out.subtitle).toBeNull();
  });

  it('a line ending on a capitalised name is complete: `del Sur` is not the French preposition `sur`', () => {
    const out = split(['Asociación Puerta del Sur', 'Día Internacional del Migrante: la asociación atendió a 4.700 personas', LEAD_ES, BODY_ES].join('\n'), { lang: 'es' });
    expect(out.title).toBe('Día Internacional del Migrante: la asociación atendió a 4.700 personas');
    expect(destOf(out, 0)).toEqual(['dropped/split-before-title']);
  });

  it('capitalShare tells Title Case from sentence case', () => {
    expect(capitalShare('City Launches Language Access Line Connecting Residents')).toBe(1);
    expect(capitalShare('Free interpretation now available for all city departments')).toBeLessThan(0.3);
    expect(capitalShare('a b c')).toBe(0);
  });

  it('a summary followed by the page’s metadata (a stamp with its label on the line above) is the standfirst; the prose after it is the lead', () => {
    const lines = [
      'New support for refugee doctors to return to practice',
      '',
      'Refugee doctors will get faster access to exams and clinical placements under a new scheme.',
      '',
      'From:',
      'Department of Health and Social Care',
      'Published',
      '3 March 2025',
      '',
      'Refugee doctors will get faster access to exams under a new £5 million scheme announced today by the Health Secretary.',
      '',
      'The scheme will fund English language training, exam fees and placements in hospitals for up to 600 doctors.',
    ];
    const out = split(lines.join('\n'), { lang: 'en' });
    expect(out.subtitle).toBe(lines[2]);
    expect(out.date).toBe('2025-03-03');
    expect(out.paragraphs[0]).toBe(lines[9]);
    expect(destOf(out, 6)[0]).toMatch(/^dateline\//);
  });

  it('a first paragraph followed by more text and no metadata stays the lead', () => {
    const lines = ['A headline for the release about refugee doctors', '', 'Refugee doctors will get faster access to exams and clinical placements under a new scheme.', '', 'Published reports show that the waiting time is two years.', '', 'The scheme will fund English language training, exam fees and placements in hospitals for up to 600 doctors.'];
    const out = split(lines.join('\n'), { lang: 'en' });
    expect(out.subtitle).toBeNull();
    expect(out.paragraphs[0]).toBe(lines[2]);
  });

  const WRAPPED = [
    'L’association Femmes en exil ouvre ce lundi à Marseille un lieu d’accueil',
    'de jour réservé aux femmes exilées et à leurs enfants. Le lieu proposera',
    'des consultations médicales, un accompagnement juridique et des ateliers',
    'de français pour les mères et leurs enfants venus de toute la région.',
    'En 2024, l’association a accompagné 850 femmes, dont 40 % étaient sans',
    'solution d’hébergement, selon le rapport annuel publié par la structure.',
  ];

  it('in a wrapped text without blank lines, a shorter line under the date line before a capitalised one is the headline', () => {
    const out = split(['Marseille, le 10 mars 2025', 'Ouverture d’une maison des femmes exilées à Marseille', ...WRAPPED].join('\n'));
    expect(out.title).toBe('Ouverture d’une maison des femmes exilées à Marseille');
    expect(out.paragraphs[0]!.startsWith('L’association Femmes en exil')).toBe(true);
  });

  it('a line that repeats the e-mail subject stands alone as the headline', () => {
    const out = split(['Objet : TR: Communiqué – Ouverture d’une maison des femmes exilées à Marseille', 'À : Rédaction <redaction@example.com>', '', 'Ouverture d’une maison des femmes exilées à Marseille', ...WRAPPED].join('\n'));
    expect(out.title).toBe('Ouverture d’une maison des femmes exilées à Marseille');
  });

  it('the first line of a wrapped paragraph that fills the width is not a headline', () => {
    const out = split(['Marseille, le 10 mars 2025', ...WRAPPED].join('\n'));
    expect(out.title).toBeNull();
    expect(out.paragraphs[0]!.startsWith('L’association Femmes en exil ouvre ce lundi à Marseille un lieu d’accueil de jour')).toBe(true);
  });
});
