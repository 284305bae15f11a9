import { useEffect, useState, type FormEvent } from 'react';
import { LANGUAGES, slugifyThemeId, type Theme } from '../../../shared/domain';
import { useApp } from '../../app/AppContext';
import { getClient } from '../../app/transport';
import { useI18n } from '../../i18n/I18nProvider';
import { Dialog } from '../../ui/Dialog';
import { KeywordChips } from './KeywordChips';
import {
  emptyThemeForm,
  formToCreateInput,
  formToUpdateInput,
  themeToForm,
  validateThemeForm,
  type ThemeForm,
  type ThemeFormField,
  type ThemeFormIssue,
} from './themeForm';
import { issueMessage } from './themeIssues';
import { parentChoices, type ThemeNode } from './themeTree';

/** What the dialog is for: adding a theme (maybe under a parent) or editing one. */
export type ThemeDialogMode = { kind: 'add'; parent: string | null } | { kind: 'edit'; theme: Theme };

interface ThemeDialogProps {
  mode: ThemeDialogMode;
  themes: readonly Theme[];
  nodes: readonly ThemeNode[];
  onClose(): void;
  onSaved(theme: Theme): void;
}

/** DOM id of the control that shows a form field, so the first invalid one can be focused. */
const fieldId = (field: ThemeFormField) => `theme-${field}`;

/** Adds or edits a theme: labels in the three languages, parent, keywords per language, scope note. */
export function ThemeDialog({ mode, themes, nodes, onClose, onSaved }: ThemeDialogProps) {
  const { t, lang } = useI18n();
  const { notify, reportError } = useApp();
  const editing = mode.kind === 'edit' ? mode.theme : null;
  const [form, setForm] = useState<ThemeForm>(() => (editing ? themeToForm(editing) : emptyThemeForm(mode.kind === 'add' ? mode.parent : null)));
  const [attempted, setAttempted] = useState(false);
  const [busy, setBusy] = useState(false);
  // After showModal (the Dialog's effect runs first), start on the label in the user's language.
  useEffect(() => {
    document.getElementById(fieldId(`label-${lang}`))?.focus();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, when the dialog opens
  }, []);

  const issues = attempted ? validateThemeForm(form, themes, editing?.id ?? null) : [];
  const issueFor = (field: ThemeFormField): ThemeFormIssue | undefined => issues.find((i) => i.field === field);
  const errorText = (field: ThemeFormField): string => {
    const issue = issueFor(field);
    if (!issue) return '';
    const { key, params } = issueMessage(issue);
    return t(key, params);
  };
  const update = (patch: Partial<ThemeForm>) => setForm((f) => ({ ...f, ...patch }));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    setAttempted(true);
    const found = validateThemeForm(form, themes, editing?.id ?? null);
    if (found[0]) {
      document.getElementById(fieldId(found[0].field))?.focus();
      return;
    }
    setBusy(true);
    try {
      if (editing) {
        const patch = formToUpdateInput(editing, form);
        if (!patch) return onClose();
        const saved = await getClient().call('themes.update', patch);
        notify(t('themes.saved', { label: saved.labels[lang] }), 'success');
        onSaved(saved);
      } else {
        const created = await getClient().call('themes.create', formToCreateInput(form));
        notify(t('themes.created', { label: created.labels[lang] }), 'success');
        onSaved(created);
      }
    } catch (error) {
      // The dialog stays open with everything typed, so the user can fix and retry.
      reportError(error);
    } finally {
      setBusy(false);
    }
  };

  const previewId = editing ? editing.id : slugifyThemeId(form.labels.en);
  const invalid = (field: ThemeFormField) => (issueFor(field) ? { 'aria-invalid': true as const, 'aria-describedby': `${fieldId(field)}-error` } : {});

  return (
    <Dialog
      title={t(editing ? 'themes.dialog.editTitle' : 'themes.dialog.addTitle')}
      onClose={onClose}
      testId="theme-dialog"
      actions={
        <>
          {issues.length > 0 && (
            <p className="theme-form-summary" role="alert">
              {t('themes.dialog.fix')}
            </p>
          )}
          <button type="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" form="theme-form" className="primary" disabled={busy} data-testid="theme-submit">
            {t(editing ? 'themes.dialog.save' : 'themes.dialog.create')}
          </button>
        </>
      }
    >
      <form id="theme-form" className="theme-form" noValidate onSubmit={(e) => void submit(e)}>
        <fieldset className="theme-form-section">
          <legend>{t('themes.field.labels')}</legend>
          <p className="field-hint">{t('themes.field.labelsHint')}</p>
          {LANGUAGES.map((l) => {
            const field = `label-${l}` as const;
            return (
              <div className="theme-form-row" key={l}>
                <label htmlFor={fieldId(field)}>{t(`themes.lang.${l}`)}</label>
                <div className="theme-form-control">
                  <input
                    id={fieldId(field)}
                    data-testid={`theme-label-${l}`}
                    type="text"
                    lang={l}
                    maxLength={200}
                    value={form.labels[l]}
                    onChange={(e) => update({ labels: { ...form.labels, [l]: e.target.value } })}
                    {...invalid(field)}
                  />
                  <p id={`${fieldId(field)}-error`} className="field-error">
                    {errorText(field)}
                  </p>
                </div>
              </div>
            );
          })}
          <p className="field-hint theme-form-id">{previewId ? t('themes.field.id', { id: previewId }) : t('themes.field.idPending')}</p>
        </fieldset>

        <div className="theme-form-section">
          <label htmlFor={fieldId('parent')}>{t('themes.field.parent')}</label>
          <select
            id={fieldId('parent')}
            data-testid="theme-parent"
            value={form.parent ?? ''}
            onChange={(e) => update({ parent: e.target.value === '' ? null : e.target.value })}
            {...invalid('parent')}
          >
            <option value="">{t('themes.field.parentNone')}</option>
            {parentChoices(nodes, themes, editing?.id ?? null).map((n) => (
              <option key={n.theme.id} value={n.theme.id}>
                {'\u00A0\u00A0\u00A0'.repeat(n.depth) + n.theme.labels[lang]}
              </option>
            ))}
          </select>
          <p id={`${fieldId('parent')}-error`} className="field-error">
            {errorText('parent')}
          </p>
        </div>

        <fieldset className="theme-form-section">
          <legend>{t('themes.field.keywords')}</legend>
          <p className="field-hint">{t('themes.field.keywordsHint')}</p>
          {LANGUAGES.map((l) => (
            <div className="theme-form-keywords" key={l}>
              <label htmlFor={fieldId(`keywords-${l}`)}>{t(`themes.field.keywords.${l}`)}</label>
              <KeywordChips
                inputId={fieldId(`keywords-${l}`)}
                testId={`theme-keywords-${l}`}
                lang={l}
                keywords={form.keywords[l]}
                onChange={(list) => setForm((f) => ({ ...f, keywords: { ...f.keywords, [l]: list } }))}
              />
              {issueFor(`keywords-${l}`) && <p className="field-error">{errorText(`keywords-${l}`)}</p>}
            </div>
          ))}
        </fieldset>

        <div className="theme-form-section">
          <label htmlFor={fieldId('scope')}>{t('themes.field.scope')}</label>
          <textarea
            id={fieldId('scope')}
            data-testid="theme-scope"
            rows={3}
            value={form.scope}
            onChange={(e) => update({ scope: e.target.value })}
            {...invalid('scope')}
          />
          <p className="field-hint">{t('themes.field.scopeHint')}</p>
          <p id={`${fieldId('scope')}-error`} className="field-error">
            {errorText('scope')}
          </p>
        </div>
      </form>
    </Dialog>
  );
}
