import { createContext, useContext } from 'react';
import type { AppInfo } from '../../shared/api';
import type { Settings, View } from '../../shared/domain';

/** A button offered in a notice ("Undo", "Open"); the notice closes when it is used. */
export interface NoticeAction {
  label: string;
  run(): void;
}

export interface Notice {
  id: number;
  kind: 'info' | 'success' | 'error';
  text: string;
  action?: NoticeAction;
}

export interface AppState {
  info: AppInfo;
  settings: Settings;
  /** Saves some settings; the UI follows at once (optimistic), errors are reported. */
  updateSettings(patch: Partial<Settings>): void;
  view: View;
  navigate(view: View): void;
  /** Shows a short message in the notification area, optionally with one action (Undo). */
  notify(text: string, kind?: Notice['kind'], action?: NoticeAction): void;
  /** Words an error from the services in the UI language and shows it. */
  reportError(error: unknown): void;
}

export const AppContext = createContext<AppState | null>(null);

/** The app's state and services (info, settings, view, notices); throws outside the app. */
export function useApp(): AppState {
  const ctx = useContext(AppContext);
  if (!ctx) throw new Error('useApp outside AppContext');
  return ctx;
}
