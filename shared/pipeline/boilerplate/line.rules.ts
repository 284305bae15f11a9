// Line rules: each looks at one unit on its own (its text, folded text, shape) and says whether
// it is boilerplate. The first rule that holds decides, in table order. The cue phrases come
// from cues.*.ts; all languages apply to every document (an English share bar on a French page).
import type { BoilerplateRuleId } from './boilerplate.rules';
import { DEVICE_SIGNATURES, DOWNLOADS, EMBEDS, FOLLOW_US, MAILER, PLAYER_LABELS, PLAYER_STATUS, TWEET_ATTRIBUTION } from './cues.media';
import { CREDIT_LABELS, FOOTER_ALONE, FOOTER_LINKS, MEDIA_NOUNS, NEWSLETTER, RELATED, RIGHTS, TAXONOMY_LABELS } from './cues.tail';
import {
  ABOUT_PREFIXES, BREADCRUMB_HOME, CONSENT_WORDS, COOKIE_WORDS, EDITOR_NOTES, EMBARGO, END_WORDS, LANGUAGE_LABELS, LANGUAGE_NAMES, PRINT_LINKS,
  READING_TIME, SHARE_ITEMS, SHARE_LABELS, SITE_LABELS, SKIP_LINKS, type Cues,
} from './cues.web';
import { bare, fold, hasEmail, SENTENCE_END, stripMarkup, URL } from './text';
import type { Unit } from './units';
import { isArchiveLine, isWireSlug, isWireSource } from './wire';

/** Folded phrases of every language, as a set. */
export function phrases(list: Cues | readonly string[]): Set<string> {
  const all = Array.isArray(list) ? list : Object.values(list as Cues).flat();
  return new Set(all.map(fold));
}

export { bare };

/** True when `folded` starts with one of `prefixes` followed by the end, a space or punctuation. */
export function startsWithCue(folded: string, prefixes: readonly string[]): boolean {
  return prefixes.some((p) => folded.startsWith(p) && (folded.length === p.length || /[\s:,.;!?'()-]/.test(folded[p.length]!)));
}

const SKIP = phrases(SKIP_LINKS);
const LANGS = phrases(LANGUAGE_NAMES);
const LANGUAGE_LABEL = phrases(LANGUAGE_LABELS);
const COOKIE = COOKIE_WORDS.map(fold);
const CONSENT = CONSENT_WORDS.map(fold);
const HOME = phrases(BREADCRUMB_HOME);
const SHARE_LABEL = phrases(SHARE_LABELS);
const SHARE_ITEM = phrases(SHARE_ITEMS);
const PRINT = phrases(PRINT_LINKS);
const LABELS = phrases(SITE_LABELS);
const EMBARGOES = EMBARGO.map(fold);
const ENDS = new Set(END_WORDS);
const ABOUT = ABOUT_PREFIXES.map(fold);
const NOTES = EDITOR_NOTES.map(fold);
const TAXONOMY = TAXONOMY_LABELS.map(fold).sort((a, b) => b.length - a.length);
const TAXONOMY_SET = new Set(TAXONOMY);
const RELATED_HEADINGS = phrases(RELATED);
const FOOTER = phrases(FOOTER_LINKS);
const FOOTER_SOLO = phrases(FOOTER_ALONE);
const RIGHTS_PHRASES = RIGHTS.map(fold);
const NEWSLETTERS = NEWSLETTER.map(fold);
const MEDIA = phrases(MEDIA_NOUNS);
const CREDITS = CREDIT_LABELS.map(fold).sort((a, b) => b.length - a.length);

const PLAYER = phrases(PLAYER_LABELS);
const EMBED = EMBEDS.map(fold);
const FOLLOW = FOLLOW_US.map(fold);
const DOWNLOAD = DOWNLOADS.map(fold);
const escapeRe = (x: string): string => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const MAILER_ALTS = MAILER.map(fold).map(escapeRe).join('|');
/** Mailer cues at the start of a line, or anywhere in a short line: one pattern each instead of a loop. */
const MAILER_START = new RegExp(`^(?:${MAILER_ALTS})`);
const MAILER_ANY = new RegExp(MAILER_ALTS);
const DEVICES = DEVICE_SIGNATURES.map(fold);

const READING = new RegExp(`^(?:${READING_TIME.map(fold).join('|')})\\s*:?\\s*\\d+\\s*(?:min|mins|minutes?|minutos?|mn)\\b|^\\d+\\s*(?:min|mins|minutes?|minutos?)\\s+(?:de lecture|read|reading|de lectura|lecture)$`);
const BREADCRUMB_SEP = /\s+(?:>|›|»|→|\/|\||::)\s+/;
const PAGE_NUMBER = /^(?:page|pagina|p\.)\s*\d+\s*(?:sur|of|de|\/)\s*\d+$|^-\s?\d{1,3}\s?-$|^\d{1,3}\s*\/\s*\d{1,3}$/;
/** A running head with its page number: `Language Access Line – Page 2`, `Page 3 | Rapport annuel`, `Comunicado · página 2 de 3`. */
const RUNNING_PAGE = /^[^\n]{1,80}\s[-–—|·•]\s*(?:page|pagina|p\.)\s*\d{1,3}(?:\s*(?:sur|of|de|\/)\s*\d{1,3})?$|^(?:page|pagina)\s*\d{1,3}(?:\s*(?:sur|of|de|\/)\s*\d{1,3})?\s*[-–—|·•]\s[^\n]{1,80}$/;
const SDG = /^(?:odd|ods|sdg|sdgs|objectifs? de developpement durable|objetivos? de desarrollo sostenible|sustainable development goals?|goal)\s*(?:n°|no\.?|#)?\s*\d{1,2}\b/;
const LIST_SPLIT = /\s*(?:[|·•,;]|\s-\s|\s–\s|\s—\s)\s*/;

/** Items of a short list line (`a | b | c`), folded and bare. */
function items(folded: string): string[] {
  return folded.split(LIST_SPLIT).map(bare).filter((s) => s !== '');
}

function isCookieBanner(u: Unit): boolean {
  if (u.words > 90 || !COOKIE.some((w) => u.folded.includes(w))) return false;
  return u.words <= 6 || CONSENT.some((w) => u.folded.includes(w));
}

function isBreadcrumb(u: Unit): boolean {
  if (u.length > 400) return false;
  const parts = u.text.split(BREADCRUMB_SEP);
  if (parts.length < 2) return false;
  if (HOME.has(bare(fold(parts[0]!)))) return true;
  return parts.length >= 3 && /[>›»→]/.test(u.text) && parts.slice(0, -1).every((p) => p.split(/\s+/).length <= 6);
}

/** `Partager`, `Share this:`, or `Partager sur : Facebook | X | LinkedIn`. */
function isShareLine(u: Unit): boolean {
  if (u.words > 20) return false;
  const f = u.bare;
  if (SHARE_LABEL.has(f)) return true;
  const colon = f.indexOf(':');
  const label = colon >= 0 ? bare(f.slice(0, colon)) : '';
  const rest = colon >= 0 && SHARE_LABEL.has(label) ? f.slice(colon + 1) : f;
  let list = items(rest);
  // `Facebook Twitter WhatsApp`: networks separated by spaces only.
  if (list.length === 1) list = list[0]!.split(' ');
  return list.length >= 2 && list.every((i) => SHARE_ITEM.has(i));
}

function isEndMark(u: Unit): boolean {
  if (u.words > 5) return false;
  if (/^[#\s]*#[#\s]*#[#\s]*$/.test(u.text)) return true;
  const core = u.folded.replace(/^[\s\-#*=~_.()[\]]+|[\s\-#*=~_.()[\]]+$/g, '');
  if (!ENDS.has(core)) return false;
  return core !== u.folded || /^\p{Lu}+$/u.test(u.text.replace(/\s/g, ''));
}

/** `À propos de l’OIM`, `About IOM`, `Acerca de la OIM` — a heading naming the organization. */
function isAboutHeading(u: Unit): boolean {
  if (u.words > 14) return false;
  const prefix = ABOUT.find((p) => u.folded.startsWith(p + ' ') || (p.endsWith("'") && u.folded.startsWith(p)));
  if (prefix === undefined) return false;
  const rest = u.text.slice(prefix.length).replace(/^\s*(?:(?:l['’]|la |le |les |el |los |las |the |del |du |des ))?/iu, '');
  if (!/^\p{Lu}/u.test(rest)) return false;
  const colon = rest.indexOf(':');
  // `About IOM: IOM is…` holds the blurb on the same line; a heading alone has no sentence end.
  return colon >= 0 ? colon < 80 : !/[.;]$/.test(u.text);
}

function isTaxonomy(u: Unit): boolean {
  // A label alone on its line (`Thématiques`, `Region:`): its values follow on the next lines.
  if (u.words <= 3 && TAXONOMY_SET.has(u.bare)) return true;
  if (u.words > 30 || !u.folded.includes(':')) return false;
  const label = TAXONOMY.find((t) => u.folded.startsWith(t) && /^\s*:/.test(u.folded.slice(t.length)));
  if (label === undefined) return false;
  const value = u.folded.slice(u.folded.indexOf(':') + 1).trim();
  return value !== '' && !/\.$/.test(value) && items(value).every((i) => i.split(' ').length <= 6);
}

/** A copyright or legal-links footer. A `© Agency/Photographer` credit is not a footer. */
function isFooter(u: Unit): boolean {
  if (u.words > 40) return false;
  const f = u.folded;
  if (RIGHTS_PHRASES.some((r) => f.includes(r))) return true;
  if (FOOTER_SOLO.has(u.bare)) return true;
  if (!/[|·•,;-]/.test(f) && !/^(?:©|\(c\)|copyright\b)/.test(f)) return false;
  const list = items(f.replace(/^(?:©|\(c\)|copyright)\s*/, ''));
  const links = list.filter((i) => FOOTER.has(i)).length;
  if (links >= 2 && links * 2 >= list.length) return true;
  if (/^(?:©|\(c\)|copyright\b)/.test(f) && !/\/\s*\S/.test(f)) return links >= 1 || /\b(?:19|20)\d{2}\b/.test(f) && u.words >= 4;
  return false;
}

/** A photo credit on its own line: `© OIM/Adama Traoré`, `Photo : IOM/X`, `Crédit : …`. */
function isCredit(u: Unit): boolean {
  if (u.words > 14 || URL.test(u.text) || (SENTENCE_END.test(u.text) && !/\.$/.test(u.text))) return false;
  if (/^(?:©|\(c\))/.test(u.folded)) return true;
  const label = CREDITS.find((c) => u.folded.startsWith(c));
  return label !== undefined && /^\s*(?::|by\b|por\b|de\b)/.test(u.folded.slice(label.length));
}

/** A caption line ending with its credit: `Refugees attend a class. Photo: IOM/Ion Munteanu`. */
function hasTrailingCredit(u: Unit): boolean {
  if (u.words > 70) return false;
  return /(?:^|\s)(?:photo|foto|credit|credito|crédit|crédito)\s*:\s*[^\s:][^:]{0,80}$|(?:^|\s)©\s*[^\s][^.]{0,80}$/iu.test(u.text) && /[/©]|\p{Lu}\S*$/u.test(u.text);
}

function isMediaLink(u: Unit): boolean {
  // `Descargá fotos y videos aquí`, `Download photos and B-roll`: the link text without its address.
  if (u.words <= 10 && !URL.test(u.text) && startsWithCue(u.folded, DOWNLOAD) && u.folded.split(/[\s,.:;]+/).some((w) => MEDIA.has(w))) return true;
  if (u.words > 35 || !URL.test(u.text) || hasEmail(u.text)) return false;
  const withoutUrl = u.folded.replace(/\b(?:https?:\/\/|www\.)\S*/g, '').replace(/[\s:.,-]+/g, ' ').trim();
  return withoutUrl === '' || withoutUrl.split(' ').some((w) => MEDIA.has(w));
}

/** A line that is only markup: `<div class="x">`, `</div>`, `class="y">` (not a mailto remnant). */
function isHtmlResidue(u: Unit): boolean {
  if (u.seg.text.length > 400 || hasEmail(u.seg.text)) return false;
  const raw = u.seg.text.trim();
  if (/[<>]/.test(raw) && stripMarkup(raw).replace(/[\s<>/"']/g, '') === '') return true;
  return /^(?:[\w-]+="[^"]*"\s*)+\/?>?$/.test(raw) || /^<\/?[A-Za-z][\w-]*(?:\s[^<>]*)?$/.test(raw);
}

/** A line of hashtags only (`#WorldRefugeeDay #Migration`). */
const isHashtags = (u: Unit): boolean => u.words <= 20 && /^(?:#[\p{L}\p{N}_]+[\s,;|·]*)+$/u.test(u.text);

/** `Télécharger le rapport (PDF, 2 Mo)`: a download link printed as a line. */
const FILE_INFO = /\bpdf\b|\b\d+(?:[.,]\d+)?\s?(?:ko|kb|mo|mb|go|gb)\b|\.(?:pdf|docx?|zip)\b/;
const isDownload = (u: Unit): boolean =>
  u.words <= 20 && ((startsWithCue(u.folded, DOWNLOAD) && FILE_INFO.test(u.folded)) || /\((?:pdf|docx?|xlsx?|pptx?|zip|epub)\b[^()]{0,20}\)$|\(\d+(?:[.,]\d+)?\s?(?:ko|kb|mo|mb)\)$/.test(u.folded));

/** `ES | EN`, `Français English Español`, or the switcher's label (`Language`). */
function isLanguageSwitcher(u: Unit): boolean {
  if (u.words > 10) return false;
  if (LANGUAGE_LABEL.has(u.bare)) return true;
  const tokens = u.folded.split(/[\s|/·•,]+/).filter(Boolean);
  return tokens.length >= 2 && tokens.every((t) => LANGS.has(t));
}

/** A section or document label (`COMMUNIQUÉ DE PRESSE`, `Press Release`, `Nota de prensa`). */
export const isSiteLabel = (u: Unit): boolean => u.words <= 6 && LABELS.has(u.bare);

export interface LineRule {
  id: BoilerplateRuleId;
  test: (u: Unit) => boolean;
}

/** In order: the first rule that holds decides. */
export const LINE_RULES: readonly LineRule[] = [
  { id: 'bp-html-residue', test: isHtmlResidue },
  { id: 'bp-skip-link', test: (u) => u.words <= 6 && SKIP.has(u.bare) },
  { id: 'bp-language-switcher', test: isLanguageSwitcher },
  { id: 'bp-cookie-banner', test: isCookieBanner },
  { id: 'bp-breadcrumb', test: isBreadcrumb },
  { id: 'bp-share-bar', test: isShareLine },
  { id: 'bp-print-link', test: (u) => (u.words <= 6 && PRINT.has(u.bare)) || isDownload(u) },
  { id: 'bp-player', test: (u) => u.words <= 14 && (PLAYER.has(u.bare) || PLAYER.has(u.folded) || PLAYER_STATUS.test(u.folded)) },
  { id: 'bp-embed', test: (u) => u.words <= 40 && (EMBED.some((e) => u.folded.startsWith(e)) || TWEET_ATTRIBUTION.test(u.text) || /^pic\.twitter\.com\/\w+$/.test(u.folded)) },
  { id: 'bp-share-bar', test: (u) => (u.words <= 12 && startsWithCue(u.folded, FOLLOW)) || isHashtags(u) },
  { id: 'bp-mailer', test: (u) => u.words <= 20 && (MAILER_START.test(u.folded) || (u.words <= 8 && MAILER_ANY.test(u.folded))) },
  { id: 'bp-list-archive', test: isArchiveLine },
  { id: 'bp-wire-source', test: isWireSource },
  { id: 'bp-wire-slug', test: isWireSlug },
  { id: 'bp-email-signature', test: (u) => u.words <= 10 && startsWithCue(u.folded, DEVICES) },
  { id: 'bp-reading-time', test: (u) => u.words <= 8 && READING.test(u.folded) },
  { id: 'bp-site-label', test: isSiteLabel },
  { id: 'bp-embargo', test: (u) => u.words <= 30 && startsWithCue(u.folded, EMBARGOES) && /\d|until|jusqu|hasta|avant|before|notice|nouvel ordre|nuevo aviso/.test(u.folded) },
  { id: 'bp-end-mark', test: isEndMark },
  { id: 'bp-separator', test: (u) => u.text !== '' && !/[\p{L}\p{N}]/u.test(u.text) },
  { id: 'bp-page-number', test: (u) => (u.words <= 5 && PAGE_NUMBER.test(u.folded)) || (u.words <= 16 && /pag|p\./.test(u.folded) && RUNNING_PAGE.test(u.folded)) },
  { id: 'bp-editor-note', test: (u) => startsWithCue(u.folded, NOTES) },
  { id: 'bp-about', test: isAboutHeading },
  { id: 'bp-bracket-note', test: (u) => u.words >= 2 && u.length <= 400 && /^\[[^\]]+\]$/.test(u.text) },
  { id: 'bp-sdg-tag', test: (u) => u.words <= 14 && !/[.!?]$/.test(u.text) && SDG.test(u.folded) },
  { id: 'bp-taxonomy', test: isTaxonomy },
  { id: 'bp-related', test: (u) => u.words <= 8 && RELATED_HEADINGS.has(u.bare) },
  { id: 'bp-newsletter', test: (u) => u.words <= 12 && (u.words <= 6 || !/\.$/.test(u.text)) && startsWithCue(u.folded, NEWSLETTERS) },
  { id: 'bp-footer', test: isFooter },
  { id: 'bp-credit', test: isCredit },
  { id: 'bp-caption', test: hasTrailingCredit },
  { id: 'bp-media-link', test: isMediaLink },
];
