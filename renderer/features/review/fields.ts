import type { Contact, IsoDate, Language, SplitFields } from '../../../shared/domain';

/** The fields the review form edits (the body, quotes and dropped lines follow the split). */
export interface FormValues {
  title: string;
  subtitle: string;
  dateline: string;
  date: IsoDate | null;
  language: Language;
  contacts: Contact[];
}
export type FormField = keyof FormValues;
export const FORM_FIELDS: readonly FormField[] = ['title', 'subtitle', 'dateline', 'date', 'language', 'contacts'];

/**
 * The form: what the split proposes (`auto`) and what the user typed (`edits`). A field the user
 * edited keeps its value when the split changes (a re-assign must not wipe what was typed);
 * resetting it gives the automatic value back.
 */
export interface FormState {
  auto: FormValues;
  edits: Partial<FormValues>;
}

/** The form values a split proposes (absent texts as empty strings). Pure. */
export function valuesFromSplit(split: SplitFields): FormValues {
  return {
    title: split.title ?? '',
    subtitle: split.subtitle ?? '',
    dateline: split.dateline ?? '',
    date: split.date,
    language: split.language,
    contacts: split.contacts,
  };
}

/** A fresh form on a split, nothing edited. Pure. */
export function initForm(split: SplitFields): FormState {
  return { auto: valuesFromSplit(split), edits: {} };
}

/**
 * A form on a split whose release already holds `current` values (a release reviewed or edited
 * before): fields that differ from the split start as the user's edits, so nothing is lost. Pure.
 */
export function initFormWith(split: SplitFields, current: FormValues): FormState {
  let state = initForm(split);
  for (const field of FORM_FIELDS) state = editField(state, field, current[field]);
  return state;
}

/** The values shown: the user's where edited, else the split's. Pure. */
export function formValues(state: FormState): FormValues {
  return { ...state.auto, ...state.edits };
}

/** True when the field holds the user's value rather than the split's. Pure. */
export function isEdited(state: FormState, field: FormField): boolean {
  return field in state.edits;
}

/**
 * The user changed a field. Typing the automatic value back (or clearing an edit to what the
 * split says) makes it automatic again, so the marker never says "edited" for an unchanged value.
 * Pure; returns a new state.
 */
export function editField<F extends FormField>(state: FormState, field: F, value: FormValues[F]): FormState {
  const edits = { ...state.edits };
  if (sameValue(state.auto[field], value)) delete edits[field];
  else edits[field] = value;
  return { auto: state.auto, edits };
}

/** Back to the split's value for `field`. Pure. */
export function resetField(state: FormState, field: FormField): FormState {
  if (!(field in state.edits)) return state;
  const edits = { ...state.edits };
  delete edits[field];
  return { auto: state.auto, edits };
}

/**
 * A new split arrived (a re-assign, a re-run): the automatic values follow it, the edited fields
 * keep the user's values — except where the split now agrees with them, which ends the edit. Pure.
 */
export function applySplit(state: FormState, split: SplitFields): FormState {
  const auto = valuesFromSplit(split);
  const edits: Partial<FormValues> = {};
  for (const field of FORM_FIELDS) {
    if (!(field in state.edits)) continue;
    const value = state.edits[field];
    if (!sameValue(auto[field], value)) Object.assign(edits, { [field]: value });
  }
  return { auto, edits };
}

/** The fields as `review.confirm` takes them (texts trimmed, date null when empty). Pure. */
export function confirmFields(state: FormState): FormValues {
  const v = formValues(state);
  return {
    title: v.title.trim(),
    subtitle: v.subtitle.trim(),
    dateline: v.dateline.trim(),
    date: v.date,
    language: v.language,
    contacts: v.contacts,
  };
}

function sameValue(a: unknown, b: unknown): boolean {
  return a === b || canonical(a) === canonical(b);
}

/** JSON with object keys sorted and absent optional fields as null: contacts compare by content. */
function canonical(v: unknown): string {
  return JSON.stringify(v, (_key, value: unknown) => {
    if (value === undefined) return null;
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      return Object.fromEntries(Object.entries(value).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)));
    }
    return value;
  });
}
