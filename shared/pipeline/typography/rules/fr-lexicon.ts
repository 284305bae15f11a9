// Curated French word lists for the lexical rules (accented capitals, ligatures, compounds).
// Lists, not guesses: a word absent from them is never changed.

/** Words whose capital initial carries an accent (Imprimerie nationale: accents on capitals). */
export const ACCENTED_CAPITALS: readonly string[] = [
  'État', 'États', 'Égypte', 'Égyptien', 'Égyptienne', 'Égyptiens', 'Égyptiennes', 'Équateur', 'Équatorien', 'Équatoriens',
  'Équatoriale', 'Équatorial', 'École', 'Écoles', 'Église', 'Églises', 'Élection', 'Élections', 'Électoral', 'Électorale',
  'Économie', 'Économies', 'Économique', 'Économiques', 'Économiste', 'Économistes', 'Également', 'Étude', 'Études',
  'Étudiant', 'Étudiants', 'Étudiante', 'Étudiantes', 'Énergie', 'Énergies', 'Éducation', 'Éducatif', 'Éducative',
  'Élaboration', 'Évaluation', 'Évaluations', 'Événement', 'Événements', 'Évènement', 'Évènements', 'Édition', 'Éditions',
  'Émirats', 'Éthiopie', 'Éthiopien', 'Éthiopienne', 'Éthiopiens', 'Érythrée', 'Érythréen', 'Érythréens', 'Établissement',
  'Établissements', 'Équipe', 'Équipes', 'Égalité', 'Électricité', 'Élève', 'Élèves', 'Épidémie', 'Épidémies', 'Évolution',
  'Élargissement', 'Émission', 'Émissions', 'Étranger', 'Étrangers', 'Étrangère', 'Étrangères', 'Évacuation', 'Évacuations',
  'Équité', 'Écologie', 'Écologique', 'Élu', 'Élus', 'Élue', 'Élues', 'Étape', 'Étapes', 'Échange', 'Échanges', 'Écosse',
  'Émigration', 'Émigrés', 'Équipement', 'Équipements', 'Été', 'Évidemment', 'Étant', 'Était', 'Étaient', 'Énormément',
  'Élysée', 'Épargne', 'Époque', 'Équilibre', 'Érosion', 'Éruption', 'Étiquette', 'Éventuellement', 'Évaluer', 'Élaborer',
  'Établir', 'Éviter', 'Écrire', 'Écrit', 'Écrits', 'Élément', 'Éléments', 'Éloignement', 'Émergence', 'Épisode', 'Éthique',
  'Étoile', 'Étudier', 'Événementiel', 'Électeur', 'Électeurs', 'Électrice', 'Électrices', 'Élevage', 'Éleveurs', 'Énergétique',
  'Énergétiques', 'Épreuve', 'Épreuves', 'Évasion', 'Éveil', 'Évêque', 'Évêques', 'Écrivain', 'Écrivains', 'Écran', 'Écrans', 'Édifice',
  'Éditeur', 'Éditeurs', 'Éditorial', 'Élite', 'Élites', 'Émeutes', 'Émotion', 'Émotions', 'Épicentre', 'Épuisement', 'Étendue',
  'Évidence', 'Éviction', 'Évolutions', 'Écologiques', 'Écart', 'Écarts', 'Échec', 'Échecs', 'Échelle', 'Échelon', 'Échéance',
  'Échéances', 'Écoute', 'Éthiopiennes', 'Égyptiens', 'Émiratis', 'Équatoriens', 'Établissement', 'Étatique', 'Étatiques',
];

/** Words written with œ or æ; a word is changed only if it starts with one of these stems. */
export const LIGATURE_STEMS: readonly string[] = [
  'œuvr', 'manœuvr', 'désœuvr', 'sœur', 'cœur', 'chœur', 'rancœur', 'écœur', 'œil', 'œill', 'œuf', 'bœuf', 'vœu', 'nœud',
  'œcuméni', 'œsophag', 'œnolog', 'œstrog', 'œdème', 'œdémat', 'mœurs', 'fœtus', 'fœtal', 'cœlacanthe', 'œdipe', 'phœnix',
  'cæcum', 'tænia', 'contrecœur',
];

/** Words with "oe" that never take the ligature (co-exister, moelle, poêle, names). */
export const LIGATURE_NEVER: readonly string[] = ['coefficient', 'coexist', 'coéquip', 'coercit', 'coerci', 'coextens', 'moelle', 'moell', 'poele', 'poêle', 'goeland', 'goéland', 'boeing', 'noel', 'citroen'];

/**
 * Compounds whose hyphens are often left out (TYPOGRAPHY.md, hyphens and dashes), written as they
 * should be; meaning-dependent pairs are absent (peut être / peut-être).
 */
export const COMPOUNDS: readonly string[] = [
  'c’est à dire', 'vis à vis', 'au delà', 'au dessus', 'au dessous', 'par dessus', 'par dessous', 'là bas', 'là haut',
  'celui ci', 'celle ci', 'ceux ci', 'celles ci', 'celui là', 'celle là', 'ceux là', 'celles là', 'ci dessus', 'ci dessous',
  'ci après', 'ci contre', 'ci joint', 'ci jointe', 'ci joints', 'ci jointes', 'après midi', 'rendez vous', 'week end',
  'week ends', 'grand chose', 'quelques uns', 'quelques unes', 'porte parole', 'portes parole', 'sous région', 'sous régions',
  'sous régional', 'sous régionale', 'sous régionaux', 'sous régionales', 'États Unis', 'Royaume Uni', 'Pays Bas',
  'Guinée Bissau', 'Cap Vert', 'Porto Novo', 'Timor Leste', 'Nouvelle Zélande', 'Nouvelle Calédonie', 'Trinité et Tobago',
  'Saint Siège', 'Moyen Orient', 'Proche Orient', 'Nord Kivu', 'Sud Kivu', 'vice président', 'vice présidente',
  'vice présidents', 'vice présidentes', 'mi parcours', 'mi chemin', 'demi heure', 'chef lieu', 'chefs lieux',
  'arc en ciel', 'dix sept', 'dix huit', 'dix neuf', 'soixante dix',
  'quatre vingt', 'quatre vingts', 'quatre vingt dix', 'là dessus', 'là dedans', 'avant hier', 'après demain', 'grand mère',
  'grand père', 'grands parents', 'grands pères', 'grands mères', 'beau frère', 'belle sœur', 'chef d’œuvre', 'chefs d’œuvre',
  'main d’œuvre', 'Port au Prince', 'Haut Commissariat', 'Haut Commissaire', 'Haute Commissaire', 'Extrême Orient', 'Asie Pacifique', 'Bosnie Herzégovine', 'Papouasie Nouvelle Guinée', 'Nouvelle Guinée',
  'Addis Abeba', 'Antigua et Barbuda', 'Sao Tomé et Principe',
  ...['vingt', 'trente', 'quarante', 'cinquante', 'soixante'].flatMap((t) =>
    ['deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf'].map((u) => `${t} ${u}`),
  ),
]
  .map((c) => c.replace(/ /gu, '-'))
  .concat(['est-ce que', 'est-ce qu’', 'qu’est-ce que', 'qu’est-ce qui', 'n’est-ce pas']);

/** Words after a capital "A" opening a sentence that make it the preposition "À". */
export const A_GRAVE_NEXT: ReadonlySet<string> = new Set([
  'partir', 'la', 'travers', 'cet', 'cette', 'ce', 'ces', 'leur', 'leurs', 'son', 'sa', 'ses', 'mon', 'ma', 'mes', 'notre',
  'nos', 'votre', 'vos', 'cause', 'propos', 'noter', 'savoir', 'titre', 'terme', 'moins', 'peine', 'présent', 'compter',
  'chaque', 'tout', 'tous', 'toutes', 'toute', 'quelques', 'plusieurs', 'long', 'court', 'deux', 'trois', 'quatre', 'cinq',
  'six', 'sept', 'huit', 'neuf', 'dix', 'vingt', 'cent', 'mille', 'peu', 'part', 'côté', 'défaut', 'nouveau', 'bientôt',
  'demain', 'mesure', 'mi-parcours', 'quoi', 'qui', 'quel', 'quelle', 'quels', 'quelles', 'condition', 'force', 'nouveau',
  'terme', 'venir', 'ceux', 'celles', 'celui', 'celle', 'elle', 'elles', 'eux', 'lui', 'nous', 'vous', 'travers', 'base',
  'hauteur', 'proximité', 'destination', 'partir', 'vrai', 'suivre', 'une', 'un', 'plus', 'près',
]);
