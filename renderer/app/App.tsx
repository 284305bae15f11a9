import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { AppInfo } from '../../shared/api';
import { DEFAULT_SETTINGS, resolveUiLanguage, type Settings, type View } from '../../shared/domain';
import { I18nProvider, useI18n } from '../i18n/I18nProvider';
import { catalog } from '../i18n/catalog';
import { Notices } from '../ui/Notices';
import { RecoveryScreen } from '../features/settings/RecoveryScreen';
import { AppContext, type AppState, type Notice, type NoticeAction } from './AppContext';
import { useCommandSources } from './commands';
import { describeError } from './errors';
import { Shell } from './Shell';
import { getClient } from './transport';
import { useColorScheme } from './useColorScheme';

interface Boot {
  info: AppInfo;
  settings: Settings;
}

function systemLocale(): string {
  return navigator.language || 'en';
}

/** Loads app info and settings, then shows the workbench (or the recovery screen). */
export function App() {
  const [boot, setBoot] = useState<Boot | null>(null);
  const [failed, setFailed] = useState(false);
  const [bootCount, setBootCount] = useState(0);
  const load = useCallback(() => {
    setFailed(false);
    const api = getClient();
    api
      .call('app.info', {})
      .then(async (info) => {
        const settings = info.database.status === 'ok' ? await api.call('settings.get', {}) : null;
        setBoot({ info, settings: settings ?? FALLBACK_SETTINGS });
        setBootCount((n) => n + 1);
      })
      .catch(() => setFailed(true));
  }, []);
  useEffect(load, [load]);

  if (!boot) {
    const lang = resolveUiLanguage('system', systemLocale());
    return (
      <div className="boot" role="status">
        {failed ? (
          <>
            <p>{catalog[lang]['error.unavailable']}</p>
            <button type="button" onClick={load}>
              {catalog[lang]['common.retry']}
            </button>
          </>
        ) : (
          <p>{catalog[lang]['app.loading']}</p>
        )}
      </div>
    );
  }
  // A new boot (after a recovery) remounts the workbench so the restored library's settings apply.
  return <Workbench key={bootCount} boot={boot} onReload={load} />;
}

const FALLBACK_SETTINGS: Settings = DEFAULT_SETTINGS;

function Workbench({ boot, onReload }: { boot: Boot; onReload: () => void }) {
  const [settings, setSettings] = useState(boot.settings);
  const lang = resolveUiLanguage(settings.uiLanguage, navigator.language || boot.info.systemLocale);
  useColorScheme(settings.colorScheme);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  return (
    <I18nProvider lang={lang}>
      {boot.info.database.status === 'ok' ? (
        <Ready info={boot.info} settings={settings} setSettings={setSettings} />
      ) : (
        <RecoveryScreen info={boot.info} onRecovered={onReload} />
      )}
    </I18nProvider>
  );
}

function Ready({ info, settings, setSettings }: { info: AppInfo; settings: Settings; setSettings: (s: Settings) => void }) {
  const { t } = useI18n();
  const [notices, setNotices] = useState<Notice[]>([]);
  const nextId = useRef(1);
  const [view, setView] = useState<View>(settings.lastView);
  useCommandSources();

  const notify = useCallback((text: string, kind: Notice['kind'] = 'info', action?: NoticeAction) => {
    const id = nextId.current++;
    setNotices((n) => [...n.slice(-4), action ? { id, kind, text, action } : { id, kind, text }]);
  }, []);
  const dismiss = useCallback((id: number) => setNotices((n) => n.filter((x) => x.id !== id)), []);
  const reportError = useCallback((error: unknown) => notify(describeError(error, t), 'error'), [notify, t]);

  const settingsRef = useRef(settings);
  settingsRef.current = settings;
  const updateSettings = useCallback(
    (patch: Partial<Settings>) => {
      setSettings({ ...settingsRef.current, ...patch });
      getClient()
        .call('settings.update', patch)
        .then((saved) => setSettings(saved))
        .catch(reportError);
    },
    [setSettings, reportError],
  );
  const navigate = useCallback(
    (next: View) => {
      setView(next);
      updateSettings({ lastView: next });
    },
    [updateSettings],
  );

  const state = useMemo<AppState>(
    () => ({ info, settings, updateSettings, view, navigate, notify, reportError }),
    [info, settings, updateSettings, view, navigate, notify, reportError],
  );
  return (
    <AppContext.Provider value={state}>
      <Shell />
      <Notices notices={notices} onDismiss={dismiss} />
    </AppContext.Provider>
  );
}
