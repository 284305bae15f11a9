// The typography stage: protected spans first, then every active rule in order over a working text,
// then the net change given back as suggestions over the original text (TYPOGRAPHY.md, promises).
import { MASK, type Edit, type RegexRule, type RuleInput, type Span, type Suggestion, type TypoContext, type TypoEnv, type TypoLang, type TypoRule } from './model';
import { findProtectedSpans } from './protect';
import { languageRuns, type LangRun } from './runs';
import { profileFor } from './profiles';
import { RULES, ruleById } from './rules';
import { COMMON_RULES } from './rules/common';
import { EditTrack } from './track';

/** The text with every protected character replaced by MASK (same length, same offsets). */
export function maskProtected(text: string, spans: readonly Span[]): string {
  if (spans.length === 0) return text;
  let out = '';
  let at = 0;
  for (const s of spans) {
    out += text.slice(at, s.start) + MASK.repeat(s.end - s.start);
    at = s.end;
  }
  return out + text.slice(at);
}

const ACTIVE = new Map<string, TypoRule[]>();
const contextKey = (ctx: TypoContext): string =>
  `${ctx.lang}|${ctx.profile ?? ''}|${ctx.block ?? ''}|${ctx.safeOnly === true ? 1 : 0}|${(ctx.disabled ?? []).join(',')}`;

/** The rules that run for a context, in order (memoised per context: contexts are few). */
export function activeRules(ctx: TypoContext): TypoRule[] {
  const key = contextKey(ctx);
  const known = ACTIVE.get(key);
  if (known !== undefined) return known;
  const rules = selectRules(ctx);
  if (ACTIVE.size > 256) ACTIVE.clear();
  ACTIVE.set(key, rules);
  return rules;
}

const OWN = new Map<string, TypoRule[]>();
/** The active rules that may edit text in the release language itself (memoised like activeRules). */
function ownLanguageRules(ctx: TypoContext): TypoRule[] {
  const key = contextKey(ctx);
  const known = OWN.get(key);
  if (known !== undefined) return known;
  const rules = activeRules(ctx).filter((r) => r.langs.includes(ctx.lang));
  if (OWN.size > 256) OWN.clear();
  OWN.set(key, rules);
  return rules;
}

function selectRules(ctx: TypoContext): TypoRule[] {
  const profile = profileFor(ctx.lang, ctx.profile);
  const off = new Set(ctx.disabled ?? []);
  const block = ctx.block ?? 'paragraph';
  return RULES.filter(
    (r) =>
      !off.has(r.id) &&
      (ctx.safeOnly !== true || r.safe) &&
      (r.profiles === undefined || r.profiles.includes(profile.id) || r.langs.some((l) => l !== ctx.lang)) &&
      !(r.skip ?? []).includes(block),
  );
}

const ENVS = new Map<string, TypoEnv>();

function envFor(ctx: TypoContext): TypoEnv {
  const key = `${ctx.lang}|${ctx.profile ?? ''}|${ctx.block ?? ''}|${ctx.wideNbsp === true ? 1 : 0}`;
  const known = ENVS.get(key);
  if (known !== undefined) return known;
  const env = makeEnv(ctx);
  if (ENVS.size > 256) ENVS.clear();
  ENVS.set(key, env);
  return env;
}

function makeEnv(ctx: TypoContext): TypoEnv {
  const profile = profileFor(ctx.lang, ctx.profile);
  const nnbsp = ctx.wideNbsp === true ? '\u00A0' : '\u202F';
  const narrow = (s: string): string => s.replace(/\u202F/g, nnbsp);
  return {
    ...profile.env,
    beforeDoublePunct: narrow(profile.env.beforeDoublePunct),
    beforeColon: narrow(profile.env.beforeColon),
    insideGuillemets: narrow(profile.env.insideGuillemets),
    nnbsp,
    nbsp: '\u00A0',
    block: ctx.block ?? 'paragraph',
  };
}

const GLOBAL = new WeakMap<RegexRule, RegExp>();
/** The rule's pattern with the global flag, compiled once per rule (exec is run to completion, so lastIndex is reset). */
function globalRegex(rule: RegexRule): RegExp {
  let re = GLOBAL.get(rule);
  if (re === undefined) {
    re = new RegExp(rule.find.source, rule.find.flags.includes('g') ? rule.find.flags : `${rule.find.flags}g`);
    GLOBAL.set(rule, re);
  }
  return re;
}

interface Prepared {
  /** The context fields it was prepared for (a context object may be changed and reused). */
  seen: TypoContext;
  env: TypoEnv;
  /**
   * The rules of one pass, with or without passages in another language: the shared spacing rules
   * run first and once more at the end, to settle the spaces a language rule's output leaves (an
   * ellipsis or "etc." written just before a word).
   */
  allPass: TypoRule[];
  ownPass: TypoRule[];
}
const PREPARED = new WeakMap<TypoContext, Prepared>();
const sameContext = (a: TypoContext, b: TypoContext): boolean =>
  a.lang === b.lang && a.profile === b.profile && a.wideNbsp === b.wideNbsp && a.block === b.block && a.safeOnly === b.safeOnly && a.disabled === b.disabled;
/**
 * What a context needs, looked up once per context object (an editor or a batch reuses its
 * context); a changed field is noticed, a `disabled` array changed in place is not.
 */
function prepare(ctx: TypoContext): Prepared {
  let p = PREPARED.get(ctx);
  if (p === undefined || !sameContext(p.seen, ctx)) {
    const all = activeRules(ctx);
    const own = ownLanguageRules(ctx);
    const settle = all.filter((r) => COMMON_RULES.includes(r));
    p = { seen: { ...ctx }, env: envFor(ctx), allPass: [...all, ...settle], ownPass: [...own, ...settle.filter((r) => own.includes(r))] };
    PREPARED.set(ctx, p);
  }
  return p;
}

/** The edits of a regex rule over the working text: each match's replacement, trimmed to what differs. */
function regexEdits(rule: RegexRule, input: RuleInput): Edit[] {
  const edits: Edit[] = [];
  const re = globalRegex(rule);
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(input.text)) !== null) {
    if (m[0] === '') {
      re.lastIndex += 1;
      continue;
    }
    const replacement = rule.fix(m, input);
    if (replacement === null || replacement === m[0]) continue;
    edits.push(trimEdit(m.index, m[0], replacement));
  }
  return edits;
}

/** The smallest edit turning `before` (at `start`) into `after`. */
export function trimEdit(start: number, before: string, after: string): Edit {
  let p = 0;
  while (p < before.length && p < after.length && before[p] === after[p]) p += 1;
  let s = 0;
  while (s < before.length - p && s < after.length - p && before[before.length - 1 - s] === after[after.length - 1 - s]) s += 1;
  return { start: start + p, end: start + before.length - s, replacement: after.slice(p, after.length - s) };
}

/** An edit may not touch a protected (masked) character nor write one. */
const touchesMask = (text: string, e: Edit): boolean => e.replacement.includes(MASK) || text.slice(e.start, e.end).includes(MASK);

/** Passes over the working text at most: rules settle in two or three; more means they fight. */
const MAX_PASSES = 4;

/** The language of `offset` (pass-start coordinates) given the runs of another language. */
function langIn(runs: readonly LangRun[], offset: number, lang: TypoLang): TypoLang {
  for (const r of runs) if (offset >= r.start && offset < r.end) return r.lang;
  return lang;
}

/**
 * What the passes remember: how many edits were made so far, and for each rule (by its place in
 * the pass) the count when it last ran. A rule whose text has not changed since it last ran (and
 * under the same language runs) would find nothing new: it is skipped. Only for speed.
 */
interface PassState {
  edits: number;
  ranAt: number[];
  /** Whether the previous pass had runs of another language (their offsets change between passes). */
  hadRuns: boolean;
  /** The language found for each quoted passage so far (a passage is often unchanged between passes). */
  passages: Map<string, TypoLang | null>;
}

/**
 * One pass of the active rules, in order, over the working text; whether any edit was made.
 * Language runs are found on the text the pass starts from, so that the last pass (which changes
 * nothing) sees exactly the runs a later call on the output will see.
 */
function runPass(track: EditTrack, pass: number, ctx: TypoContext, prepared: Prepared, state: PassState): boolean {
  const env = prepared.env;
  const runs = languageRuns(track.text, ctx.lang, state.passages);
  // Without a passage in another language, only the release language's rules can edit anything.
  const rules = runs.length === 0 ? prepared.ownPass : prepared.allPass;
  // With runs, a rule's view of languages may change from one pass to the next: every rule runs.
  if (runs.length > 0 || state.hadRuns) state.ranAt = [];
  state.hadRuns = runs.length > 0;
  const present = runs.length === 0 ? null : new Set<TypoLang>([ctx.lang, ...runs.map((r) => r.lang)]);
  // Offsets of later rules are mapped back to the pass start (the original text on the first pass).
  const local = runs.length > 0 && pass > 0 ? new EditTrack(track.text) : null;
  const mapper = local ?? track;
  const langAt = runs.length === 0 ? (): TypoLang => ctx.lang : (o: number): TypoLang => langIn(runs, mapper.toOriginal(o), ctx.lang);
  const before = state.edits;
  for (let i = 0; i < rules.length; i += 1) {
    const rule = rules[i] as TypoRule;
    if (state.ranAt[i] === state.edits) continue;
    state.ranAt[i] = state.edits;
    // Without runs every rule of the pass edits the release language (ownPass).
    if (present !== null && !rule.langs.some((l) => present.has(l))) continue;
    const working = track.text;
    if (rule.when !== undefined && !rule.when(working)) continue;
    const input: RuleInput = { text: working, env, langAt };
    const raw = 'find' in rule ? regexEdits(rule, input) : [...rule.scan(input)].sort((a, b) => a.start - b.start);
    // An edit writing what is already there is no change (and must not keep the passes going).
    const proposed = raw.filter((e) => working.slice(e.start, e.end) !== e.replacement);
    if (proposed.length === 0) continue;
    const keep = (e: Edit): boolean => !touchesMask(working, e) && rule.langs.includes(langAt(e.start));
    // A group (both quotes of a pair) is kept whole or dropped whole: never half a pair.
    const dropped = new Set(proposed.filter((e) => e.group !== undefined && !keep(e)).map((e) => e.group));
    const kept = proposed.filter((e) => keep(e) && (e.group === undefined || !dropped.has(e.group)));
    if (kept.length === 0) continue;
    track.apply(kept, rule.id);
    local?.apply(kept, rule.id);
    state.edits += 1;
  }
  return state.edits !== before;
}

/**
 * Every typographic correction the active profile makes to `text` (one block), as non-overlapping
 * suggestions in order. Text already correct yields none; applying them all and running again
 * yields none; nothing outside their spans would change.
 */
export function suggestTypography(text: string, ctx: TypoContext): Suggestion[] {
  if (text === '') return [];
  const prepared = prepare(ctx);
  const masked = maskProtected(text, findProtectedSpans(text, ctx.lang));
  const track = new EditTrack(masked);
  // Rules feed each other (a quote curled by one makes an apostrophe for the next, a grouped figure
  // opens a question…): passes run until one changes nothing, so that the result is a fixed point
  // and running again on it, which starts from that very text, changes nothing either.
  const state: PassState = { edits: 0, ranAt: [], hadRuns: false, passages: new Map() };
  for (let pass = 0; pass < MAX_PASSES; pass += 1) if (!runPass(track, pass, ctx, prepared, state)) break;
  const changes = track.changes();
  if (changes.length === 0) return [];
  const ui = ctx.ui ?? ctx.lang;
  return changes.map((c) => {
    const s: Suggestion = { ruleId: c.rule, start: c.start, end: c.end, replacement: c.replacement, message: ruleById(c.rule)?.message[ui] ?? c.rule };
    if (c.group !== undefined) s.group = `${c.rule}@${c.group}`;
    return s;
  });
}

/**
 * `text` with the chosen suggestions applied. Suggestions are taken in order of position; one that
 * overlaps an earlier chosen one is skipped, so any subset of a call's suggestions applies cleanly.
 */
export function applySuggestions(text: string, chosen: readonly Suggestion[]): string {
  const sorted = [...chosen].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let at = 0;
  for (const s of sorted) {
    if (s.start < at || s.end > text.length) continue;
    out += text.slice(at, s.start) + s.replacement;
    at = s.end;
  }
  return out + text.slice(at);
}
