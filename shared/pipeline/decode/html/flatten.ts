// HTML → lines with hints. Used for web pages, and for the HTML that mammoth makes of a .docx and
// the HTML body of an e-mail. A real parser (htmlparser2), never regexes; scripts and the like are
// dropped with their content, never executed, never kept.
import { isTag, isText, type AnyNode, type Document } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import type { LineHint } from '../../model';
import { BLOCK_TAGS, BOLD_TAGS, CUE_MAX_SHARE, ITALIC_TAGS, LIST_TAGS } from '../html.rules';
import { cleanInline } from '../normalise';
import { findArticle } from './article';
import { capNesting } from './depth';
import { chromeCue, headingLevel, isCaption, isMainElement, isStructuralChrome } from './cues';
import { isRemoved, plainText, textLengths, type Element } from './dom';
import { LineBuilder } from './lines';

export interface FlatHtml {
  /** One line per block (a blank line between blocks, a single line break for <br>). */
  lines: string[];
  /** Same length as `lines`. */
  hints: (LineHint | null)[];
  /** The page's <title>, whitespace collapsed; null when absent or empty. */
  title: string | null;
}

export interface FlattenOptions {
  /** Find the article and mark everything outside it as chrome (web pages); false for .docx and e-mail bodies. */
  article: boolean;
}

interface Frame {
  /** Inside explicit chrome (nav, footer, cookie banner…): inherited. */
  chrome: boolean;
  /** Inside the article (or the headline): text outside it is chrome. */
  inRoot: boolean;
  inArticle: boolean;
  heading: number;
  list: 'bullet' | 'number' | null;
  item: 'bullet' | 'number' | null;
  caption: boolean;
  quote: boolean;
  bold: boolean;
  italic: boolean;
  pre: boolean;
}

function hintOf(f: Frame): LineHint | null {
  const extra = { ...(f.heading ? { level: f.heading } : {}), ...(f.item ? { list: f.item } : {}) };
  if (f.chrome || !f.inRoot) return { kind: 'chrome', ...extra };
  if (f.heading) return { kind: 'heading', level: f.heading };
  if (f.caption) return { kind: 'caption' };
  if (f.quote) return { kind: 'blockquote' };
  if (f.item) return { kind: 'list-item', list: f.item };
  return null;
}

/** The document's <title> (also inside <head>, never an <svg> title). */
function titleOf(doc: Document): string | null {
  const stack: AnyNode[] = [...doc.children];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!isTag(node) || node.name === 'svg') continue;
    if (node.name === 'title') return plainText(node) || null;
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return null;
}

/**
 * A link right after another element is a separate entry of a menu or a share bar, not the same
 * word: `<a>A</a><a>B</a>` anywhere; in chrome also `<span>Partager :</span><a>X</a>` (glued)
 * and two links apart by white space only (laid out side by side by the page's CSS).
 */
function startsEntry(el: Element, chrome: boolean): boolean {
  if (el.name !== 'a' && el.name !== 'button') return false;
  let prev = el.prev;
  let spaced = false;
  for (; prev && !isTag(prev); prev = prev.prev) {
    if (!isText(prev)) continue;
    if (!chrome || prev.data.trim() !== '') return false;
    spaced = true;
  }
  if (!prev) return false;
  return prev.name === 'a' || (chrome && !spaced);
}

/**
 * Flattens HTML to lines: one per block element (p, h1–h6, li, blockquote, figcaption, td, div
 * with text…; <br> ends a line), whitespace collapsed, entities decoded, no-break spaces kept.
 * Hints: headings with their level, list items (bullet/number), captions, blockquotes, whole-line
 * bold/italic, and chrome — nav, header, footer, aside, forms, dialogs, landmark roles, hidden
 * elements, cookie/breadcrumb/share… containers by class/id cue words, and (with `article`)
 * everything outside the article. Chrome text is kept as lines: nothing is lost. Pure, linear,
 * never throws on any string.
 */
export function flattenHtml(html: string, options: FlattenOptions = { article: true }): FlatHtml {
  const doc = parseDocument(capNesting(html), { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
  const lengths = textLengths(doc);
  const choice = options.article ? findArticle(doc, lengths) : { root: null, headline: null, extras: [] };
  const rootLength = lengths.get(choice.root ?? doc) ?? 0;
  const headlineAncestors = new Set<AnyNode>();
  for (let n: AnyNode | null = choice.headline; n; n = n.parent) headlineAncestors.add(n);

  const out = new LineBuilder();
  const top: Frame = {
    chrome: false,
    inRoot: choice.root === null || choice.root === doc,
    inArticle: false,
    heading: 0,
    list: null,
    item: null,
    caption: false,
    quote: false,
    bold: false,
    italic: false,
    pre: false,
  };
  type Step = { node: AnyNode; frame: Frame } | { exit: true; block: boolean };
  const stack: Step[] = [...doc.children].reverse().map((node) => ({ node, frame: top }));
  const hints = new Map<Frame, LineHint | null>();

  while (stack.length > 0) {
    const step = stack.pop()!;
    if ('exit' in step) {
      if (step.block) out.block();
      continue;
    }
    const { node, frame: f } = step;
    if (isText(node)) {
      if (!hints.has(f)) hints.set(f, hintOf(f));
      out.text(cleanInline(node.data), { hint: hints.get(f) ?? null, bold: f.bold, italic: f.italic }, f.pre);
      continue;
    }
    if (!isTag(node) || isRemoved(node)) continue;
    const el = node;
    if (el.name === 'br') {
      out.breakLine(true);
      continue;
    }
    if (el.name === 'hr') {
      out.block();
      continue;
    }
    const len = lengths.get(el) ?? 0;
    const cueChrome = !headlineAncestors.has(el) && len < CUE_MAX_SHARE * rootLength && chromeCue(el) !== null;
    const pageHeader = el.name === 'header' && !f.inArticle && !headlineAncestors.has(el);
    const level = headingLevel(el);
    const frame: Frame = {
      chrome: f.chrome || isStructuralChrome(el) || cueChrome || pageHeader,
      inRoot: f.inRoot || el === choice.root || choice.extras.includes(el),
      inArticle: f.inArticle || el.name === 'article' || isMainElement(el) || el === choice.root,
      heading: level || f.heading,
      list: LIST_TAGS[el.name] ?? f.list,
      item: el.name === 'li' ? (f.list ?? 'bullet') : f.item,
      caption: f.caption || isCaption(el),
      quote: f.quote || el.name === 'blockquote',
      bold: f.bold || BOLD_TAGS.has(el.name),
      italic: f.italic || ITALIC_TAGS.has(el.name),
      pre: f.pre || el.name === 'pre',
    };
    const block = BLOCK_TAGS.has(el.name) || level > 0;
    if (block) out.block();
    else if (startsEntry(el, frame.chrome || !frame.inRoot)) out.breakLine();
    stack.push({ exit: true, block });
    for (let i = el.children.length - 1; i >= 0; i--) stack.push({ node: el.children[i]!, frame });
  }
  out.breakLine();
  return { lines: out.lines, hints: out.hints, title: titleOf(doc) };
}
