// One contact line cut into its fields: names, organisations, roles, location labels, phones and
// e-mails, in the order written, with the separator before each. Pure; lines are short (the
// caller caps them), every pattern is bounded.
import { bare, isAcronym, readName, roleIn, tokenize, unelide } from '../quotes/names';
import { ADDRESS_WORDS, FIELD_LABELS, LOCATION_PREPOSITIONS, NON_JOB_ROLES, ORG_ACRONYMS, ORG_WORDS, PLACEHOLDER_LOCAL_WORDS } from './contacts.rules';
import { findPhones, tidyPhone } from './phones';

export type PartKind = 'name' | 'org' | 'role' | 'location' | 'phone' | 'fax' | 'email' | 'email-hidden' | 'label' | 'web' | 'address' | 'other' | 'prose';

/** A field of a contact line. */
export interface Part {
  kind: PartKind;
  /** The field as it goes into the contact (name without honorific, phone as written…). */
  value: string;
  /** The separator written before this part on its line (`, `, ` – `, ` | `), '' at line start. */
  sep: string;
  /** First part of its line. */
  lineStart: boolean;
  /** For labels: the field they announce. */
  announces?: 'phone' | 'mobile' | 'fax' | 'email' | 'name' | 'role' | 'org' | 'web';
  /** For e-mails: found inside an HTML remnant or rebuilt from `[at]`/`[dot]`. */
  via?: 'mailto' | 'deobfuscated';
}

const EMAIL = /[\p{L}\p{N}._%+'-]{1,64}@[\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63}){0,8}\.\p{L}{2,24}/gu;
const HIDDEN_EMAIL = /\[\s*email(?:\s|&#160;|&nbsp;)*protected\s*\]/giu;
const OBFUSCATED = /([\p{L}\p{N}._%+-]{1,64})\s?[[({]\s?(?:at|arroba|chez|@)\s?[\])}]\s?([\p{L}\p{N}-]{1,63}(?:\s?(?:[[({]\s?(?:dot|point|punto)\s?[\])}]|\.)\s?[\p{L}\p{N}-]{1,63}){1,6})/giu;
const HTML_TAG = /<\/?[a-zA-Z][^<>@]{0,200}>/gu;
const HTML_ATTR = /\b(?:href|class|target|title|rel|style|id)\s*=\s*"[^"]{0,300}"|"?mailto:|">|<\/a>?/giu;
const URL = /(?:https?:\/\/|www\.)\S{1,300}/giu;
// Between fields: spaced dashes, pipes, commas, semicolons, spaced slashes, tabs, wide gaps, brackets.
const SEPARATORS = /\s+(?:[|–—-]|--)\s+|\s*\|\s*|,\s+|;\s+|\s+\/\s+|\t+|\s{3,}|\s*[\u0001\u0002]\s*/gu;
// Words in brackets (`Jane Doe (IOM Geneva)`, `(bureau)`) become a piece of their own between two
// marks that SEPARATORS cuts on (decoded text has no control characters); not a number's `(0)`
// or `(202)`, not an address written `jdoe (at) example (dot) org`.
const BRACKETED = /\s+\((?!(?:at|dot|arroba|punto|point|chez)\))([^()\d]{2,60})\)/gu;

/** `Tél. :`, `E-mail:`, `Cel.:`, `T`, `(bureau)`, `Mob./WhatsApp` → the field it announces, or null. */
export function labelOf(text: string): Part['announces'] | null {
  const t = text.toLowerCase().replace(/[\s\u00A0\u202F]+/gu, ' ').replace(/^[\s(]+|[\s.:：()-]+$/gu, '').trim();
  if (t === '' || t.length > 30) return null;
  const one = (w: string) => FIELD_LABELS[w] ?? FIELD_LABELS[w.replace(/\.$/, '')] ?? FIELD_LABELS[w.replace(/\./g, '')] ?? null;
  const whole = one(t);
  if (whole) return whole;
  // `Tel/Fax`, `Mob./WhatsApp`, `Tél. & fax`: every piece a label; the first one says what follows.
  const pieces = t.split(/\s*[/&+,]\s*|\s+(?:et|and|y|ou|or|o)\s+/u).map((w) => w.replace(/[\s.:]+$/u, '')).filter(Boolean);
  if (pieces.length < 2 || !pieces.every((w) => one(w))) return null;
  return one(pieces[0]!);
}

/** Little words around a field in a sentence-like contact (`Jane Doe at +41…`, `ou par courriel`). */
const CONNECTORS_BEFORE = /^(?:(?:at|au|à|al|en|or|ou|o|on|sur|by|par|and|et|y|via|call|appelez|llame|joindre|contact(?:er|ez)?|contactar|please|merci|gracias|thanks)\b[\s,]*)+/iu;
// Case-sensitive: a capitalised `Sur` or `On` ends a name (`Colectivo Frontera Sur`), a lower-case one is a connector.
const CONNECTORS_AFTER = /(?:[\s,]*\b(?:at|au|à|al|en|or|ou|o|on|sur|by|par|and|et|y|via|[Tt]el|TEL|[Pp]hone|[Ee]-?mail|[Mm]obile|n°|[Nn]o)\.?)+[\s:]*$/u;

/** The e-mail address written with `[at]`/`(dot)` rebuilt (`jdoe [at] example [dot] org`). */
function deobfuscate(text: string): string | null {
  OBFUSCATED.lastIndex = 0;
  const m = OBFUSCATED.exec(text);
  if (!m) return null;
  const domain = m[2]!.replace(/\s?(?:[[({]\s?(?:dot|point|punto)\s?[\])}]|\.)\s?/giu, '.');
  return `${m[1]}@${domain}`;
}

/** True when a phrase is an organisation: an org word (`Bureau`, `Unit`, `Oficina`) or an acronym first. */
function isOrg(words: readonly string[]): { at: number } | null {
  for (let i = 0; i < words.length && i < 8; i++) {
    // `WFP/Geneva`, `OIM/Dakar`: each side of a slash counts.
    for (const w of unelide(bare(words[i]!)).split('/')) {
      if (ORG_WORDS.has(w.toLowerCase()) || ORG_ACRONYMS.has(w.replace(/['’]s$/u, '')) || (i === 0 && isAcronym(w) && !allCapsName(words))) return { at: i };
    }
  }
  return null;
}

const LOWER_WORD = /^\p{Ll}/u;

/**
 * True when an organisation part names an office by an office word (`Unit`, `Bureau`, `Oficina`)
 * or is short (`OIM Sénégal`): a long run led only by an acronym may be a headline (`IOM Welcomes
 * New Funding for Refugee Resettlement`) printed under a contact block.
 */
export function isOfficeLike(value: string): boolean {
  const words = value.split(/\s+/u);
  return words.length <= 4 || words.some((w) => w.split('/').some((x) => ORG_WORDS.has(unelide(bare(x)).toLowerCase())));
}

/** `JANE DOE`, `MARÍA JOSÉ DE LA CRUZ`: a name in capitals (two to five words, none an organisation's). */
function allCapsName(words: readonly string[]): boolean {
  if (words.length < 2 || words.length > 5) return false;
  return words.every((w) => {
    const b = bare(w);
    return /^\p{Lu}[\p{Lu}’'-]+$|^(?:DE|DEL|LA|LE|DU|VAN|VON|BEN|EL|AL)$/u.test(b) && !ORG_ACRONYMS.has(b) && !ORG_WORDS.has(b.toLowerCase());
  });
}

/**
 * What a piece of text between separators is: a person's name (read without honorific), an
 * organisation, a role, a label, an address, prose, or other. `text` has no phone or e-mail.
 */
export function classifyText(text: string): { kind: PartKind; value: string; announces?: Part['announces'] } {
  // An unmatched bracket left by a cut (`Jane Doe (` before `jane@…; +1…)`) is no part of the field.
  const cleaned = text.trim().replace(/[\s\u00A0]+/gu, ' ').replace(/[<>]/gu, ' ').replace(/\s*\($|^\)\s*/gu, '').replace(/^[\s:;,.–—-]+|[\s:;,–—-]+$/gu, '');
  if (cleaned === '') return { kind: 'label', value: '' };
  const label = labelOf(cleaned);
  if (label) return { kind: 'label', value: cleaned, announces: label };
  const value = cleaned.replace(CONNECTORS_BEFORE, '').replace(CONNECTORS_AFTER, '').replace(/^[\s:;,.–—-]+|[\s:;,–—-]+$/gu, '').trim();
  if (value === '') return { kind: 'label', value: '' };
  const label2 = labelOf(value);
  if (label2) return { kind: 'label', value, announces: label2 };
  if (ADDRESS_WORDS.test(value)) return { kind: 'address', value };
  const words = value.split(' ');
  const tokens = tokenize(value);
  const name = readName(tokens, 0, value);
  const wholeName = name !== null && name.next === tokens.length;
  // An honorific says person whatever the words (`Sra. María José de la Cruz`).
  if (wholeName && name.honorific) return { kind: 'name', value: name.name };
  const found = roleIn(words, 5);
  const role = found !== null && !NON_JOB_ROLES.has(found.group) ? found : null;
  const org = isOrg(words);
  if (role && (!org || role.at < org.at)) return { kind: 'role', value };
  if (org) return { kind: 'org', value };
  if (wholeName && tokens.length >= 2) return { kind: 'name', value: name.name };
  if (allCapsName(words)) return { kind: 'name', value };
  const lower = words.filter((w) => LOWER_WORD.test(w)).length;
  if (words.length >= 5 && lower >= 3) return { kind: 'prose', value };
  return { kind: 'other', value };
}

/**
 * A location label opening the line (`À Genève :`, `In Port Sudan:`, `Desde Bogotá:`): the label
 * as written without the colon, and where the rest starts. Null when there is none.
 */
export function locationLabel(line: string): { label: string; rest: number } | null {
  const m = /^([\p{L}]{1,6})\s+((?:l['’]|la |le |the )?\p{Lu}[^:：]{0,48}?)\s*[:：]\s*/u.exec(line);
  if (m && LOCATION_PREPOSITIONS.includes(m[1]!.toLowerCase()) && !/\d|@/.test(m[2]!)) return { label: `${m[1]} ${m[2]}`.trim(), rest: m[0].length };
  // `In Geneva, Shabia Mantoo, …`: a comma instead of the colon, when a person's name follows.
  const c = /^([\p{L}]{1,6})\s+((?:l['’]|la |le |the )?\p{Lu}[\p{L}’'-]*(?:\s(?:\p{Lu}[\p{L}’'-]*|de|del|du|la|le|of))?(?:\s\p{Lu}[\p{L}’'-]*)?)\s*,\s*([^,]{3,60})/u.exec(line);
  if (c && LOCATION_PREPOSITIONS.includes(c[1]!.toLowerCase()) && classifyText(c[3]!).kind === 'name') {
    return { label: `${c[1]} ${c[2]}`, rest: c[0].length - c[3]!.length };
  }
  return null;
}

/** `prénom.nom@example.org`, `firstname.lastname@…`: the pattern of an office's addresses, not an address. */
export function isPlaceholderEmail(address: string): boolean {
  const local = address.slice(0, address.indexOf('@')).normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
  const words = local.split(/[._-]+/u).filter(Boolean);
  return words.length > 0 && words.every((w) => PLACEHOLDER_LOCAL_WORDS.has(w) || /^x+$/u.test(w));
}

/** `Sanjay Mehta at IOM Geneva`, `Ana Ruiz de la OIM`: a person's name, a preposition, then an office. */
const NAME_AT_ORG = /^(.{3,60}?)\s+(?:at|from|of|with|à|de|chez|auprès de|del|de la|en)\s+(.{2,80})$/u;

function nameAtOrg(text: string): { name: string; org: string } | null {
  const m = NAME_AT_ORG.exec(text.trim());
  if (!m) return null;
  const tokens = tokenize(m[1]!);
  const name = readName(tokens, 0, m[1]!);
  if (name === null || name.next !== tokens.length || tokens.length < 2 || isOrg(m[1]!.split(/\s+/u)) !== null) return null;
  const org = classifyText(m[2]!);
  return org.kind === 'org' ? { name: name.name, org: org.value } : null;
}

/** Cuts a piece (no separators inside) into label/phone/e-mail/text parts. */
function cutPiece(piece: string, sep: string, out: Part[]): void {
  // `Nom : Jane Doe`, `Fonction : chargée de communication`, `Organisation : OIM Niger`.
  const labelled = /^([\p{L}][\p{L} .'’/-]{0,24}?)\s*[:：]\s*(\S.*)$/u.exec(piece);
  const announces = labelled ? labelOf(labelled[1]!) : null;
  if (labelled && (announces === 'name' || announces === 'role' || announces === 'org') && !/@|\d{4}/u.test(labelled[2]!)) {
    const value = labelled[2]!.trim();
    const tokens = tokenize(value);
    const name = announces === 'name' ? readName(tokens, 0, value) : null;
    out.push({ kind: announces, value: name && name.next === tokens.length ? name.name : value, sep, lineStart: false });
    return;
  }
  // `Chargée de communication : Fatou Ba`, `IOM Geneva: Jane Doe` — a role or an office, then the person.
  if (labelled && announces === null && !/@|\d{4}/u.test(labelled[2]!)) {
    const left = classifyText(labelled[1]!);
    const right = classifyText(labelled[2]!);
    if ((left.kind === 'role' || left.kind === 'org') && right.kind === 'name') {
      out.push({ kind: left.kind, value: left.value, sep, lineStart: false }, { kind: 'name', value: right.value, sep: ': ', lineStart: false });
      return;
    }
  }
  let text = piece;
  const emails: { value: string; via?: Part['via'] }[] = [];
  // Cheap checks first: most pieces hold no address at all.
  if (text.includes('[') && HIDDEN_EMAIL.test(text)) {
    emails.push({ value: '' });
    text = text.replace(HIDDEN_EMAIL, ' ');
  }
  const mailto = /mailto:/iu.test(text);
  if (text.includes('<')) text = text.replace(HTML_TAG, ' ');
  EMAIL.lastIndex = 0;
  const found = text.includes('@') ? (text.match(EMAIL) ?? []) : [];
  if (found.length > 0) {
    // Inside an HTML remnant the address is printed twice (`mailto:x">x</a>`): once is enough.
    for (const e of new Set(found)) if (!isPlaceholderEmail(e)) emails.push({ value: e.replace(/^mailto:/iu, ''), via: mailto ? 'mailto' : undefined });
    text = text.replace(EMAIL, ' ').replace(HTML_ATTR, ' ');
  } else if (/[[({]\s?(?:at|arroba|chez|@)\s?[\])}]/iu.test(text)) {
    const rebuilt = deobfuscate(text);
    if (rebuilt) {
      emails.push({ value: rebuilt, via: 'deobfuscated' });
      OBFUSCATED.lastIndex = 0;
      text = text.replace(OBFUSCATED, ' ');
    }
  }
  if (/https?:|www\./iu.test(text)) {
    text = text.replace(URL, (u) => {
      out.push({ kind: 'web', value: u, sep, lineStart: false });
      return ' ';
    });
  }
  const phones = /\d[^\d]{0,3}\d/u.test(text) ? findPhones(text) : [];
  let at = 0;
  let labelAnnounce: Part['announces'] | null = null;
  for (const ph of phones) {
    const before = text.slice(at, ph.start);
    if (before.trim() !== '') {
      // `(out of hours: 07700…)`, `(en dehors des heures : …)`: a bracketed or lower-case qualifier ending in a colon announces a number.
      const qualifier = /^[\s(]*(?:\(|\p{Ll})[^\d@]{0,40}:\s*$/u.test(before) && before.trim().split(/\s+/u).length <= 6;
      const c = qualifier ? { kind: 'label' as const, value: before.trim(), announces: 'phone' as const } : classifyText(before);
      // A phone after words that are not a label (`appelez le 80 555 010`) is a sentence.
      if (c.kind !== 'label') {
        const kept = c.kind === 'name' || c.kind === 'org' || c.kind === 'role' || (c.kind === 'other' && !/(?:^|\s)\p{Ll}/u.test(c.value));
        out.push({ kind: kept ? c.kind : 'prose', value: c.value, sep, lineStart: false });
      }
      labelAnnounce = c.announces ?? null;
    }
    out.push({ kind: labelAnnounce === 'fax' ? 'fax' : 'phone', value: tidyPhone(ph.text), sep, lineStart: false });
    at = ph.end;
    labelAnnounce = null;
  }
  const rest = text.slice(at);
  const split = rest.trim() !== '' ? nameAtOrg(rest) : null;
  if (split !== null) {
    out.push({ kind: 'name', value: split.name, sep, lineStart: false }, { kind: 'org', value: split.org, sep: ' ', lineStart: false });
  } else if (rest.trim() !== '') {
    const c = classifyText(rest);
    if (!(c.kind === 'label' && (emails.length > 0 || phones.length > 0)) && !(emails.length > 0 && c.kind === 'other' && /^[\s"'>=\p{P}]*$/u.test(rest))) {
      out.push({ kind: c.kind, value: c.value, sep, lineStart: false, ...(c.announces ? { announces: c.announces } : {}) });
    }
  }
  for (const e of emails) {
    out.push(e.value ? { kind: 'email', value: e.value, sep, lineStart: false, ...(e.via ? { via: e.via } : {}) } : { kind: 'email-hidden', value: '', sep, lineStart: false });
  }
}

/**
 * The parts of one contact line in reading order: an optional location label first, then the
 * pieces between separators (`, `, ` – `, ` | `, ` / `), each cut into label, phone and e-mail
 * parts. Pure.
 */
export function partsOfLine(line: string): Part[] {
  const out: Part[] = [];
  let text = line
    .replace(/[\u00A0\u202F]/gu, ' ')
    .replace(/[\u0001\u0002]/gu, ' ')
    .replace(BRACKETED, '\u0001$1\u0002')
    // A list marker before a contact (`- In Geneva, …`, `• Jane Doe`).
    .replace(/^\s*(?:[-–—•·*▪◦]|\d{1,2}[.)])\s+(?=\S)/u, '');
  const loc = locationLabel(text);
  if (loc) {
    out.push({ kind: 'location', value: loc.label, sep: '', lineStart: true });
    text = text.slice(loc.rest);
  }
  SEPARATORS.lastIndex = 0;
  let at = 0;
  let sep = '';
  const cut = (end: number, nextSep: string) => {
    const piece = text.slice(at, end);
    if (piece.trim() !== '') cutPiece(piece, sep, out);
    sep = nextSep;
  };
  for (let m = SEPARATORS.exec(text); m; m = SEPARATORS.exec(text)) {
    cut(m.index, m[0]);
    at = m.index + m[0].length;
  }
  cut(text.length, '');
  if (out.length > 0) out[0]!.lineStart = true;
  return out;
}
