import { useEffect, useRef } from 'react';
import { isUiCommand, type UiCommand } from '../../shared/api';
import { isDesktop } from './transport';

type Listener = (command: UiCommand) => void;
const listeners = new Set<Listener>();

/** Sends a command to whoever handles it now (the open view). */
export function runCommand(command: UiCommand): void {
  for (const l of [...listeners]) l(command);
}

/** Handles some commands while the calling component is mounted. */
export function useCommands(handlers: Partial<Record<UiCommand, () => void>>): void {
  const ref = useRef(handlers);
  ref.current = handlers;
  useEffect(() => {
    const listener: Listener = (command) => ref.current[command]?.();
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  }, []);
}

/**
 * Keyboard shortcuts of browser mode; in the desktop app the native menu owns the same
 * accelerators and sends the commands itself, so they are not bound twice.
 */
const SHORTCUTS: ReadonlyArray<{ key: string; shift?: boolean; command: UiCommand }> = [
  { key: 'o', command: 'import' },
  { key: 's', command: 'save' },
  { key: 'e', command: 'export-md' },
  { key: 'f', command: 'find' },
  { key: 'h', command: 'replace' },
  { key: 'f', shift: true, command: 'focus-search' },
  { key: 'y', shift: true, command: 'history' },
  { key: 'u', shift: true, command: 'view-original' },
  { key: '1', command: 'show-library' },
  { key: '2', command: 'show-themes' },
  { key: ',', command: 'show-settings' },
];

/** The UI command a key press asks for in browser mode, or null. Pure. */
export function commandForKey(e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>): UiCommand | null {
  if (!(e.ctrlKey || e.metaKey) || e.altKey) return null;
  const key = e.key.toLowerCase();
  const hit = SHORTCUTS.find((s) => s.key === key && Boolean(s.shift) === e.shiftKey);
  return hit?.command ?? null;
}

/** Wires menu commands (desktop) or keyboard shortcuts (browser) to `runCommand`. Call once. */
export function useCommandSources(): void {
  useEffect(() => {
    if (isDesktop()) {
      return window.galley!.onMenuCommand((name) => {
        if (isUiCommand(name)) runCommand(name);
      });
    }
    const onKey = (e: KeyboardEvent) => {
      // A control that handled the key itself (the editor's Ctrl+K) wins.
      if (e.defaultPrevented) return;
      const command = commandForKey(e);
      if (!command) return;
      e.preventDefault();
      runCommand(command);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
