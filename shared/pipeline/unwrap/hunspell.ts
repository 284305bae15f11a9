// Expands a Hunspell dictionary (.aff + .dic) into the list of word forms it accepts, so the
// app can ship a plain sorted word list instead of loading a spell checker at run time
// (nspell needs about 5 s and 750 MB for French). Pure: text in, words out.
//
// What is honoured (hunspell(5)): SET is assumed UTF-8 (all three bundled dictionaries are);
// FLAG char | long | num | UTF-8 and AF aliases; PFX/SFX with strip, add, conditions and
// continuation classes (an affixed form carries the continuation flags, so it may take a further
// suffix or a prefix: two suffix levels and one prefix level, as Hunspell itself); the cross
// product (prefix + suffix when both say Y); NEEDAFFIX, CIRCUMFIX, ONLYINCOMPOUND,
// FORBIDDENWORD; KEEPCASE words are reported apart. FULLSTRIP allows stripping a whole word.
// Not expanded: compounding (COMPOUNDRULE, COMPOUNDFLAG…: the English file uses it only for
// ordinals like 21st; dehyphenation never needs it) and elided prefixes (French `l'`, `d'`,
// `qu'`… — every prefix whose text holds an apostrophe): they would multiply the list by four,
// and the lookup strips an elision before searching instead.

export interface HunspellWords {
  /** Every accepted form, case as in the dictionary, apostrophes as the dictionary writes them. */
  words: string[];
  /** Forms that must keep their exact case (KEEPCASE): no case-folded match. */
  keepCase: string[];
}

type FlagType = 'char' | 'long' | 'num' | 'utf-8';

/** One condition position: any char (null), or a set of chars, possibly negated. */
type CondChar = { neg: boolean; chars: string } | null;

interface AffixRule {
  flag: string;
  prefix: boolean;
  cross: boolean;
  strip: string;
  add: string;
  cont: ReadonlySet<string>;
  cond: CondChar[];
}

interface Settings {
  flagType: FlagType;
  aliases: string[][];
  needAffix?: string;
  circumfix?: string;
  onlyInCompound?: string;
  forbidden?: string;
  keepCase?: string;
  fullStrip: boolean;
}

function splitFlags(raw: string, s: Settings): string[] {
  if (raw === '') return [];
  if (s.aliases.length > 0 && /^\d+$/.test(raw)) return s.aliases[Number(raw) - 1] ?? [];
  switch (s.flagType) {
    case 'long':
      return raw.match(/[\s\S]{1,2}/gu) ?? [];
    case 'num':
      return raw.split(',').filter((f) => f !== '');
    default:
      return Array.from(raw);
  }
}

function parseCondition(cond: string): CondChar[] {
  const out: CondChar[] = [];
  const chars = Array.from(cond);
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    if (c === '.') out.push(null);
    else if (c === '[') {
      let j = i + 1;
      const neg = chars[j] === '^';
      if (neg) j++;
      let set = '';
      for (; j < chars.length && chars[j] !== ']'; j++) set += chars[j];
      out.push({ neg, chars: set });
      i = j;
    } else out.push({ neg: false, chars: c });
  }
  return out;
}

function charMatches(cc: CondChar, ch: string): boolean {
  if (cc === null) return true;
  return cc.chars.includes(ch) !== cc.neg;
}

/** True when the condition matches the start (prefix) or the end (suffix) of `word`. */
function conditionHolds(rule: AffixRule, word: string): boolean {
  const cond = rule.cond;
  if (cond.length === 0) return true;
  // Code units: the bundled dictionaries' conditions hold no astral characters.
  if (word.length < cond.length) return false;
  const base = rule.prefix ? 0 : word.length - cond.length;
  for (let k = 0; k < cond.length; k++) if (!charMatches(cond[k]!, word[base + k]!)) return false;
  return true;
}

function parseAff(aff: string): { settings: Settings; rules: Map<string, AffixRule[]> } {
  const settings: Settings = { flagType: 'char', aliases: [], fullStrip: false };
  const rules = new Map<string, AffixRule[]>();
  const headers = new Map<string, boolean>();
  const lines = aff.split(/\r?\n/);
  const affixLines: string[][] = [];
  for (const line of lines) {
    const f = line.trim().split(/\s+/);
    const key = f[0];
    if (!key || key.startsWith('#')) continue;
    if (key === 'FLAG') settings.flagType = f[1] === 'long' ? 'long' : f[1] === 'num' ? 'num' : f[1]?.toUpperCase() === 'UTF-8' ? 'utf-8' : 'char';
    else if (key === 'FULLSTRIP') settings.fullStrip = true;
    else if (key === 'AF' && f.length >= 2) affixLines.push(f);
    else if (key === 'PFX' || key === 'SFX') affixLines.push(f);
    else if (key === 'NEEDAFFIX' || key === 'PSEUDOROOT') settings.needAffix = f[1];
    else if (key === 'CIRCUMFIX') settings.circumfix = f[1];
    else if (key === 'ONLYINCOMPOUND') settings.onlyInCompound = f[1];
    else if (key === 'FORBIDDENWORD') settings.forbidden = f[1];
    else if (key === 'KEEPCASE') settings.keepCase = f[1];
  }
  // Aliases first: affix continuation classes may refer to them.
  // The first AF line is the header (the alias count), the others are alias 1, 2, ….
  const afLines = affixLines.filter((f) => f[0] === 'AF').slice(1);
  for (const f of afLines) settings.aliases.push(splitFlags(f[1]!, { ...settings, aliases: [] }));
  for (const f of affixLines) {
    if (f[0] === 'AF' || f.length < 4) continue;
    const prefix = f[0] === 'PFX';
    const id = `${f[0]} ${f[1]}`;
    if (!headers.has(id)) {
      // The first line of a group is its header: flag, cross product (Y/N), rule count.
      headers.set(id, f[2] === 'Y');
      continue;
    }
    const [addText = '', contText = ''] = splitOnce(f[3]!, '/');
    const rule: AffixRule = {
      flag: f[1]!,
      prefix,
      cross: headers.get(id)!,
      strip: f[2] === '0' ? '' : f[2]!,
      add: addText === '0' ? '' : addText,
      cont: new Set(splitFlags(contText, settings)),
      cond: parseCondition(f[4] ?? '.'),
    };
    const list = rules.get(rule.flag) ?? [];
    list.push(rule);
    rules.set(rule.flag, list);
  }
  return { settings, rules };
}

function splitOnce(text: string, sep: string): [string, string] {
  const i = text.indexOf(sep);
  return i < 0 ? [text, ''] : [text.slice(0, i), text.slice(i + 1)];
}

/** The word and its flag text of a .dic line (`word/FLAGS morph…`, `\/` escapes a slash). */
function parseDicLine(line: string): [string, string] {
  let entry = line.split('\t')[0]!;
  // Morphological fields may also follow a space (`po:noun`); a space inside a word stays.
  const morph = entry.search(/ \S+:/);
  if (morph >= 0) entry = entry.slice(0, morph);
  entry = entry.trim();
  for (let i = 0; i < entry.length; i++) {
    if (entry[i] === '\\' && entry[i + 1] === '/') i++;
    else if (entry[i] === '/') return [entry.slice(0, i).replace(/\\\//g, '/'), entry.slice(i + 1)];
  }
  return [entry.replace(/\\\//g, '/'), ''];
}

function applyRule(rule: AffixRule, word: string, fullStrip: boolean): string | null {
  if (!conditionHolds(rule, word)) return null;
  if (rule.strip !== '') {
    if (!fullStrip && rule.strip.length >= word.length) return null;
    if (rule.prefix ? !word.startsWith(rule.strip) : !word.endsWith(rule.strip)) return null;
  }
  return rule.prefix ? rule.add + word.slice(rule.strip.length) : word.slice(0, word.length - rule.strip.length) + rule.add;
}

/** Prefixes whose text holds an apostrophe are French elisions (`l'`, `qu'`, `l'exa`): not listed. */
function isElision(rule: AffixRule): boolean {
  return rule.prefix && /['’]/.test(rule.add);
}

/**
 * Every word form the dictionary accepts (see the file comment for what is and is not expanded),
 * de-duplicated, in no particular order. Pure; linear in the size of the expansion.
 */
export function expandHunspell(aff: string, dic: string): HunspellWords {
  const { settings: s, rules } = parseAff(aff);
  const out = new Set<string>();
  const forbidden = new Set<string>();
  const keepCase = new Set<string>();
  const pfx = new Map<string, AffixRule[]>();
  const sfx = new Map<string, AffixRule[]>();
  for (const [flag, list] of rules) {
    pfx.set(flag, list.filter((r) => r.prefix && !isElision(r)));
    sfx.set(flag, list.filter((r) => !r.prefix));
  }
  const has = (flags: ReadonlySet<string>, flag: string | undefined) => flag !== undefined && flags.has(flag);
  // A form is a word unless it still needs an affix, lives only in compounds, or carries one
  // half of a circumfix without the other.
  const blocked = (cont: ReadonlySet<string>) => has(cont, s.onlyInCompound);
  const lines = dic.split(/\r?\n/);
  for (let n = 1; n < lines.length; n++) {
    const line = lines[n]!;
    if (line.trim() === '') continue;
    const [root, flagText] = parseDicLine(line);
    if (root === '') continue;
    const flags = new Set(splitFlags(flagText, s));
    if (has(flags, s.onlyInCompound)) continue;
    const sink = has(flags, s.forbidden) ? forbidden : out;
    const keep = has(flags, s.keepCase);
    const emit = (form: string) => {
      sink.add(form);
      if (keep) keepCase.add(form);
    };
    const rootPrefixes: AffixRule[] = [];
    for (const f of flags) for (const p of pfx.get(f) ?? []) rootPrefixes.push(p);
    // Prefixes on a suffixed form: by the cross product (both affixes say Y), or when the
    // suffix's continuation class names the prefix.
    const prefixSuffixed = (form: string, cont: ReadonlySet<string>, cross: boolean, circ: boolean) => {
      if (cross) {
        for (const p of rootPrefixes) {
          if (!p.cross || cont.has(p.flag)) continue;
          const f = applyRule(p, form, s.fullStrip);
          if (f !== null && !blocked(p.cont) && has(p.cont, s.circumfix) === circ) emit(f);
        }
      }
      for (const flag of cont) {
        for (const p of pfx.get(flag) ?? []) {
          const f = applyRule(p, form, s.fullStrip);
          if (f !== null && !blocked(p.cont) && has(p.cont, s.circumfix) === circ) emit(f);
        }
      }
    };
    if (!has(flags, s.needAffix)) emit(root);
    for (const p of rootPrefixes) {
      const f = applyRule(p, root, s.fullStrip);
      if (f !== null && !blocked(p.cont) && !has(p.cont, s.needAffix) && !has(p.cont, s.circumfix)) emit(f);
    }
    // Suffixed forms, one or two levels.
    for (const flag of flags) {
      for (const r1 of sfx.get(flag) ?? []) {
        const f1 = applyRule(r1, root, s.fullStrip);
        if (f1 === null || blocked(r1.cont)) continue;
        const circ = has(r1.cont, s.circumfix);
        if (!has(r1.cont, s.needAffix) && !circ) emit(f1);
        prefixSuffixed(f1, r1.cont, r1.cross, circ);
        for (const flag2 of r1.cont) {
          for (const r2 of sfx.get(flag2) ?? []) {
            const f2 = applyRule(r2, f1, s.fullStrip);
            if (f2 === null || blocked(r2.cont)) continue;
            const circ2 = circ || has(r2.cont, s.circumfix);
            if (!has(r2.cont, s.needAffix) && !circ2) emit(f2);
            prefixSuffixed(f2, r2.cont, r1.cross && r2.cross, circ2);
          }
        }
      }
    }
  }
  for (const w of forbidden) out.delete(w);
  const words = [...out].filter((w) => !/\s/.test(w) && !w.startsWith('#'));
  return { words, keepCase: [...keepCase].filter((w) => out.has(w)) };
}
