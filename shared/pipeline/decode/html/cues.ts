// What an element is by its tag, role, attributes and class/id cue words (html.rules.ts).
import {
  ARTICLE_ROLES,
  CAPTION_CLASS_CUES,
  CHROME_CLASS_CUES,
  CHROME_LABEL_CUES,
  CHROME_ROLES,
  CHROME_TAGS,
  CONTENT_CLASS_CUES,
  MAIN_ROLES,
  type ClassCue,
} from '../html.rules';
import { attr, fold, namesOf, wordsOf, type Element } from './dom';

/** The id of the first cue that names this element, or null. */
export function cueOf(el: Element, cues: readonly ClassCue[]): string | null {
  if (el.attribs.class === undefined && el.attribs.id === undefined) return null;
  const names = namesOf(el);
  const words = wordsOf(el);
  for (const cue of cues) {
    if (cue.contains?.some((c) => names.some((n) => n.includes(c)))) return cue.id;
    const hit = cue.words?.some((w) => (w.endsWith('*') ? words.some((x) => x.startsWith(w.slice(0, -1))) : words.includes(w)));
    if (hit) return cue.id;
  }
  return null;
}

/** Hidden from readers: the `hidden` attribute, aria-hidden, or an inline display:none / visibility:hidden. */
export function isHidden(el: Element): boolean {
  if (el.attribs.hidden !== undefined || attr(el, 'aria-hidden') === 'true') return true;
  const style = attr(el, 'style').replace(/\s+/g, '');
  return style.includes('display:none') || style.includes('visibility:hidden');
}

/** Chrome by tag, role, label or hiddenness — wherever it is on the page (not by class names). */
export function isStructuralChrome(el: Element): boolean {
  if (CHROME_TAGS.has(el.name) || CHROME_ROLES.has(attr(el, 'role')) || isHidden(el)) return true;
  const label = fold(attr(el, 'aria-label'));
  return label !== '' && CHROME_LABEL_CUES.some((c) => label.includes(c));
}

/** Chrome by class/id cue words (cookie banners, breadcrumbs, share bars…): the cue's id, or null. */
export function chromeCue(el: Element): string | null {
  return cueOf(el, CHROME_CLASS_CUES);
}

/** A figure caption or photo credit: <figcaption>, a table <caption>, or a caption/credit class. */
export function isCaption(el: Element): boolean {
  return el.name === 'figcaption' || el.name === 'caption' || cueOf(el, CAPTION_CLASS_CUES) !== null;
}

export function isArticleElement(el: Element): boolean {
  return el.name === 'article' || ARTICLE_ROLES.has(attr(el, 'role')) || attr(el, 'itemprop') === 'articlebody' || cueOf(el, CONTENT_CLASS_CUES) !== null;
}

export function isMainElement(el: Element): boolean {
  return el.name === 'main' || MAIN_ROLES.has(attr(el, 'role'));
}

/** A heading element's level: h1–h6, or [role=heading] with aria-level (2 by default). */
export function headingLevel(el: Element): number {
  const m = /^h([1-6])$/.exec(el.name);
  if (m) return Number(m[1]);
  if (attr(el, 'role') !== 'heading') return 0;
  const level = Number(attr(el, 'aria-level'));
  return Number.isInteger(level) && level >= 1 && level <= 6 ? level : 2;
}
