import { createContext, useContext } from 'react';
import type { AppInfo } from '../../shared/api';
import type { Settings, View } from '../../shared/domain';

export interface Notice {
  id: number;
  kind: 'info' | 'success' | 'error';
  text: string;
}

export interface AppState {
  info: AppInfo;
  settings: Settings;
  /** Saves some settings; the UI follows at once (optimistic), errors are reported. */
  updateSettings(patch: Partial<Settings>): void;
  view: View;
  navigate(view: View): void;
  /** Shows a short message in the notification area. */
  notify(text: string, kind?: Notice['kind']): void;
  /** Words an error from the services in the UI language and shows it. */
  reportError(error: unknown): void;
}

export const AppContext = createContext<AppState | null>(null);

export function useApp(): AppState {
  const ctx = useContext(AppContext);
  if (!ctx) throw new Error('useApp outside AppContext');
  return ctx;
}
