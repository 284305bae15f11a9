import { describe, expect, it } from 'vitest';
import { computeLines } from '../../../renderer/features/review/bands';
import { explainLine, explainRule } from '../../../renderer/features/review/ruleText';
import { mapOf } from './fixtures';

describe('why a line went where it went', () => {
  it('explains boilerplate, split and contact rules in the UI language', () => {
    expect(explainRule('bp-email-header', 'fr')).toBe('En-tête de courriel');
    expect(explainRule('split-title-repeat', 'en')).toBe('Headline printed twice');
    expect(explainRule('contact-line', 'es')).toBe('Línea del bloque de contactos');
    expect(explainRule('user', 'fr')).toBe('Choix de l’utilisateur');
  });

  it('says nothing for no rule or an unknown one', () => {
    expect(explainRule(null, 'fr')).toBeNull();
    expect(explainRule('rule-from-a-newer-pipeline', 'fr')).toBeNull();
  });

  it('lists the reasons of a cut line once each', () => {
    const lines = ['Qui sommes nousL’Organisation aide.'];
    const map = mapOf([
      { line: 0, start: 0, end: 15, dest: 'dropped', rule: 'split-before-title', forced: false },
      { line: 0, start: 15, end: lines[0]!.length, dest: 'body', rule: 'split-body', forced: false },
    ]);
    expect(explainLine(computeLines(lines, map, [])[0]!, 'en')).toEqual(['Above the headline: site furniture', 'Release body']);
  });
});
