import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { ExportFormat } from '../../../shared/api';
import { useI18n } from '../../i18n/I18nProvider';
import './export.css';

const FORMATS: ReadonlyArray<{ format: ExportFormat; label: 'export.txt' | 'export.md'; hint: 'export.txtHint' | 'export.mdHint' }> = [
  { format: 'txt', label: 'export.txt', hint: 'export.txtHint' },
  { format: 'md', label: 'export.md', hint: 'export.mdHint' },
];

/** The "Export ▾" menu button (WAI-ARIA menu button: arrows move, Escape closes, focus returns). */
export function ExportMenu({ busy, onExport }: { busy: ExportFormat | null; onExport: (format: ExportFormat) => void }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const menuId = useId();

  useEffect(() => {
    if (!open) return;
    menu.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
    const outside = (e: PointerEvent) => {
      const target = e.target as Node;
      if (!menu.current?.contains(target) && !button.current?.contains(target)) setOpen(false);
    };
    document.addEventListener('pointerdown', outside);
    return () => document.removeEventListener('pointerdown', outside);
  }, [open]);

  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) button.current?.focus();
  };
  const onMenuKey = (e: KeyboardEvent<HTMLDivElement>) => {
    const items = [...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const at = items.indexOf(document.activeElement as HTMLElement);
    const focus = (i: number) => items[(i + items.length) % items.length]?.focus();
    if (e.key === 'ArrowDown') focus(at + 1);
    else if (e.key === 'ArrowUp') focus(at - 1);
    else if (e.key === 'Home') focus(0);
    else if (e.key === 'End') focus(items.length - 1);
    else if (e.key === 'Escape') close(true);
    else if (e.key === 'Tab') close(false);
    else return;
    if (e.key !== 'Tab') e.preventDefault();
  };

  return (
    <div className="export-menu">
      <button
        ref={button}
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        data-testid="export-button"
        disabled={busy !== null}
        onClick={() => setOpen((o) => !o)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' && !open) {
            e.preventDefault();
            setOpen(true);
          }
        }}
      >
        {busy ? t('export.busy') : t('export.button')} <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <div ref={menu} id={menuId} role="menu" className="export-menu-list" aria-label={t('export.menu')} data-testid="export-menu" onKeyDown={onMenuKey}>
          {FORMATS.map(({ format, label, hint }) => (
            <button
              key={format}
              type="button"
              role="menuitem"
              tabIndex={-1}
              data-testid={`export-${format}`}
              onClick={() => {
                close(true);
                onExport(format);
              }}
            >
              <span className="export-menu-label">{t(label)}</span>
              <span className="export-menu-hint">{t(hint)}</span>
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
