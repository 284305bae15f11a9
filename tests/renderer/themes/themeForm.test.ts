import { describe, expect, it } from 'vitest';
import {
  emptyThemeForm,
  formToCreateInput,
  formToUpdateInput,
  themeToForm,
  validateThemeForm,
  type ThemeForm,
} from '../../../renderer/features/themes/themeForm';
import { issueMessage } from '../../../renderer/features/themes/themeIssues';
import { taxonomy } from './fixtures';

const form = (labels: [string, string, string], patch: Partial<ThemeForm> = {}): ThemeForm => ({
  ...emptyThemeForm(),
  labels: { fr: labels[0], en: labels[1], es: labels[2] },
  ...patch,
});
const codes = (f: ThemeForm, editing: string | null = null) =>
  validateThemeForm(f, taxonomy, editing).map((i) => `${i.field}:${i.code}`);

describe('validateThemeForm', () => {
  it.each<[string, ThemeForm, string | null, string[]]>([
    ['a complete new theme is valid', form(['Santé mentale', 'Mental health', 'Salud mental']), null, []],
    ['all three labels are required', form(['', ' ', 'Salud mental']), null, ['label-fr:required', 'label-en:required']],
    ['labels at most 120 characters', form(['x'.repeat(121), 'Mental health', 'Salud mental']), null, ['label-fr:too-long']],
    ['same label as another theme, ignoring case and accents', form(['retour et reintegration', 'Mental health', 'Salud mental']), null, ['label-fr:duplicate']],
    ['English label must give an id', form(['Santé', '¿?', 'Salud']), null, ['label-en:no-id']],
    ['English label must not give an existing id', form(['Autre', 'AVR', 'Otro']), null, ['label-en:id-taken']],
    ['scope note at most 1000 characters', form(['Santé', 'Health', 'Salud'], { scope: 'x'.repeat(1001) }), null, ['scope:too-long']],
    ['editing keeps its own labels without a duplicate', themeToForm(taxonomy[0]!), 'return-reintegration', []],
    ['editing does not re-derive the id', form(['Aide au retour', 'AVR', 'Retorno'], { parent: 'return-reintegration' }), 'avr', []],
    ['cannot move under a descendant', { ...themeToForm(taxonomy[0]!), parent: 'avr-sahel' }, 'return-reintegration', ['parent:parent-cycle']],
    ['cannot move under itself', { ...themeToForm(taxonomy[1]!), parent: 'counter-trafficking' }, 'counter-trafficking', ['parent:parent-cycle']],
  ])('%s', (_name, f, editing, expected) => {
    expect(codes(f, editing)).toEqual(expected);
  });

  it('reports issues in screen order, with what the user needs to fix them', () => {
    const issues = validateThemeForm(form(['Retour et réintégration', 'Counter-trafficking!', '']), taxonomy, null);
    expect(issues).toEqual([
      { field: 'label-fr', code: 'duplicate', other: 'Retour et réintégration' },
      { field: 'label-en', code: 'id-taken', id: 'counter-trafficking' },
      { field: 'label-es', code: 'required' },
    ]);
    expect(issues.map(issueMessage)).toEqual([
      { key: 'themes.error.duplicate', params: { other: 'Retour et réintégration' } },
      { key: 'themes.error.idTaken', params: { id: 'counter-trafficking' } },
      { key: 'themes.error.required' },
    ]);
  });
});

describe('issueMessage', () => {
  it('words a too-long scope and a too-long label differently', () => {
    expect(issueMessage({ field: 'scope', code: 'too-long' }).key).toBe('themes.error.scopeTooLong');
    expect(issueMessage({ field: 'label-es', code: 'too-long' }).key).toBe('themes.error.labelTooLong');
  });
});

describe('formToCreateInput', () => {
  it('trims labels and scope; an empty scope is null', () => {
    const f = form([' Santé mentale ', 'Mental health ', ' Salud mental'], { parent: 'avr', keywords: { fr: ['psy'], en: [], es: [] } });
    expect(formToCreateInput(f)).toEqual({
      labels: { fr: 'Santé mentale', en: 'Mental health', es: 'Salud mental' },
      scope: null,
      keywords: { fr: ['psy'], en: [], es: [] },
      parent: 'avr',
    });
    expect(formToCreateInput({ ...f, scope: '  Wellbeing ' }).scope).toBe('Wellbeing');
  });
});

describe('formToUpdateInput', () => {
  const theme = taxonomy[0]!;

  it('is null when nothing changed (also with spaces around labels)', () => {
    const f = themeToForm(theme);
    expect(formToUpdateInput(theme, f)).toBeNull();
    expect(formToUpdateInput(theme, { ...f, labels: { ...f.labels, fr: ` ${f.labels.fr} ` } })).toBeNull();
  });

  it('carries only what changed', () => {
    const f = themeToForm(theme);
    expect(formToUpdateInput(theme, { ...f, labels: { ...f.labels, en: 'Return' } })).toEqual({
      id: 'return-reintegration',
      labels: { fr: 'Retour et réintégration', en: 'Return', es: 'Retorno y reintegración' },
    });
    expect(formToUpdateInput(theme, { ...f, keywords: { ...f.keywords, es: ['retorno'] }, parent: 'counter-trafficking' })).toEqual({
      id: 'return-reintegration',
      keywords: { fr: ['retour volontaire', 'réintégration'], en: ['voluntary return'], es: ['retorno'] },
      parent: 'counter-trafficking',
    });
    expect(formToUpdateInput(theme, { ...f, scope: 'AVRR' })).toEqual({ id: 'return-reintegration', scope: 'AVRR' });
  });

  it('themeToForm copies, so editing the form never touches the theme', () => {
    const f = themeToForm(theme);
    f.keywords.fr.push('x');
    expect(theme.keywords.fr).toHaveLength(2);
  });
});
