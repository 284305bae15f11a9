import { useEffect, useRef, useState } from 'react';
import type { Notice } from '../app/AppContext';
import { useI18n } from '../i18n/I18nProvider';
import { Icon } from './Icon';

/** How long a notice stays; one with an action (Undo) stays long enough to reach it. */
function lifetime(n: Notice): number {
  if (n.kind === 'error') return 12000;
  return n.action ? 9000 : 4500;
}

/** Transient messages in a live region; errors stay longer, and all can be dismissed. */
export function Notices({ notices, onDismiss }: { notices: readonly Notice[]; onDismiss: (id: number) => void }) {
  return (
    <div className="notices" role="status" aria-live="polite" data-testid="notices">
      {notices.map((n) => (
        <NoticeItem key={n.id} notice={n} onDismiss={onDismiss} />
      ))}
    </div>
  );
}

/** One notice; its timer pauses while the pointer or the keyboard focus is on it, so it can be read and used. */
function NoticeItem({ notice: n, onDismiss }: { notice: Notice; onDismiss: (id: number) => void }) {
  const { t } = useI18n();
  const [held, setHeld] = useState(false);
  const dismiss = useRef(onDismiss);
  useEffect(() => {
    dismiss.current = onDismiss;
  });
  useEffect(() => {
    if (held) return;
    const timer = window.setTimeout(() => dismiss.current(n.id), lifetime(n));
    return () => window.clearTimeout(timer);
  }, [held, n]);
  return (
    <div
      className={`notice notice-${n.kind}`}
      role={n.kind === 'error' ? 'alert' : undefined}
      data-testid="notice"
      onPointerEnter={() => setHeld(true)}
      onPointerLeave={() => setHeld(false)}
      onFocus={() => setHeld(true)}
      onBlur={() => setHeld(false)}
    >
      {n.kind !== 'info' && <Icon name={n.kind === 'error' ? 'alert' : 'check'} className="notice-icon" />}
      <span>{n.text}</span>
      {n.action && (
        <button
          type="button"
          className="notice-action"
          data-testid="notice-action"
          onClick={() => {
            onDismiss(n.id);
            n.action?.run();
          }}
        >
          {n.action.label}
        </button>
      )}
      <button type="button" className="notice-dismiss" aria-label={t('common.dismiss')} onClick={() => onDismiss(n.id)}>
        <Icon name="close" size={14} />
      </button>
    </div>
  );
}
