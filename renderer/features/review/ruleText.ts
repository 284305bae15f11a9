import type { Language } from '../../../shared/domain';
import { BOILERPLATE_RULES } from '../../../shared/pipeline/boilerplate/boilerplate.rules';
import { CONTACT_RULE_TEXT } from '../../../shared/pipeline/split/contacts/contacts.rules';
import { SPLIT_RULES } from '../../../shared/pipeline/split/split.rules';
import type { LineView } from './bands';

type Explained = Readonly<Record<string, Readonly<Record<Language, string>>>>;

const boilerplate: Explained = Object.fromEntries(Object.entries(BOILERPLATE_RULES).map(([id, r]) => [id, r.explain]));
const split: Explained = SPLIT_RULES;
const contacts: Explained = CONTACT_RULE_TEXT;

/**
 * Why the pipeline put a segment where it is, in the UI language: the one-line explanation the
 * rule tables carry (boilerplate, split, contacts), or null for no rule or an id they do not
 * know (a newer pipeline's rule is simply not explained). Pure.
 */
export function explainRule(rule: string | null, lang: Language): string | null {
  if (!rule) return null;
  return (boilerplate[rule] ?? split[rule] ?? contacts[rule])?.[lang] ?? null;
}

/** The explanations of a line's parts, once each, in reading order ("why is this line here?"). Pure. */
export function explainLine(view: LineView, lang: Language): string[] {
  const out: string[] = [];
  for (const part of view.parts) {
    const text = part.dest ? explainRule(part.rule, lang) : null;
    if (text && !out.includes(text)) out.push(text);
  }
  return out;
}
