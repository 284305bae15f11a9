import { describe, expect, it } from 'vitest';
import { DEFAULT_TYPOGRAPHY_SETTINGS } from '../../../shared/domain';
import { RULES, type TypoRule } from '../../../shared/pipeline/typography';
import { MAX_EXCEPTION_LENGTH, parseExceptions, ruleGroups, withRule } from '../../../renderer/features/settings/typographySettings';

const rule = (id: string, langs: TypoRule['langs'], fr: string, norm: TypoRule['norm'] = 'Imprimerie nationale'): TypoRule => ({
  id,
  langs,
  norm,
  safe: true,
  message: { fr, en: `${fr} (en)`, es: `${fr} (es)` },
  find: /x/g,
  fix: () => null,
});

const RULESET = [
  rule('fr-apostrophe', ['fr'], 'Apostrophe typographique'),
  rule('typo-ellipsis', ['fr', 'en', 'es'], 'Points de suspension', 'Unicode'),
  rule('en-em-dash', ['en'], 'Tiret cadratin', 'Chicago'),
  rule('fr-nbsp-before-colon', ['fr'], 'Espace insécable avant le deux-points'),
  rule('es-raya', ['es'], 'Raya', 'RAE'),
];

describe('typography settings', () => {
  it('groups the rules: shared ones first, then French, English, Spanish, in engine order', () => {
    expect(ruleGroups('', 'fr', RULESET).map((g) => [g.key, g.rules.map((r) => r.id)])).toEqual([
      ['all', ['typo-ellipsis']],
      ['fr', ['fr-apostrophe', 'fr-nbsp-before-colon']],
      ['en', ['en-em-dash']],
      ['es', ['es-raya']],
    ]);
    // Every rule of the engine is in exactly one group.
    expect(ruleGroups('', 'en').flatMap((g) => g.rules)).toHaveLength(RULES.length);
  });

  it('filters by every word over id, explanation in the UI language and norm, ignoring accents and case', () => {
    expect(ruleGroups('espace insecable', 'fr', RULESET).flatMap((g) => g.rules.map((r) => r.id))).toEqual(['fr-nbsp-before-colon']);
    expect(ruleGroups('CHICAGO', 'fr', RULESET).flatMap((g) => g.rules.map((r) => r.id))).toEqual(['en-em-dash']);
    expect(ruleGroups('raya (es)', 'es', RULESET).flatMap((g) => g.rules.map((r) => r.id))).toEqual(['es-raya']);
    expect(ruleGroups('fr-apos', 'en', RULESET).flatMap((g) => g.rules.map((r) => r.id))).toEqual(['fr-apostrophe']);
    expect(ruleGroups('nothing like this', 'fr', RULESET)).toEqual([]);
  });

  it('switches a rule off and on again, the disabled list kept sorted and without repeats', () => {
    const off = withRule(withRule(DEFAULT_TYPOGRAPHY_SETTINGS, 'fr-b', false), 'fr-a', false);
    expect(off.disabledRules).toEqual(['fr-a', 'fr-b']);
    expect(withRule(off, 'fr-a', false).disabledRules).toEqual(['fr-a', 'fr-b']);
    expect(withRule(off, 'fr-a', true).disabledRules).toEqual(['fr-b']);
    expect(DEFAULT_TYPOGRAPHY_SETTINGS.disabledRules).toEqual([]);
  });

  it('reads the exception list one word per line, trimmed, without blanks, repeats or over-long lines', () => {
    expect(parseExceptions('  Bangui \r\n\nBan-gui\nBangui\n' + 'x'.repeat(MAX_EXCEPTION_LENGTH + 1) + '\n')).toEqual({ words: ['Bangui', 'Ban-gui'], rejected: 1 });
    expect(parseExceptions('')).toEqual({ words: [], rejected: 0 });
  });
});
