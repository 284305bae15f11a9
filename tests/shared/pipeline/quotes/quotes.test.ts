import { describe, expect, it } from 'vitest';
import type { Language } from '../../../../shared/domain';
import { extractQuotes } from '../../../../shared/pipeline/split/quotes';

const q = (paragraphs: string[], lang: Language = 'fr') => extractQuotes(paragraphs, { lang });
const speakers = (paragraphs: string[], lang: Language = 'fr') => q(paragraphs, lang).map((x) => x.speaker);

const SPEECH_FR = 'Nous devons agir maintenant pour protéger les familles';
const SPEECH_EN = 'We must act now to protect the families';
const SPEECH_ES = 'Debemos actuar ahora para proteger a las familias';

describe('quote-marks: the text between the marks', () => {
  it.each<[string, string, string, Language]>([
    ['guillemets with no-break spaces', `«\u00A0${SPEECH_FR}\u00A0», a déclaré Jean Roux.`, SPEECH_FR, 'fr'],
    ['curly double quotes, comma before the attribution dropped', `“${SPEECH_EN},” said Jane Doe.`, SPEECH_EN, 'en'],
    ['its own final period kept', `“${SPEECH_EN}.” Jane Doe said it twice.`, `${SPEECH_EN}.`, 'en'],
    ['straight quotes paired by position', `"${SPEECH_ES}", dijo Ana Ruiz.`, SPEECH_ES, 'es'],
    ['British single quotes as primary marks', `‘${SPEECH_EN},’ said Jane Doe.`, SPEECH_EN, 'en'],
    ['apostrophes inside are not marks', `« L’OIM n’abandonnera pas ceux qui l’ont aidée », a déclaré Jean Roux.`, 'L’OIM n’abandonnera pas ceux qui l’ont aidée', 'fr'],
    ['nested quotation inside', `« Ils m’ont dit “partez vite” et nous sommes partis », raconte Awa Diallo.`, 'Ils m’ont dit “partez vite” et nous sommes partis', 'fr'],
  ])('%s', (_what, paragraph, text, lang) => {
    expect(q([paragraph], lang).map((x) => x.text)).toEqual([text]);
  });

  it('an attribution in another language than the one guessed still names the speaker', () => {
    expect(speakers([`“${SPEECH_EN},” said Jane Doe.`], 'fr')).toEqual(['Jane Doe']);
  });

  it('quote-multi-paragraph: each paragraph opens with «, only the last closes — one quote per paragraph', () => {
    const paragraphs = [
      'Rania Haddad, responsable des opérations de l’OIM au Liban, décrit le travail des équipes :',
      '« Pour ces familles, la réinstallation est souvent la seule perspective durable.',
      '« Notre responsabilité est de rendre ce voyage aussi sûr que possible. »',
    ];
    expect(q(paragraphs)).toEqual([
      { text: 'Pour ces familles, la réinstallation est souvent la seule perspective durable.', speaker: 'Rania Haddad' },
      { text: 'Notre responsabilité est de rendre ce voyage aussi sûr que possible.', speaker: 'Rania Haddad' },
    ]);
  });

  it('quote-multi-paragraph: English style, the attribution in the last paragraph', () => {
    const paragraphs = ['“We arrived with nothing and the first months were the hardest of our lives.', '“Now the children go to school again and we can plan ahead,” said Amina Yusuf, a mother of three.'];
    expect(speakers(paragraphs, 'en')).toEqual(['Amina Yusuf', 'Amina Yusuf']);
  });

  it('an interrupted quotation gives two quotes (English and Spanish)', () => {
    expect(q([`“${SPEECH_EN},” she said, “and we will not wait for the next flood to do it.”`, ], 'en').map((x) => x.text)).toEqual([SPEECH_EN, 'and we will not wait for the next flood to do it.']);
    const es = '«Las familias no pueden cargar solas con la búsqueda», afirmó Michelle Arévalo Duarte, jefa de misión. «Cada identificación devuelve a una familia el derecho a despedirse», agregó.';
    expect(q([es], 'es')).toEqual([
      { text: 'Las familias no pueden cargar solas con la búsqueda', speaker: 'Michelle Arévalo Duarte' },
      { text: 'Cada identificación devuelve a una familia el derecho a despedirse', speaker: 'Michelle Arévalo Duarte' },
    ]);
  });
});

describe('quote-incise: an attribution inside the marks gives two quotes', () => {
  it.each<[string, Language, { text: string; speaker: string | null }[]]>([
    [
      '«Debemos actuar ahora para proteger a las familias —dijo Ana Ruiz, jefa de misión—. Nadie debería tener que elegir entre su vida y su hogar».',
      'es',
      [
        { text: 'Debemos actuar ahora para proteger a las familias', speaker: 'Ana Ruiz' },
        { text: 'Nadie debería tener que elegir entre su vida y su hogar', speaker: 'Ana Ruiz' },
      ],
    ],
    [
      '« Ce drame nous rappelle une fois encore le prix humain, explique Jean Roux, de l’absence de voies de migration sûres. »',
      'fr',
      [
        { text: 'Ce drame nous rappelle une fois encore le prix humain', speaker: 'Jean Roux' },
        { text: 'de l’absence de voies de migration sûres.', speaker: 'Jean Roux' },
      ],
    ],
  ])('%s', (paragraph, lang, expected) => {
    expect(q([paragraph], lang)).toEqual(expected);
  });

  it('a comma clause that is not an attribution does not cut the quotation', () => {
    const text = 'Nous avons tout perdu en une nuit, la maison, les greniers, les chèvres';
    expect(q([`« ${text} », témoigne Achta Mahamat.`])).toEqual([{ text, speaker: 'Achta Mahamat' }]);
  });
});

describe('not quotes', () => {
  it.each([
    ['quote-min-words: a fragment under five words', 'Les sites, officiellement « temporaires », manquent d’eau.'],
    ['quote-min-words: scare quotes in English', 'Their cases often stop at the “small fish”, the driver or the captain.'],
    ['quote-quoted-name: a programme', 'Doté de 6,8 millions d’euros, le programme « Nouveaux départs pour les jeunes du Sud » associe un appui individuel.'],
    ['quote-quoted-name: a committee after an article', 'En 2007, Macao a établi un « Comité de compétence sur les mesures de dissuasion de traite des personnes » et a adopté une loi.'],
    ['quote-quoted-name: a campaign in English', 'IOM launched the “Think Twice Before You Leave Home” campaign in 40 villages.'],
    ['quote-quoted-name: a Spanish programme', 'La OIM presentó los resultados del programa "De vuelta a clases en todo el país" este lunes.'],
    ['a long title in the middle of a sentence, without attribution', 'Le rapport intitulé comme suit, « Migrations et climat dans le Sahel central », sera présenté demain.'],
    ['a subheading in quotation marks, without attribution', '« Un nouveau départ pour les jeunes de Kolda »'],
    ['a slogan opening a sentence, without attribution', '“Safe migration for all” was the motto of the campaign launched in 40 villages.'],
    ['straight apostrophes only', "L'OIM et l'UNICEF ont signé l'accord aujourd'hui à Genève avec les autorités."],
  ])('%s', (_what, paragraph) => {
    expect(q([paragraph])).toEqual([]);
  });
});

describe('speakers', () => {
  it.each<[string, string, Language, string | null]>([
    ['quote-speaker-inverted', `« ${SPEECH_FR} », a déclaré Pär Liljert, responsable du bureau de l’OIM à Beijing.`, 'fr', 'Pär Liljert'],
    ['quote-speaker-inverted (present tense)', `« ${SPEECH_FR} », souligne Aminata Sow-Kane, cheffe de mission.`, 'fr', 'Aminata Sow-Kane'],
    ['quote-speaker-inverted (narrative verb)', `« ${SPEECH_FR} », raconte Adama, 14 ans, dont le prénom a été modifié.`, 'fr', 'Adama'],
    ['quote-speaker-inverted (straight quotes)', `"${SPEECH_FR}", témoigne Achta Mahamat, mère de six enfants.`, 'fr', 'Achta Mahamat'],
    ['quote-speaker-inverted (Spanish)', `«${SPEECH_ES}», dijo Rosa Elena Martínez, integrante de un comité.`, 'es', 'Rosa Elena Martínez'],
    ['quote-speaker-inverted (English)', `“${SPEECH_EN},” said Daniel Okonkwo-Reyes, IOM’s Chief of Mission.`, 'en', 'Daniel Okonkwo-Reyes'],
    ['quote-speaker-inverted (particles)', `«${SPEECH_ES}», afirmó María José de la Cruz, directora regional.`, 'es', 'María José de la Cruz'],
    ['quote-speaker-inverted (capitalised particle)', `« ${SPEECH_FR} », a déclaré Nadia El Amrani, secrétaire générale.`, 'fr', 'Nadia El Amrani'],
    ['quote-speaker-inverted (English title before the name)', `“${SPEECH_EN},” said IOM Director General Amy Pope.`, 'en', 'Amy Pope'],
    ['quote-speaker-direct', `« ${SPEECH_FR} », Jean Roux a-t-il ajouté.`, 'fr', 'Jean Roux'],
    ['quote-speaker-direct (English)', `“${SPEECH_EN},” Jane Doe said.`, 'en', 'Jane Doe'],
    ['quote-speaker-direct (appositive)', `“${SPEECH_EN},” Jane Doe, IOM’s spokesperson, told reporters.`, 'en', 'Jane Doe'],
    ['quote-speaker-direct (title before the name)', `“${SPEECH_EN},” IOM’s Director General Amy Pope said.`, 'en', 'Amy Pope'],
    ['quote-speaker-direct (before the quotation, colon)', `Jean Roux a déclaré : « ${SPEECH_FR} ».`, 'fr', 'Jean Roux'],
    ['quote-speaker-direct (English, before the quotation)', `Jane Doe said: “${SPEECH_EN}.”`, 'en', 'Jane Doe'],
    ['quote-speaker-colon (speaker introduced by a sentence)', `Ana Ruiz, coordinadora de la OIM, resume la situación: «${SPEECH_ES}».`, 'es', 'Ana Ruiz'],
    ['quote-speaker-source (selon)', `« ${SPEECH_FR} », selon Jean Roux.`, 'fr', 'Jean Roux'],
    ['quote-speaker-source (according to)', `“${SPEECH_EN},” according to Jane Doe.`, 'en', 'Jane Doe'],
    ['quote-speaker-source (según, before)', `Según Ana Ruiz, «${SPEECH_ES}».`, 'es', 'Ana Ruiz'],
    ['quote-speaker-source (pour, before)', `Pour Karim Jaziri, « ${SPEECH_FR} ».`, 'fr', 'Karim Jaziri'],
    ['quote-speaker-honorific (Dr)', `« ${SPEECH_FR} », a déclaré Dr Nadège Pierre-Louis, responsable de la santé.`, 'fr', 'Nadège Pierre-Louis'],
    ['quote-speaker-honorific (la doctora)', `«${SPEECH_ES}», señaló la doctora Mariana Gómez Villalobos, responsable de las clínicas.`, 'es', 'Mariana Gómez Villalobos'],
    ['quote-speaker-honorific (Mr.)', `“${SPEECH_EN},” said Mr. John Smith.`, 'en', 'John Smith'],
    ['quote-speaker-honorific (Sra.)', `«${SPEECH_ES}», dijo la Sra. Ana Ruiz.`, 'es', 'Ana Ruiz'],
    ['quote-speaker-inverted (role, then the name after a comma)', `« ${SPEECH_FR} », a déclaré le directeur général de l’OIM, António Vitorino.`, 'fr', 'António Vitorino'],
    ['quote-speaker-inverted (capitalised role with a place, then the name)', `“${SPEECH_EN},” said IOM Chief of Mission in Pakistan, Mayank Awasthi.`, 'en', 'Mayank Awasthi'],
    ['quote-speaker-direct (verb inside a longer clause before the quotation)', `In a statement, IOM Director General Amy Pope said: “${SPEECH_EN}.”`, 'en', 'Amy Pope'],
    ['quote-speaker-direct (partial quotation after que)', `Lors de la réunion, Jean Roux a déclaré que « ${SPEECH_FR} ».`, 'fr', 'Jean Roux'],
    ['quote-speaker-direct (told)', `Jane Doe told IOM: “${SPEECH_EN}.”`, 'en', 'Jane Doe'],
    ['quote-speaker-dash (signature after the quotation)', `“${SPEECH_EN}” — Jane Doe, IOM Kenya`, 'en', 'Jane Doe'],
    ['organisation as speaker', `« ${SPEECH_FR} », a indiqué l’OIM dans un communiqué.`, 'fr', 'OIM'],
    ['a verb with a thing as subject: no speaker', `« ${SPEECH_FR} », affirme le rapport publié mardi.`, 'fr', null],
    ['no attribution at all', `« ${SPEECH_FR}. »`, 'fr', null],
  ])('%s', (_rule, paragraph, lang, speaker) => {
    expect(speakers([paragraph], lang)).toEqual([speaker]);
  });

  describe('resolved across the text', () => {
    it('quote-speaker-pronoun: a-t-il / a-t-elle to the last speaker of that gender', () => {
      const paragraphs = [
        `« ${SPEECH_FR} », a expliqué Ibrahim Moussa Garba, porte-parole de la protection civile.`,
        'L’ambassadrice des Pays-Bas au Niger, Lotte Verhagen, a rappelé que son pays soutenait ces activités depuis 2019.',
        `« ${SPEECH_FR} », a-t-elle déclaré.`,
        `« ${SPEECH_FR} », a-t-il ajouté.`,
      ];
      expect(speakers(paragraphs)).toEqual(['Ibrahim Moussa Garba', 'Lotte Verhagen', 'Ibrahim Moussa Garba']);
    });

    it('quote-speaker-pronoun: he/she in English', () => {
      const paragraphs = [
        `“${SPEECH_EN},” said Grace Wambui, IOM's emergency coordinator.`,
        `“${SPEECH_EN},” said Mr. Peter Otieno, the county commissioner.`,
        `“${SPEECH_EN},” she added.`,
        `“${SPEECH_EN},” he added.`,
      ];
      expect(speakers(paragraphs, 'en')).toEqual(['Grace Wambui', 'Peter Otieno', 'Grace Wambui', 'Peter Otieno']);
    });

    it('quote-speaker-pronoun: learns a gender from a resolved pronoun', () => {
      const paragraphs = [
        `« ${SPEECH_FR} », a déclaré Camille Martin, responsable du bureau.`,
        `« ${SPEECH_FR} », a-t-elle ajouté.`,
        `« ${SPEECH_FR} », a affirmé Dominique Bernard, responsable des programmes.`,
        `« ${SPEECH_FR} », a-t-il poursuivi.`,
        `« ${SPEECH_FR} », a-t-elle conclu.`,
      ];
      expect(speakers(paragraphs)).toEqual(['Camille Martin', 'Camille Martin', 'Dominique Bernard', 'Dominique Bernard', 'Camille Martin']);
    });

    it('quote-speaker-null-subject: a bare verb to the last speaker (Spanish)', () => {
      const paragraphs = [`«${SPEECH_ES}», afirmó Michelle Arévalo Duarte, jefa de misión.`, `«${SPEECH_ES}», agregó.`];
      expect(speakers(paragraphs, 'es')).toEqual(['Michelle Arévalo Duarte', 'Michelle Arévalo Duarte']);
    });

    it('quote-speaker-short-form: M. Kaboré, Dr. Ahmed, Pope to the full name given earlier', () => {
      expect(speakers([`« ${SPEECH_FR} », a déclaré Bertrand Kaboré, coordinateur régional.`, `Le rapport le confirme. « ${SPEECH_FR} », a ajouté M. Kaboré.`])).toEqual(['Bertrand Kaboré', 'Bertrand Kaboré']);
      expect(speakers([`Dr. Ahmed Hassan, IOM’s health officer, visited the camp.`, `“${SPEECH_EN},” said Dr. Ahmed.`], 'en')).toEqual(['Ahmed Hassan']);
      expect(speakers([`“${SPEECH_EN},” said Amy Pope, IOM Director General.`, `“${SPEECH_EN},” Pope said.`], 'en')).toEqual(['Amy Pope', 'Amy Pope']);
    });

    it('quote-speaker-role: la directrice / the minister to the person introduced with that role', () => {
      const fr = ['Awa Diallo, directrice de l’OIM au Mali, a ouvert la réunion mardi matin.', 'Le ministre Paul Keita était présent.', `« ${SPEECH_FR} », a ajouté la directrice.`];
      expect(speakers(fr)).toEqual(['Awa Diallo']);
      const en = ['Minister Hassan Ali opened the meeting on Tuesday.', 'Jane Doe, IOM Chief of Mission, also spoke.', `“${SPEECH_EN},” the minister said.`];
      expect(speakers(en, 'en')).toEqual(['Hassan Ali']);
    });

    it('a short form in the text stands for the full name (Pope stressed… she said), English roles tell no gender', () => {
      const paragraphs = [
        `“${SPEECH_EN},” said IOM Director General Amy Pope.`,
        `Pope stressed that climate change is forcing millions from their homes. “${SPEECH_EN},” she said.`,
        `Mme Diop a rappelé que le programme durera trois ans.`,
      ];
      expect(speakers(paragraphs, 'en')).toEqual(['Amy Pope', 'Amy Pope']);
      const fr = [`« ${SPEECH_FR} », a déclaré la cheffe de mission de l’OIM, Mme Aminata Diop.`, `Mme Diop a rappelé que le programme durera trois ans. « ${SPEECH_FR} », a-t-elle insisté.`];
      expect(speakers(fr)).toEqual(['Aminata Diop', 'Aminata Diop']);
    });

    it('a role with a prefix (viceministro), and a gendered role without a match falls back to the last speaker of that gender', () => {
      const es = [
        `«${SPEECH_ES}», afirmó el viceministro de Relaciones Exteriores, Carlos Pérez.`,
        `La jefa de misión de la OIM, Ana María López, destacó el papel de las comunidades. «${SPEECH_ES}», señaló.`,
        `Según la funcionaria, «${SPEECH_ES}».`,
      ];
      expect(speakers(es, 'es')).toEqual(['Carlos Pérez', 'Ana María López', 'Ana María López']);
    });

    it('a source phrase with an organisation’s possessive', () => {
      expect(speakers([`According to IOM’s latest figures, “more than 110 million people are currently displaced worldwide”.`], 'en')).toEqual(['IOM']);
    });

    it('a second quotation without attribution in the same paragraph keeps the voice', () => {
      expect(speakers([`« ${SPEECH_FR} », a déclaré Jean Roux. « Les familles doivent pouvoir rentrer chez elles en sécurité. »`])).toEqual(['Jean Roux', 'Jean Roux']);
      expect(speakers([`«${SPEECH_ES}», afirmó Carlos Pérez. «Este plan es el resultado de dos años de trabajo».`], 'es')).toEqual(['Carlos Pérez', 'Carlos Pérez']);
    });

    it('a pronoun with no speaker before it turns to a full name opening an earlier sentence', () => {
      expect(speakers([`Jane Doe visited the camp on Monday. “${SPEECH_EN},” she told reporters.`], 'en')).toEqual(['Jane Doe']);
      expect(speakers([`« ${SPEECH_FR} », dit-elle.`])).toEqual([null]);
    });

    it('a pseudonym first name is kept as given', () => {
      expect(speakers([`« ${SPEECH_FR} », raconte Fatou, 16 ans, dont le prénom a été changé.`, `« ${SPEECH_FR} », ajoute-t-elle.`])).toEqual(['Fatou', 'Fatou']);
    });
  });
});
