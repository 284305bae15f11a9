import { describe, expect, it } from 'vitest';
import { emptyContact } from '../../../shared/domain';
import { applySplit, confirmFields, editField, formValues, initForm, initFormWith, isEdited, resetField } from '../../../renderer/features/review/fields';
import { splitOf } from './fixtures';

describe('field edit tracking', () => {
  it('a fresh form shows the split, everything automatic', () => {
    const form = initForm(splitOf({ subtitle: null }));
    expect(formValues(form)).toMatchObject({ title: 'Titre', subtitle: '', dateline: 'Genève', date: '2024-03-06', language: 'fr' });
    expect(isEdited(form, 'title')).toBe(false);
  });

  it('typing marks the field edited', () => {
    const form = editField(initForm(splitOf()), 'title', 'Mon titre');
    expect(isEdited(form, 'title')).toBe(true);
    expect(formValues(form).title).toBe('Mon titre');
  });

  it('a re-split does not overwrite an edited field, and updates the automatic ones', () => {
    let form = editField(initForm(splitOf()), 'title', 'Mon titre');
    form = applySplit(form, splitOf({ title: 'Nouveau titre', dateline: 'Dakar' }));
    expect(formValues(form).title).toBe('Mon titre');
    expect(formValues(form).dateline).toBe('Dakar');
    expect(form.auto.title).toBe('Nouveau titre');
  });

  it('reset gives the automatic value back', () => {
    let form = editField(initForm(splitOf()), 'date', null);
    form = applySplit(form, splitOf({ date: '2024-04-01' }));
    expect(formValues(form).date).toBeNull();
    form = resetField(form, 'date');
    expect(isEdited(form, 'date')).toBe(false);
    expect(formValues(form).date).toBe('2024-04-01');
  });

  it('typing the automatic value back ends the edit', () => {
    let form = editField(initForm(splitOf()), 'title', 'Autre');
    form = editField(form, 'title', 'Titre');
    expect(isEdited(form, 'title')).toBe(false);
  });

  it('a split that comes to agree with the edit ends it', () => {
    let form = editField(initForm(splitOf()), 'dateline', 'Dakar');
    form = applySplit(form, splitOf({ dateline: 'Dakar' }));
    expect(isEdited(form, 'dateline')).toBe(false);
  });

  it('contacts are tracked as a whole, compared by content (key order aside)', () => {
    const c = { ...emptyContact(), name: 'Ana Pérez', email: 'ana@example.org' };
    const reordered = { email: 'ana@example.org', name: 'Ana Pérez', role: null, organization: null, phone: null, phoneAlt: null, phoneIntl: null, phoneAltIntl: null };
    const form = initFormWith(splitOf({ contacts: [c] }), { ...formValues(initForm(splitOf({ contacts: [c] }))), contacts: [reordered] });
    expect(isEdited(form, 'contacts')).toBe(false);
    const edited = editField(form, 'contacts', [{ ...c, role: 'Porte-parole' }]);
    expect(isEdited(edited, 'contacts')).toBe(true);
    expect(isEdited(applySplit(edited, splitOf({ contacts: [] })), 'contacts')).toBe(true);
  });

  it('a release edited before starts with those edits', () => {
    const current = { title: 'Titre revu', subtitle: '', dateline: 'Genève', date: '2024-03-06' as const, language: 'fr' as const, contacts: [] };
    const form = initFormWith(splitOf(), current);
    expect(isEdited(form, 'title')).toBe(true);
    expect(isEdited(form, 'dateline')).toBe(false);
    expect(formValues(form).title).toBe('Titre revu');
  });

  it('confirm sends trimmed texts and the date or null', () => {
    let form = editField(initForm(splitOf()), 'title', '  Espaces  ');
    form = editField(form, 'date', null);
    expect(confirmFields(form)).toMatchObject({ title: 'Espaces', subtitle: '', dateline: 'Genève', date: null, language: 'fr', contacts: [] });
  });
});
