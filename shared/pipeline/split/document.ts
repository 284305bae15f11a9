// The split orchestrator: boilerplate → language → contact block → header (title, standfirst,
// date line, stamps) → body (unwrap, dateline) → quotes → the split map with confidences and
// flags. The user's overrides win everywhere: a forced line goes where it was sent.
import { findBoilerplate, readable } from '../boilerplate';
import type { DecodedDocument, Segment, SplitContext, SplitOutcome } from '../model';
import { joinSegments, NO_LEXICON, unwrapSegments } from '../unwrap';
import { Assignments, segKey } from './assign';
import { mergeLead, readBody } from './body';
import { parseDateline } from './dateline';
import { buttonAt, chooseDate, echoesOf, forcedLines, reclaimTitle, titleText } from './fields';
import { before, bodyEnd } from './extent';
import { nextItem, readHeader } from './header';
import { guessLanguage } from './language';
import { outcomeFlags } from './outcome';
import { groupPieces, piecesOf, type Piece } from './pieces';
import { CONTACT_RULES, findContactBlock } from './contacts';
import { countryOf } from './country';
import { extractQuotes } from './quotes';
import { parseStamp } from './stamp';
import { PIPELINE_VERSION } from '../version';


/**
 * The split of a decoded document into title, subtitle, dateline, date, language, body, quotes
 * and contacts, with the map of where every segment of every non-blank line went. Pure and total;
 * linear-ish in the size of the text.
 */
export function splitDocument(doc: DecodedDocument, ctx: SplitContext): SplitOutcome {
  const lines = doc.text.split('\n');
  const hints = doc.hints;
  const verdicts = findBoilerplate(doc, { learned: ctx.learned, overrides: ctx.overrides });
  const forced = forcedLines(ctx.overrides);
  const kept = verdicts.filter((v) => !v.drop).map((v) => v.segment);
  const language = guessLanguage(kept.slice(0, 400).map((s) => readable(s.text.slice(0, 2000))).join('\n'), ctx.defaultLanguage);
  const lang = language.lang;
  const lexicon = ctx.lexicon(lang) ?? NO_LEXICON;
  const a = new Assignments();

  // Contacts: the kept lines, except those the user sent elsewhere.
  const forcedContact = new Set([...forced].filter(([, d]) => d === 'contact').map(([l]) => l));
  const contactInput = kept.filter((s) => !forced.has(s.line) || forced.get(s.line) === 'contact');
  let block = findContactBlock(contactInput, { lang, lines, forced: forcedContact });
  const inBlock = new Set(block.segments.map(segKey));
  block.segments.forEach((s, i) => a.set(s, { dest: 'contact', rule: forced.has(s.line) ? 'user' : (block.rules[i] ?? CONTACT_RULES.line), forced: forced.has(s.line) }));

  // Header: the free pieces (kept, not contact, not forced).
  const free = kept.filter((s) => !inBlock.has(segKey(s)) && !forced.has(s.line));
  const pieces = piecesOf(free, lines, hints);
  const pieceKeys = new Set(pieces.map((p) => segKey(p.seg)));
  for (const s of free) if (!pieceKeys.has(segKey(s))) a.set(s, { dest: 'dropped', rule: 'split-empty', forced: false });
  const echoes = echoesOf(verdicts, doc.meta);
  const groups = groupPieces(pieces, new Set(echoes.texts));
  const header = readHeader(groups, echoes);
  const leadPiece = groups[header.lead]?.pieces[0];
  // No kept headline: one dropped by a menu guess only is taken back, with a low confidence.
  const reclaimed = header.title === null && leadPiece !== undefined ? reclaimTitle(verdicts, leadPiece.seg) : [];
  for (const s of reclaimed) a.set(s, { dest: 'title', rule: 'split-title', forced: false });
  if (reclaimed.length > 0) header.titleScore = 1;
  const titleGroup = header.title === null ? null : groups[header.title]!;
  const titleKey = titleGroup === null ? null : readable(titleText(titleGroup.text)).toLowerCase();
  const stamps: { stamp: NonNullable<Piece['stamp']>; beforeTitle: boolean }[] = [];
  groups.forEach((g, i) => {
    if (i >= header.lead) return;
    for (const p of g.pieces) {
      if (p.stamp !== null) {
        const beforeTitle = header.title !== null && i < header.title;
        stamps.push({ stamp: p.stamp, beforeTitle });
        a.set(p.seg, { dest: 'dateline', rule: p.stamp.place || beforeTitle ? 'split-date-line' : 'split-site-stamp', forced: false });
      } else if (i === header.title) {
        a.set(p.seg, { dest: 'title', rule: 'split-title', forced: false });
      } else if (i === header.subtitle) {
        a.set(p.seg, { dest: 'subtitle', rule: 'split-subtitle', forced: false });
      } else if (titleKey !== null && g.pieces.length === 1 && titleText(p.text).toLowerCase() === titleKey) {
        a.set(p.seg, { dest: 'title', rule: 'split-title-repeat', forced: false });
      } else {
        a.set(p.seg, { dest: 'dropped', rule: header.title === null || i < header.title ? 'split-before-title' : 'split-header-residue', forced: false });
      }
      if (a.get(p.seg)?.dest === 'title') {
        const at = buttonAt(p.seg.text);
        if (at >= 0) a.cut(p.seg, p.seg.start + at, 'dropped', 'split-title-button');
      }
    }
  });

  // Body: from the lead to the first sign that the release is over.
  const next = nextItem(groups, header.lead);
  const end = leadPiece === undefined ? null : bodyEnd(leadPiece.seg, pieces, verdicts, block.segments, next === null ? null : groups[next]!.pieces[0]!.seg);
  const bodyPieces = leadPiece === undefined ? [] : pieces.filter((p) => !before(p.seg, leadPiece.seg) && (end === null || before(p.seg, end)));
  const bodySegs: Segment[] = [];
  for (const p of bodyPieces) {
    if (p.stamp !== null && p.apart && p.words <= 8) {
      a.set(p.seg, { dest: 'dateline', rule: 'split-site-stamp', forced: false });
    } else bodySegs.push(p.seg);
  }
  const inBody = new Set(bodySegs);
  for (const p of pieces) if (a.get(p.seg) === undefined && !inBody.has(p.seg)) a.set(p.seg, { dest: 'dropped', rule: 'split-tail', forced: false });
  const forcedOf = (dest: string): Segment[] => (forced.size === 0 ? [] : kept.filter((s) => forced.get(s.line) === dest));
  for (const s of forcedOf('body')) bodySegs.push(s);
  bodySegs.sort((x, y) => (before(x, y) ? -1 : before(y, x) ? 1 : 0));
  const unwrapCtx = { lang, lexicon, hints, lines };
  const leadSegs = new Set((groups[header.lead]?.pieces ?? []).map((p) => segKey(p.seg)));
  const body = readBody(mergeLead(unwrapSegments(bodySegs, unwrapCtx), leadSegs, unwrapCtx), hints);
  for (const s of bodySegs) a.set(s, { dest: 'body', rule: forced.has(s.line) ? 'user' : 'split-body', forced: forced.has(s.line) });
  for (const s of body.datelineSegments) if (!forced.has(s.line)) a.set(s, { dest: 'dateline', rule: 'split-dateline', forced: false });
  if (body.datelineCut !== null && !forced.has(body.datelineCut.seg.line)) {
    a.set(body.datelineCut.seg, { dest: 'dateline', rule: 'split-dateline', forced: false });
    a.cut(body.datelineCut.seg, body.datelineCut.at, 'body', 'split-body');
  }

  // Fields, with the user's forced lines first.
  const join = (segs: Segment[]): string => joinSegments(segs, unwrapCtx).text;
  const forcedTitle = forcedOf('title');
  const forcedSubtitle = forcedOf('subtitle');
  const forcedDateline = forcedOf('dateline');
  const replaced = (dest: 'title' | 'subtitle'): void => {
    for (const s of kept.concat(reclaimed)) if (!forced.has(s.line) && a.get(s)?.dest === dest) a.set(s, { dest: 'dropped', rule: 'split-title-replaced', forced: false });
  };
  if (forcedTitle.length > 0) replaced('title');
  if (forcedSubtitle.length > 0) replaced('subtitle');
  for (const s of [...forcedTitle, ...forcedSubtitle, ...forcedDateline]) a.set(s, { dest: forced.get(s.line)!, rule: 'user', forced: true });
  const autoTitle = titleGroup?.pieces.map((p) => p.seg) ?? reclaimed.slice(0, 1);
  const title = forcedTitle.length > 0 ? titleText(join(forcedTitle)) : autoTitle.length === 0 ? null : titleText(join(autoTitle));
  const subtitleGroup = header.subtitle === null ? null : groups[header.subtitle]!;
  const subtitle = forcedSubtitle.length > 0 ? readable(join(forcedSubtitle)) : subtitleGroup === null ? null : readable(join(subtitleGroup.pieces.map((p) => p.seg)));
  let dateline = body.dateline;
  if (dateline?.place == null) {
    // `GENÈVE, 3 février 2021` on its own line right above the lead is the lead's dateline.
    const above = header.lead > 0 ? groups[header.lead - 1]?.pieces[0]?.stamp : null;
    if (above?.placeText != null && (header.title === null || header.title < header.lead - 1)) {
      dateline = { place: above.placeText, date: dateline?.date ?? null, length: 0 };
    }
  }
  const forcedStamps: typeof stamps = [];
  let forcedPlace: string | null = null;
  for (const s of forcedDateline) {
    const text = readable(s.text);
    const d = parseDateline(text + (/[-–—]\s*$/.test(text) ? ' X' : ' – X'));
    const st = parseStamp(text);
    if (d !== null) dateline = d;
    else if (st !== null) forcedStamps.push({ stamp: st, beforeTitle: true });
    else forcedPlace ??= text.replace(/[\s,.:;–—-]+$/u, '');
  }
  // A stamp inside or after the body (an update time, a teaser's date) is not the release date.
  const dateChoice = chooseDate(dateline, [...forcedStamps, ...stamps]);
  // The dateline's country lets the contact stage write local numbers in international form.
  const country = countryOf(forcedPlace ?? dateline?.place ?? null);
  if (country !== null && block.contacts.length > 0) block = findContactBlock(contactInput, { lang, lines, forced: forcedContact, country });
  const quotes = extractQuotes(body.texts, { lang });
  const segmentsMap = a.toMap(verdicts, new Set(forced.keys()));
  const result = outcomeFlags({ title, header, dateline, forcedPlace, dateChoice, body, block, quotes, language, lines });
  return {
    title: title === '' ? null : title,
    subtitle: subtitle === '' ? null : subtitle,
    dateline: forcedPlace ?? dateline?.place ?? null,
    date: dateChoice.date,
    language: lang,
    paragraphs: body.texts,
    blocks: body.blocks,
    quotes,
    contacts: block.contacts,
    dropped: segmentsMap.dropped,
    map: { version: 1, pipeline: PIPELINE_VERSION, segments: segmentsMap.segments, confidence: result.confidence, flags: result.flags },
  };
}
