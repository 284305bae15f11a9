import type { SplitField, SplitFlag, SplitMap } from '../../../shared/domain';
import type { MessageKey } from '../../i18n/catalog';
import type { Translate } from '../../i18n/I18nProvider';

export type FlagCode = SplitFlag['code'];

/** Below this confidence a field is pointed out even when no flag says why. */
export const LOW_CONFIDENCE = 0.6;

/** The sentence that explains each flag code to the user. */
export const FLAG_KEYS: Record<FlagCode, MessageKey> = {
  'no-title': 'review.flag.no-title',
  'title-uncertain': 'review.flag.title-uncertain',
  'two-datelines': 'review.flag.two-datelines',
  'no-date': 'review.flag.no-date',
  'date-uncertain': 'review.flag.date-uncertain',
  'no-contact-intro': 'review.flag.no-contact-intro',
  'contact-like-in-body': 'review.flag.contact-like-in-body',
  'doubtful-join': 'review.flag.doubtful-join',
  'language-uncertain': 'review.flag.language-uncertain',
  'quote-speaker-unknown': 'review.flag.quote-speaker-unknown',
};

/** Reading order of the fields, so the list of points to check follows the form. */
const FIELD_ORDER: readonly SplitField[] = ['title', 'subtitle', 'dateline', 'date', 'language', 'contacts', 'body', 'quotes'];

/** A point to check: a flag of the split, or a field whose confidence alone is low. */
export interface ReviewPoint {
  field: SplitField;
  code: FlagCode | 'low-confidence';
  line: number | null;
  detail: string | null;
}

/** A point worded: the sentence and the evidence (the doubtful join, the two dates…). */
export interface WordedPoint {
  point: ReviewPoint;
  text: string;
  evidence: string | null;
}

/** The label of each field, as points name it. */
export const FIELD_KEYS: Record<SplitField, MessageKey> = {
  title: 'review.field.title',
  subtitle: 'review.field.subtitle',
  dateline: 'review.field.dateline',
  date: 'review.field.date',
  language: 'review.field.language',
  contacts: 'review.field.contacts',
  body: 'review.field.body',
  quotes: 'review.field.quotes',
};

/** Words one point in the UI language. Pure. */
export function wordPoint(point: ReviewPoint, t: Translate): WordedPoint {
  const evidence = point.detail?.trim() || null;
  const text = point.code === 'low-confidence' ? t('review.flag.low-confidence', { field: t(FIELD_KEYS[point.field]) }) : t(FLAG_KEYS[point.code]);
  return { point, text, evidence };
}

/**
 * The flags of a map in the form's reading order (stable within a field), plus a "low
 * confidence" point for each field whose confidence is low and that no flag explains. Pure.
 */
export function reviewPoints(map: SplitMap): ReviewPoint[] {
  const points: ReviewPoint[] = map.flags.map((f) => ({ field: f.field, code: f.code, line: f.line, detail: f.detail }));
  const explained = new Set(points.map((f) => f.field));
  for (const field of uncertainFields(map)) {
    if (!explained.has(field)) points.push({ field, code: 'low-confidence', line: null, detail: null });
  }
  const rank = (p: ReviewPoint) => FIELD_ORDER.indexOf(p.field);
  return points.map((p, i) => ({ p, i })).sort((a, b) => rank(a.p) - rank(b.p) || a.i - b.i).map(({ p }) => p);
}

/** Fields whose confidence is below LOW_CONFIDENCE. Pure. */
export function uncertainFields(map: SplitMap): SplitField[] {
  return FIELD_ORDER.filter((f) => {
    const c = map.confidence[f];
    return c !== undefined && c < LOW_CONFIDENCE;
  });
}

/** Fields with something to check (a flag or a low confidence). Pure. */
export function flaggedFields(points: readonly ReviewPoint[]): ReadonlySet<SplitField> {
  return new Set(points.map((p) => p.field));
}

/** True when the review must ask for the release date: the split found none. Pure. */
export function dateMissing(date: string | null): boolean {
  return date === null || date === '';
}
