import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

export interface MenuItem {
  id: string;
  label: string;
  /** A second, quieter line under the label. */
  hint?: string;
  onSelect(): void;
  disabled?: boolean;
  danger?: boolean;
  testId?: string;
}

interface MenuButtonProps {
  /** Visible content of the button. */
  children: ReactNode;
  /** Accessible name when the content is only an icon. */
  label?: string;
  items: readonly MenuItem[];
  className?: string;
  testId?: string;
  /** Which edge of the button the menu lines up with. */
  align?: 'start' | 'end';
  disabled?: boolean;
  /** Accessible name of the menu itself. */
  menuLabel?: string;
  menuTestId?: string;
}

/**
 * A button that opens a short menu (WAI-ARIA menu button): Enter, Space or ArrowDown open it on
 * the first item, arrows and Home/End move, Enter activates, Escape or Tab close, focus returns
 * to the button.
 */
export function MenuButton({ children, label, items, className, testId, align = 'start', disabled, menuLabel, menuTestId }: MenuButtonProps) {
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);
  const menuId = useId();
  const enabled = items.map((item, i) => (item.disabled ? -1 : i)).filter((i) => i >= 0);

  useEffect(() => {
    if (!open) return;
    menuRef.current?.querySelectorAll<HTMLElement>('[role="menuitem"]')[active]?.focus();
  }, [open, active]);

  useEffect(() => {
    if (!open) return;
    const onPointer = (e: PointerEvent) => {
      const target = e.target as Node;
      if (!menuRef.current?.contains(target) && !buttonRef.current?.contains(target)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);

  const openAt = (index: number) => {
    if (!enabled.length) return;
    setActive(index);
    setOpen(true);
  };
  const close = (refocus = true) => {
    setOpen(false);
    if (refocus) buttonRef.current?.focus();
  };
  const step = (delta: number) => {
    const pos = enabled.indexOf(active);
    setActive(enabled[(pos + delta + enabled.length) % enabled.length]!);
  };
  const onMenuKey = (e: KeyboardEvent) => {
    const moves: Record<string, () => void> = {
      ArrowDown: () => step(1),
      ArrowUp: () => step(-1),
      Home: () => setActive(enabled[0]!),
      End: () => setActive(enabled[enabled.length - 1]!),
      Escape: () => close(),
      Tab: () => close(false),
    };
    const move = moves[e.key];
    if (!move) return;
    if (e.key !== 'Tab') e.preventDefault();
    move();
  };

  return (
    <span className="menu-button">
      <button
        ref={buttonRef}
        type="button"
        className={className}
        aria-label={label}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        data-testid={testId}
        disabled={disabled}
        onClick={() => (open ? close() : openAt(enabled[0] ?? 0))}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
            e.preventDefault();
            openAt(e.key === 'ArrowDown' ? (enabled[0] ?? 0) : (enabled[enabled.length - 1] ?? 0));
          }
        }}
      >
        {children}
      </button>
      {open && (
        <div ref={menuRef} id={menuId} role="menu" className={`menu menu-${align}`} aria-label={menuLabel} data-testid={menuTestId} onKeyDown={onMenuKey}>
          {items.map((item, i) => (
            <button
              key={item.id}
              type="button"
              role="menuitem"
              tabIndex={i === active ? 0 : -1}
              disabled={item.disabled}
              className={item.danger ? 'menu-item danger' : 'menu-item'}
              data-testid={item.testId}
              onClick={() => {
                close();
                item.onSelect();
              }}
            >
              {item.hint ? (
                <span className="menu-item-text">
                  <span>{item.label}</span>
                  <span className="menu-item-hint">{item.hint}</span>
                </span>
              ) : (
                item.label
              )}
            </button>
          ))}
        </div>
      )}
    </span>
  );
}
