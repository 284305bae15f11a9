// French punctuation: apostrophe, ellipsis and etc., spaces before ; ! ? : and inside « ».
// Imprimerie nationale (Lexique des règles typographiques); Québec and Switzerland read the profile.
import type { RegexRule } from '../model';

const SP = '[ \\t\\u00A0\\u202F]';

/** French: the typographic apostrophe ’ (U+2019), also in glued text and for a misused ‘ or `. */
export const frApostrophe: RegexRule = {
  id: 'fr-apostrophe',
  langs: ['fr'],
  norm: 'Imprimerie nationale',
  safe: true,
  when: (t) => /['‘´ʼ`]|’ /u.test(t),
  // Between letters (aujourd'hui, l'OIM), an elided article followed by a space (l' OIM) or a
  // quotation mark (l'« Accord »). The mark comes first and the word before it is checked behind
  // it: a pattern led by a character class is scanned for that character, not tried everywhere.
  find: /['‘´ʼ`’](?:(?<=\p{L}['‘´ʼ`])(?=\p{L})|(?<=(?<![\p{L}\p{N}])(?:[cdjlmnstCDJLMNST]|[Qq]u|[Jj]usqu|[Ll]orsqu|[Pp]uisqu|[Qq]uoiqu|[Pp]resqu)['‘´ʼ’]) (?=\p{L})|(?<=(?<![\p{L}\p{N}])(?:[cdjlmnstCDJLMNST]|[Qq]u|[Jj]usqu|[Ll]orsqu|[Pp]uisqu|[Qq]uoiqu|[Pp]resqu)['‘´ʼ])(?=[«"“]))/gu,
  fix: () => '’',
  message: {
    fr: 'Apostrophe typographique ’',
    en: 'Typographic apostrophe ’ in French',
    es: 'Apóstrofo tipográfico ’ en francés',
  },
  examples: [
    ["aujourd'hui", 'aujourd’hui'],
    ["l'OIM", 'l’OIM'],
    ['l‘État', 'l’État'],
    ["l'« Accord »", 'l’«\u202FAccord\u202F»'],
  ],
};

/** French: three dots are one ellipsis character … */
export const frEllipsis: RegexRule = {
  id: 'fr-ellipsis',
  langs: ['fr'],
  norm: 'Imprimerie nationale',
  safe: true,
  when: (t) => t.includes('..') || t.includes('. .') || t.includes(' …') || t.includes('\u00A0…'),
  // Three dots, or spaced dots, and the space before them after a word (IN: glued to the word);
  // an ellipsis standing alone for omitted words ("[…]", "… et") keeps its spaces.
  find: /(?<=[\p{L}\p{N}])[ \u00A0](?:\.{3,}|…|\. \. \.)(?!\.)(?=\s|$|[»”),;:!?…])|(?<!\.)\.{3,}(?!\.)|(?<!\.)\. \. \.(?! \.)/gu,
  fix: () => '…',
  message: {
    fr: 'Points de suspension\u00A0: un seul caractère …',
    en: 'Ellipsis: one character …',
    es: 'Puntos suspensivos: un solo carácter …',
  },
  examples: [
    ['Et puis...', 'Et puis…'],
    ['des bâches ...', 'des bâches…'],
    ['un texte […] coupé', 'un texte […] coupé'],
  ],
};

/** French: `etc.` is never followed by an ellipsis, and is preceded by a comma. */
export const frEtc: RegexRule = {
  id: 'fr-etc',
  langs: ['fr'],
  norm: 'Imprimerie nationale',
  safe: true,
  when: (t) => t.includes('etc'),
  // `tentes etc.` lacks its comma; `etc...`, `etc.…`, `etc…` have too many points.
  find: /(?<=[\p{L}\p{N})»”’]),? +etc(?:[ \u00A0]*(?:\.*…|\.{2,})|\.)?(?![\p{L}\p{N}])|(?<![\p{L}\p{N}, ])etc(?:[ \u00A0]*(?:\.*…|\.{2,}))(?![\p{L}\p{N}])/gu,
  fix: (m) => (m[0].startsWith('etc') ? 'etc.' : ', etc.'),
  message: {
    fr: 'Etc.\u00A0: une virgule avant, un seul point après',
    en: 'Etc.: a comma before it, a single period after it',
    es: 'Etc.: una coma antes, un solo punto después',
  },
  examples: [
    ['des tentes, des bâches etc...', 'des tentes, des bâches, etc.'],
    ['des tentes, des bâches, etc...', 'des tentes, des bâches, etc.'],
    ['des tentes etc ...', 'des tentes, etc.'],
  ],
};

/**
 * French: before ; ! ? the profile's space (France and Switzerland: U+202F, exactly one; Québec:
 * none, OQLF — a thin space is also accepted there); none between ?! and other runs of them.
 */
export const frDoublePunct: RegexRule = {
  id: 'fr-nnbsp-before-double-punct',
  langs: ['fr'],
  norm: 'Imprimerie nationale',
  safe: true,
  when: (t) => /[;!?]/u.test(t),
  find: new RegExp(`(?<=[^\\s;!?(\\[])${SP}*[;!?](?:${SP}*[!?])*`, 'gu'),
  fix: (m, { env }) => {
    const marks = m[0].replace(/[ \t\u00A0\u202F]/gu, '');
    const lead = m[0].slice(0, m[0].length - m[0].trimStart().length);
    // OQLF allows none or a thin space: an existing U+202F is correct in Québec too.
    if (env.beforeDoublePunct === '' && lead === '\u202F' && m[0] === `\u202F${marks}`) return null;
    return env.beforeDoublePunct + marks;
  },
  message: {
    fr: 'Espace fine insécable avant ; ! ? (aucune au Québec, aucune entre ?!)',
    en: 'Narrow no-break space before ; ! ? in French (none in Quebec, none inside ?!)',
    es: 'Espacio fino de no separación antes de ; ! ? en francés (ninguno en Quebec ni dentro de ?!)',
  },
  examples: [
    ['Et maintenant?', 'Et maintenant\u202F?'],
    ['Vraiment ? !', 'Vraiment\u202F?!'],
    ['Pourquoi  ?', 'Pourquoi\u202F?'],
  ],
};

/** French: a no-break space before the colon (Switzerland: the narrow one); never in URLs, times, ratios, code. */
export const frColon: RegexRule = {
  id: 'fr-nbsp-before-colon',
  langs: ['fr'],
  norm: 'Imprimerie nationale',
  safe: true,
  when: (t) => t.includes(':'),
  // Only a colon ending a word and followed by a space, a quote or the end (a:b is not punctuation).
  find: new RegExp(`(?<=[^\\s:(\\[])${SP}*:(?=[\\s«"“]|$)`, 'gu'),
  fix: (m, { text, env }) => {
    // "key":"value" is data, not prose.
    if (text[m.index - 1] === '"' && text[m.index + m[0].length] === '"') return null;
    return `${env.beforeColon}:`;
  },
  message: {
    fr: 'Espace insécable avant le deux-points (fine en Suisse)',
    en: 'No-break space before a colon in French (narrow in Switzerland)',
    es: 'Espacio de no separación antes de los dos puntos en francés (fino en Suiza)',
  },
  examples: [['Objectif : 2030', 'Objectif\u00A0: 2030']],
};

/** French: the profile's no-break space inside « » (a narrow one by default), exactly one. */
export const frGuillemetSpace: RegexRule = {
  id: 'fr-guillemets-space',
  langs: ['fr'],
  norm: 'Imprimerie nationale',
  safe: true,
  when: (t) => t.includes('«') || t.includes('»'),
  // An empty pair « » is left as typed.
  find: new RegExp(`«${SP}*(?=[^\\s»])|(?<=[^\\s«])${SP}*»`, 'gu'),
  fix: (m, { env }) => (m[0].startsWith('«') ? `«${env.insideGuillemets}` : `${env.insideGuillemets}»`),
  message: {
    fr: 'Espace fine insécable à l’intérieur des guillemets «\u202F» (insécable au Québec)',
    en: 'Narrow no-break space inside French guillemets « » (full no-break space in Quebec)',
    es: 'Espacio fino de no separación dentro de las comillas francesas en francés (normal en Quebec)',
  },
  examples: [['« Partir »', '«\u202FPartir\u202F»']],
};
