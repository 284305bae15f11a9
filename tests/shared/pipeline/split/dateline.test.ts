import { describe, expect, it } from 'vitest';
import { countryOf, parseDateline } from '../../../../shared/pipeline/split';
import { split } from './docs';

// split-dateline: the place as written, the date (ISO or null), and the text after the separator.
const LEADS: [string, string | null, string | null, string][] = [
  ['GENÈVE, 3 février 2021 – Le nombre de personnes déplacées a augmenté.', 'GENÈVE', '2021-02-03', 'Le nombre'],
  ['NAIROBI, Kenya (OIM) - Les équipes de l’OIM sont arrivées.', 'NAIROBI, Kenya', null, 'Les équipes'],
  ['RABAT, 6 mars 2024—Le ministère chargé des Marocains résidant à l’étranger a signé.', 'RABAT', '2024-03-06', 'Le ministère'],
  ['CIUDAD DE GUATEMALA, 15 de abril de 2024.- La Organización Internacional para las Migraciones presentó.', 'CIUDAD DE GUATEMALA', '2024-04-15', 'La Organización'],
  ['SAN SALVADOR, El Salvador, 8 de julio de 2024 – Representantes de 40 comités se reunieron.', 'SAN SALVADOR, El Salvador', '2024-07-08', 'Representantes'],
  ['Genève/Beyrouth – Un premier groupe de 212 réfugiés syriens a quitté le Liban.', 'Genève/Beyrouth', null, 'Un premier'],
  ['Port-au-Prince, 18 octobre 2023 – Alors que de nouveaux cas de choléra sont signalés.', 'Port-au-Prince', '2023-10-18', 'Alors que'],
  ['N\'Djamena (OIM) - Les pluies exceptionnelles ont provoqué la crue du lac.', "N'Djamena", null, 'Les pluies'],
  ['GOMA, République démocratique du Congo, 27 février 2024 - Plus de 180 000 personnes ont fui.', 'GOMA, République démocratique du Congo', '2024-02-27', 'Plus de'],
  ['BANJUL, The Gambia — Thirty-two prosecutors met in Banjul this week.', 'BANJUL, The Gambia', null, 'Thirty-two'],
  ['GENEVA, 4 June 2024 – The International Organization for Migration (IOM) has helped.', 'GENEVA', '2024-06-04', 'The International'],
  ['NAIROBI, Kenya, 30 January 2024 - IOM, the UN Migration Agency, is scaling up.', 'NAIROBI, Kenya', '2024-01-30', 'IOM, the'],
  ['Abidjan, 9 mai – Quarante-trois enfants victimes de traite ont été identifiés.', 'Abidjan', null, 'Quarante-trois'],
  ['Chine - L’économie florissante de la Chine en a fait un pays de destination.', 'Chine', null, 'L’économie'],
  ['DAKAR, mardi 12 mars 2024 (OIM) – Deux cents jeunes ont commencé une formation.', 'DAKAR', '2024-03-12', 'Deux cents'],
  ['Le Caire, 3 mars 2024 – Les autorités égyptiennes ont annoncé un plan.', 'Le Caire', '2024-03-03', 'Les autorités'],
  ['Mardi 12 mars 2024 – L’OIM a publié son rapport annuel sur la migration.', null, '2024-03-12', 'L’OIM'],
  ['TAPACHULA, México (OIM) – Dos clínicas móviles han brindado más de 15.000 consultas.', 'TAPACHULA, México', null, 'Dos clínicas'],
  ['NEW YORK, June 4, 2024 /PRNewswire/ -- The foundation announced a new grant programme.', 'NEW YORK', '2024-06-04', 'The foundation'],
  ['GENEVA (Reuters) - The United Nations migration agency said on Tuesday.', 'GENEVA', null, 'The United'],
  // A date before the place, each followed by its separator (government newsrooms).
  ['June 20, 2024—Ottawa, Ontario—Today, the Minister announced a new sponsorship pilot.', 'Ottawa, Ontario', '2024-06-20', 'Today, the'],
  ['3 mars 2025 – Lyon – L’association a présenté son bilan annuel.', 'Lyon', '2025-03-03', 'L’association'],
  // A wire's unspaced double hyphens around its tag.
  ['NAIROBI, Kenya--(BUSINESS WIRE)--The Refugee-led Enterprise Fund today announced investments.', 'NAIROBI, Kenya', null, 'The Refugee-led'],
  ['MIAMI--(BUSINESS WIRE)--A coalition of legal aid groups opened a hotline.', 'MIAMI', null, 'A coalition'],
  // An abbreviation keeps its period before a spaced dash; the Spanish `.-` does not belong to the place.
  ['LAKEWOOD, Colo. – Mayor Patricia Holloway today announced the launch of a line.', 'LAKEWOOD, Colo.', null, 'Mayor Patricia'],
  ['WASHINGTON, D.C. – The coalition called on Congress to act.', 'WASHINGTON, D.C.', null, 'The coalition'],
  ['Saltillo, Coahuila.- La Casa del Migrante inauguró este lunes un nuevo pabellón.', 'Saltillo, Coahuila', null, 'La Casa'],
  // A full stop right after the year.
  ['Valencia, 12 de marzo de 2025. La Fundación Horizonte ha inaugurado hoy su tercer centro.', 'Valencia', '2025-03-12', 'La Fundación'],
  ['LONDON, 5th March 2025: The charity opened its third centre in the city.', 'LONDON', '2025-03-05', 'The charity'],
  // A date in brackets after the place.
  ['GENÈVE (5 mars 2025) – Le Haut-Commissariat a publié son rapport annuel.', 'GENÈVE', '2025-03-05', 'Le Haut-Commissariat'],
];

// No dateline: these leads open with the text itself.
const NONE: string[] = [
  'L’Organisation internationale pour les migrations (OIM) étend ses activités – dans quatre communes – de santé mentale.',
  'Les 3 000 migrants – dont 400 enfants – ont été accueillis dans le centre.',
  'In Geneva – as in other cities – the number of applications rose.',
  'Selon le rapport – publié mardi – la situation se dégrade.',
  'IOM Director General Amy Pope – speaking at the summit – called for action.',
  'Au moins 63 personnes sont portées disparues après le naufrage, dans la nuit de dimanche à lundi.',
  'Le 3 mars 2024, l’OIM a ouvert un centre – le premier de la région.',
  '– Fin –',
  // A date then a sentence between dashes is not a dated place.
  'Le 3 mars 2024 – un mardi – l’OIM a ouvert un centre.',
  'June 20, 2024—the day the pilot opened—was a turning point for the town.',
  'Au total, 3 000 personnes ont été aidées en 2023. Les équipes poursuivent leur travail.',
  'In Valencia in 2025. The centre opened.',
  'Between 2019 and 2024: The number of arrivals doubled.',
];

describe('parseDateline', () => {
  it.each(LEADS)('%s', (lead, place, date, rest) => {
    const d = parseDateline(lead);
    expect(d).not.toBeNull();
    expect(d!.place).toBe(place);
    expect(d!.date?.iso ?? null).toBe(date);
    expect(lead.slice(d!.length).startsWith(rest)).toBe(true);
  });

  it.each(NONE)('no dateline: %s', (lead) => {
    expect(parseDateline(lead)?.place ?? null).toBeNull();
  });

  // Its speed is measured by bench/scaling.bench.ts; the generous timeout only catches a hang.
  it('reads only the start of a very long lead', () => {
    const long = 'GENÈVE – Le ' + 'texte '.repeat(1_000_000);
    const d = parseDateline(long);
    expect(d?.place).toBe('GENÈVE');
    expect(d!.length).toBeLessThanOrEqual(160);
  }, 120_000);
});

describe('countryOf (the dateline country passed to the contact stage)', () => {
  it.each([
    ['NAIROBI, Kenya', 'KE'],
    ['TAPACHULA, México', 'MX'],
    ['GOMA, République démocratique du Congo', 'CD'],
    ['BANJUL, The Gambia', 'GM'],
    ['Chine', 'CN'],
    ['MAURITANIE', 'MR'],
    ['DAKAR', null],
    ['Genève/Beyrouth', null],
    [null, null],
  ])('%s → %s', (place, code) => {
    expect(countryOf(place)).toBe(code);
  });
});

describe('the lead without its dateline (split-dateline)', () => {
  it.each([
    ['June 20, 2024—Ottawa, Ontario—Today, the Minister announced a new sponsorship pilot for refugees.', 'Ottawa, Ontario', '2024-06-20', 'Today, the Minister'],
    ['NAIROBI, Kenya--(BUSINESS WIRE)--The Refugee-led Enterprise Fund today announced investments in 40 businesses.', 'NAIROBI, Kenya', null, 'The Refugee-led'],
  ])('%s', (lead, place, date, start) => {
    const out = split(['A headline for the release about refugees', '', lead, '', 'A second paragraph of the release follows here with more text.'].join('\n'), { lang: 'en' });
    expect(out.dateline).toBe(place);
    expect(out.date).toBe(date);
    expect(out.paragraphs[0]!.startsWith(start)).toBe(true);
  });
});
