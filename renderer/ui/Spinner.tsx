import { useI18n } from '../i18n/I18nProvider';

/**
 * A small busy indicator. With `label` (default "Loading…") it is announced; `decorative` hides
 * it when text next to it already says what is happening.
 */
export function Spinner({ label, decorative, size = 16 }: { label?: string; decorative?: boolean; size?: number }) {
  const { t } = useI18n();
  return (
    <span
      className="spinner"
      style={{ width: size, height: size }}
      role={decorative ? undefined : 'status'}
      aria-label={decorative ? undefined : (label ?? t('common.loading'))}
      aria-hidden={decorative ? true : undefined}
    />
  );
}
