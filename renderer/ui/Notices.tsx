import { useEffect } from 'react';
import type { Notice } from '../app/AppContext';
import { useI18n } from '../i18n/I18nProvider';

const LIFETIME_MS = { info: 4000, success: 4000, error: 12000 } as const;

/** Transient messages in a live region; errors stay longer and can be dismissed. */
export function Notices({ notices, onDismiss }: { notices: readonly Notice[]; onDismiss: (id: number) => void }) {
  const { t } = useI18n();
  useEffect(() => {
    const timers = notices.map((n) => window.setTimeout(() => onDismiss(n.id), LIFETIME_MS[n.kind]));
    return () => timers.forEach((id) => window.clearTimeout(id));
  }, [notices, onDismiss]);
  return (
    <div className="notices" role="status" aria-live="polite">
      {notices.map((n) => (
        <div key={n.id} className={`notice notice-${n.kind}`} role={n.kind === 'error' ? 'alert' : undefined}>
          <span>{n.text}</span>
          <button type="button" className="notice-dismiss" aria-label={t('common.dismiss')} onClick={() => onDismiss(n.id)}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
