// What the quote stage knows about reported speech in French, English and Spanish: quotation
// marks, verbs of saying, source phrases (`selon`, `according to`), and the nouns that announce a
// quoted *name* rather than speech (`le programme « Nouveaux départs »`). Data only; quotes.ts is
// the engine. Rule ids name the decisions so tests and the review screen can refer to them.

/** Stable ids of the quote stage's decisions (tests are keyed by them). */
export const QUOTE_RULES = {
  marks: 'quote-marks',
  straight: 'quote-straight-pairs',
  multiParagraph: 'quote-multi-paragraph',
  minWords: 'quote-min-words',
  quotedName: 'quote-quoted-name',
  trailingComma: 'quote-trailing-comma',
  inverted: 'quote-speaker-inverted',
  direct: 'quote-speaker-direct',
  source: 'quote-speaker-source',
  colon: 'quote-speaker-colon',
  dash: 'quote-speaker-dash',
  incise: 'quote-incise',
  pronoun: 'quote-speaker-pronoun',
  nullSubject: 'quote-speaker-null-subject',
  shortForm: 'quote-speaker-short-form',
  role: 'quote-speaker-role',
  honorific: 'quote-speaker-honorific',
} as const;

/** Reported speech is at least this many words long; shorter quoted words are terms (`« temporaires »`). */
export const MIN_QUOTE_WORDS = 5;

/** Opening → closing marks. Straight `"` is paired by position (see marks.ts). */
export const QUOTE_PAIRS: Readonly<Record<string, string>> = {
  '«': '»',
  '“': '”',
  '„': '“',
  '‘': '’',
};

/**
 * Verbs of saying, as infinitives, with the forms that a regular conjugation would get wrong.
 * verbs.ts expands regular ones (present, past, participle, imperfect, future, third persons).
 */
export const SPEECH_VERBS = {
  fr: {
    // -er verbs; the others (dire, conclure, poursuivre, répondre…) are spelled out in `forms`.
    regular: [
      'déclarer', 'affirmer', 'souligner', 'expliquer', 'ajouter', 'indiquer', 'préciser', 'estimer', 'rappeler', 'insister', 'raconter',
      'témoigner', 'confier', 'noter', 'observer', 'commenter', 'assurer', 'déplorer', 'regretter', 'plaider', 'marteler', 'résumer',
      'relever', 'constater', 'détailler', 'nuancer', 'lancer', 'continuer', 'annoncer', 'signaler', 'illustrer', 'rapporter', 'relater',
      'exposer', 'argumenter', 'lâcher', 'glisser', 'souffler', 'tempérer', 'enchaîner', 'juger', 'considérer', 'penser', 'espérer',
      'alerter', 'appeler', 'exhorter', 'avouer', 'répéter', 'réitérer', 'conseiller', 'recommander', 'interroger', 'demander',
      'soupirer', 'analyser', 'développer', 'justifier', 'féliciter', 'inquiéter', 'alarmer', 'exclamer', 'expliciter',
      'dénoncer', 'protester', 'réclamer', 'revendiquer', 'rassurer', 'fustiger', 'critiquer', 'étonner', 'indigner', 'insurger', 'emporter',
    ],
    forms: [
      'dit', 'disent', 'disait', 'dira', 'conclut', 'conclu', 'concluait', 'poursuit', 'poursuivi', 'poursuivait', 'écrit', 'décrit',
      'répond', 'répondu', 'répondait', 'admet', 'admis', 'avertit', 'averti', 'prévient', 'prévenu', 'soutient', 'soutenu', 'reprend', 'repris',
      'renchérit', 'reconnaît', 'reconnaissait', 'reconnu', 'croit', 'décrivait', 'écrivait', 'rappelle', 'appelle', 'martèle', 'relève', 'tempère', 'considère',
      'espère', 'répète', 'réitère', 'inquiète', 'sourit', 'souri', 'annonça', 'lança', 'réjouit', 'réjoui', 'réjouie', 'ajouta',
      'déclara', 'expliqua', 'souligna', 'précisa', 'affirma', 'raconta',
    ],
  },
  en: {
    regular: [
      'say', 'add', 'note', 'explain', 'stress', 'emphasise', 'emphasize', 'state', 'declare', 'affirm', 'remark', 'comment', 'observe',
      'highlight', 'underline', 'underscore', 'insist', 'warn', 'recall', 'conclude', 'continue', 'acknowledge', 'argue', 'assert',
      'recount', 'describe', 'urge', 'caution', 'reiterate', 'confirm', 'announce', 'reflect', 'ask', 'respond', 'share', 'mention',
      'suggest', 'explain', 'point', 'recall', 'testify', 'reply', 'admit', 'tell', 'write', 'remember', 'complain', 'plead', 'appeal',
      'confide', 'agree', 'believe', 'denounce', 'criticise', 'criticize', 'demand', 'protest',
    ],
    forms: ['said', 'says', 'told', 'tells', 'wrote', 'writes', 'written', 'admitted', 'replied', 'testified', 'pleaded', 'pled'],
  },
  es: {
    regular: [
      'afirmar', 'agregar', 'señalar', 'explicar', 'destacar', 'indicar', 'subrayar', 'declarar', 'expresar', 'comentar', 'asegurar',
      'precisar', 'puntualizar', 'recalcar', 'enfatizar', 'relatar', 'narrar', 'apuntar', 'considerar', 'estimar', 'opinar', 'aseverar',
      'resaltar', 'mencionar', 'informar', 'anunciar', 'detallar', 'plantear', 'lamentar', 'celebrar', 'alertar', 'reiterar',
      'testimoniar', 'acotar', 'reflexionar', 'matizar', 'argumentar', 'remarcar', 'valorar', 'aclarar', 'contestar', 'preguntar',
      'insistir', 'añadir', 'admitir', 'compartir', 'resumir', 'describir', 'escribir', 'agradecer', 'responder', 'sostener', 'exponer',
      'manifestar', 'confesar', 'advertir', 'concluir', 'decir', 'contar', 'recordar', 'reconocer', 'proseguir', 'continuar',
      'denunciar', 'reclamar', 'exigir', 'criticar', 'urgir', 'sentenciar', 'cuestionar', 'defender', 'sugerir',
    ],
    forms: [
      'dijo', 'dice', 'dicen', 'decía', 'dirá', 'dicho', 'dijeron', 'contó', 'cuenta', 'recordó', 'recuerda', 'sostuvo', 'sostiene',
      'reconoció', 'reconoce', 'advirtió', 'advierte', 'concluyó', 'concluye', 'manifiesta', 'confiesa', 'confesó', 'expuso', 'expone',
      'prosiguió', 'prosigue', 'describió', 'escribió', 'escrito', 'descrito', 'pidió', 'pide', 'piden', 'pidieron',
    ],
  },
} as const;

/**
 * Phrases that name the source of what follows or precedes (`selon X`, `according to X`), by
 * language. Multi-word phrases are matched on lower-cased text with single spaces.
 */
export const SOURCE_PHRASES = {
  fr: ['selon', 'd’après', "d'après", 'pour', 'aux dires de', 'aux yeux de'],
  en: ['according to', 'in the words of', 'quoting'],
  es: ['según', 'de acuerdo con', 'en palabras de', 'para', 'a juicio de'],
} as const;

/**
 * Nouns (and verbs of naming) that announce a quoted name rather than speech: `le programme
 * « Nouveaux départs »`, `the “Safe Journeys” campaign`, `el programa "De vuelta a clases"`.
 * Matched on the word right before the opening mark (or two words back, after an article).
 */
export const NAMING_WORDS: ReadonlySet<string> = new Set([
  // fr
  'programme', 'projet', 'campagne', 'rapport', 'initiative', 'plan', 'stratégie', 'comité', 'opération', 'slogan', 'thème', 'titre',
  'intitulé', 'intitulée', 'dénommé', 'dénommée', 'baptisé', 'baptisée', 'appelé', 'appelée', 'nommé', 'nommée', 'réseau', 'fonds',
  'prix', 'festival', 'exposition', 'film', 'documentaire', 'livre', 'ouvrage', 'guide', 'manuel', 'application', 'plateforme', 'label',
  'statut', 'rang', 'catégorie', 'mot', 'terme', 'expression', 'mention', 'devise', 'mot-clé', 'mot-dièse', 'hashtag', 'dispositif',
  'mécanisme', 'forum', 'conférence', 'atelier', 'séminaire', 'sommet', 'pacte', 'déclaration', 'cadre', 'étude', 'enquête', 'dossier',
  'émission', 'chanson', 'spectacle', 'pièce', 'concours', 'semaine', 'journée', 'opération', 'volet', 'axe', 'pilier', 'centre',
  'maison', 'caravane', 'club', 'groupe', 'collectif', 'association', 'coalition', 'alliance', 'partenariat', 'charte', 'protocole',
  'un', 'une', 'le', 'la', 'les', 'du', 'des', 'au', 'aux', 'l',
  // en
  'program', 'project', 'campaign', 'report', 'strategy', 'committee', 'operation', 'theme', 'title', 'entitled', 'titled', 'called',
  'named', 'dubbed', 'branded', 'network', 'fund', 'award', 'exhibition', 'documentary', 'book', 'handbook', 'app', 'platform',
  'status', 'category', 'word', 'term', 'phrase', 'motto', 'tagline', 'scheme', 'mechanism', 'conference', 'workshop', 'seminar',
  'summit', 'compact', 'declaration', 'framework', 'study', 'survey', 'series', 'song', 'show', 'week', 'day', 'centre', 'center',
  'house', 'group', 'coalition', 'alliance', 'partnership', 'charter', 'protocol', 'so-called', 'the', 'a', 'an', 'its', 'their', 'our',
  // es
  'programa', 'proyecto', 'campaña', 'informe', 'iniciativa', 'estrategia', 'operación', 'lema', 'tema', 'título', 'titulado',
  'titulada', 'denominado', 'denominada', 'llamado', 'llamada', 'bautizado', 'bautizada', 'red', 'fondo', 'premio', 'exposición',
  'película', 'documental', 'libro', 'guía', 'aplicación', 'plataforma', 'sello', 'estatus', 'categoría', 'palabra', 'término',
  'expresión', 'mecanismo', 'foro', 'conferencia', 'taller', 'seminario', 'cumbre', 'pacto', 'declaración', 'marco', 'estudio',
  'encuesta', 'canción', 'semana', 'jornada', 'centro', 'casa', 'grupo', 'colectivo', 'asociación', 'coalición', 'alianza', 'carta',
  'protocolo', 'el', 'los', 'las', 'una', 'unos', 'unas', 'del', 'al',
]);

/**
 * Words that may stand between a quotation and its verb of saying, or between the subject and
 * the verb (`», a ainsi déclaré`, `,” she also said`, `», ha dicho también`). Lower case.
 */
export const ATTRIBUTION_FILLERS = {
  fr: ['a', 'ont', 'avait', 'avaient', 'aura', 'auront', 'est', 'sont', 's’est', "s'est", 'se', 's’', 'lui', 'leur', 'encore', 'également', 'aussi', 'alors', 'ensuite', 'enfin', 'ainsi', 'déjà', 'pour', 'sa', 'son', 'part', 'de', 'côté', 'quant', 'à', 'même', 'plus', 'tard', 'y', 'en', 'ne', 'pas'],
  en: ['has', 'have', 'had', 'also', 'then', 'further', 'later', 'again', 'recently', 'previously', 'will', 'would', 'was', 'is', 'once', 'simply', 'firmly', 'clearly'],
  es: ['ha', 'han', 'había', 'habían', 'también', 'además', 'luego', 'asimismo', 'ya', 'por', 'su', 'parte', 'lo', 'le', 'les', 'se', 'nos', 'me', 'más', 'tarde', 'finalmente'],
} as const;
