// Speakers of quotations, with negatives: more verbs of saying (denunció, dénonce, denounced),
// more role nouns (concejala, superintendente), sentence openers that are no names (Al respecto,
// Signs), an appositive that is a whole name before a colon, two surnames standing for a full
// name given earlier, a pronoun resolved to the person named in its own paragraph, and the
// signature line printed under a quotation (`– The Honourable Jane Doe, Minister`).
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../../shared/pipeline/split/quotes';

const speakers = (paragraphs: string[], lang: 'fr' | 'en' | 'es') => extractQuotes(paragraphs, { lang }).map((q) => q.speaker);

describe('speakers of quotations', () => {
  it.each([
    ['es', '«Estamos viendo operativos cada vez más frecuentes y violentos», denunció María José Hernández, vocera del colectivo.', 'María José Hernández'],
    ['fr', '« Les familles sont refoulées sans examen de leur demande », dénonce Claire Martin, juriste de l’association.', 'Claire Martin'],
    ['en', '“Families are being turned away without any hearing at all,” denounced Jane Doe, the group’s lawyer.', 'Jane Doe'],
    ['es', '«Muchas de las personas que duermen en la calle trabajan cada día», ha explicado la concejala de Acción Social, Marta Lozano Gil.', 'Marta Lozano Gil'],
  ] as const)('%s: %s', (lang, paragraph, who) => {
    expect(speakers([paragraph], lang)).toEqual([who]);
  });

  it('a sentence opener is no name; the appositive that is a whole name before the verb is the speaker', () => {
    const p = 'Al respecto, la superintendente nacional de Migraciones, Rosa Elvira Quispe, señaló: “Con el carné, miles de familias podrán abrir una cuenta bancaria”.';
    expect(speakers([p], 'es')).toEqual(['Rosa Elvira Quispe']);
  });

  it('the subject before an appositive role is still the speaker', () => {
    const p = 'En la reunión, Ana Ruiz, directora del programa, declaró: «Necesitamos más recursos para las familias que llegan».';
    expect(speakers([p], 'es')).toEqual(['Ana Ruiz']);
  });

  it('two surnames stand for the full name given earlier', () => {
    const ps = [
      '«Hace cinco años recibíamos sobre todo a hombres jóvenes —explicó la directora del albergue, Guadalupe Ramírez Treviño—, pero hoy llegan familias».',
      '«Ninguna familia debería dormir en la calle mientras espera una cita», añadió Ramírez Treviño.',
    ];
    expect(speakers(ps, 'es').at(-1)).toBe('Guadalupe Ramírez Treviño');
  });

  it('two words that end no longer name stay as written', () => {
    const ps = ['«Ninguna familia debería dormir en la calle mientras espera una cita», afirmó Ana Ruiz.', '«Los recursos no alcanzan para todos los que llegan», añadió Luis Pérez.'];
    expect(speakers(ps, 'es')).toEqual(['Ana Ruiz', 'Luis Pérez']);
  });

  it('a pronoun goes to the person named earlier in its paragraph, not to a speaker of an earlier one', () => {
    const ps = [
      '“No one should have to bring a child to translate at a court hearing,” Mayor Patricia Holloway said.',
      'The office trained 180 employees. Signs explaining the service in 24 languages have been posted in all city buildings.',
      'Ahmad Noori, a community navigator who arrived in 2022, helped test the service. “When I first came, I needed my neighbor for every call,” he said.',
    ];
    expect(speakers(ps, 'en')).toEqual(['Patricia Holloway', 'Ahmad Noori']);
  });

  it('a pronoun with nobody named in its paragraph goes to the last speaker', () => {
    const ps = ['“We will open three more centres before the winter comes,” said Jane Doe.', 'The programme costs $3 million. “It is a first step for the families,” she added.'];
    expect(speakers(ps, 'en')).toEqual(['Jane Doe', 'Jane Doe']);
  });

  it('the signature line under a quotation printed on its own names the speaker, honorific removed', () => {
    const ps = [
      '“Canadians have opened their homes and their hearts to refugees for more than four decades.”',
      '– The Honourable Anita Desrosiers, Minister of Immigration, Refugees and Citizenship',
      '“Our congregation sponsored its first family in 1979 and is ready to do it again.”',
      '– Reverend Thomas Akande, St. Brendan’s Community Church',
    ];
    expect(speakers(ps, 'en')).toEqual(['Anita Desrosiers', 'Thomas Akande']);
  });

  it('a paragraph after a quotation that does not open with a dash signs nothing', () => {
    const ps = ['“Canadians have opened their homes and their hearts to refugees for decades.”', 'Jane Doe visited the centre on Monday with the minister.'];
    expect(speakers(ps, 'en')).toEqual([null]);
  });

  it('a French reflexive verb keeps its pronoun on the token: « … », s’inquiète X', () => {
    expect(speakers(['« Nous n’avons jamais vu autant de jeunes dans nos files d’attente », s’inquiète Martine Leroy, présidente de l’antenne.'], 'fr')).toEqual(['Martine Leroy']);
  });

  it('a title noun inside a capitalised run starts the person’s title: Centre CEO Matt Kunkel', () => {
    const ps = ['Migrant Workers Centre CEO Matt Kunkel said the findings were alarming.', '"Nobody who works full-time in this country should have to skip meals," Mr Kunkel said.'];
    expect(speakers(ps, 'en')).toEqual(['Matt Kunkel']);
  });

  it('a name in capitals after the first name stays whole (French style)', () => {
    expect(speakers(['« Les familles attendent des réponses depuis des mois », a déclaré Jean DUPONT, maire de la commune.'], 'fr')).toEqual(['Jean DUPONT']);
  });
});
