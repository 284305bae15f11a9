import { describe, expect, it } from 'vitest';
import { MAX_RULE_TEXT, ruleOf, ruleText, sameTextLines, toggledRule, withRule } from '../../../renderer/features/review/lineRules';

const lines = ['Partager sur Facebook', 'Corps du texte.', '  partager   SUR facebook ', '', 'Partager sur Facebook'];

describe('line rules', () => {
  it('a rule marks every line with the same text (spacing and case aside)', () => {
    const rules = withRule({}, lines, 0, 'always-drop');
    expect(rules).toEqual({ '0': 'always-drop', '2': 'always-drop', '4': 'always-drop' });
    expect(ruleOf(rules, 2)).toBe('always-drop');
    expect(ruleOf(rules, 1)).toBeNull();
  });

  it('forgetting removes the badge from those lines only', () => {
    const rules = withRule({ '1': 'never-drop', '0': 'always-drop', '4': 'always-drop' }, lines, 4, null);
    expect(rules).toEqual({ '1': 'never-drop' });
  });

  it('finds the copies of a line in the source', () => {
    expect(sameTextLines(lines, 2)).toEqual([0, 2, 4]);
    expect(sameTextLines(lines, 1)).toEqual([1]);
    expect(sameTextLines(lines, 9)).toEqual([]);
  });

  it('pressing the same rule again forgets it', () => {
    expect(toggledRule(null, 'always-drop')).toBe('always-drop');
    expect(toggledRule('always-drop', 'always-drop')).toBeNull();
    expect(toggledRule('never-drop', 'always-drop')).toBe('always-drop');
  });

  it('the rule text is the trimmed line, when it fits', () => {
    expect(ruleText('  Accueil  ')).toBe('Accueil');
    expect(ruleText('   ')).toBeNull();
    expect(ruleText('x'.repeat(MAX_RULE_TEXT + 1))).toBeNull();
  });
});
