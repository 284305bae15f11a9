import { lazy, Suspense, useSyncExternalStore, type ReactNode } from 'react';
import type { ReleaseId } from '../../shared/domain';
import { ImportController } from '../features/import/ImportController';
import { LibraryView } from '../features/library/LibraryView';
import { requestSearchFocus, showTrash } from '../features/library/session';
import { SettingsView } from '../features/settings/SettingsView';
import { ThemesView } from '../features/themes/ThemesView';
import { useI18n } from '../i18n/I18nProvider';
import { Icon, type IconName } from '../ui/Icon';
import { useApp } from './AppContext';
import { useCommands } from './commands';
import { useViewTitle } from './windowTitle';

// The release view carries the editor (Lexical): loaded on first use, so the library opens faster.
const ReleaseView = lazy(() => import('../features/editor/ReleaseView').then((m) => ({ default: m.ReleaseView })));
const ReviewView = lazy(() => import('../features/review/ReviewView').then((m) => ({ default: m.ReviewView })));

function NavButton({ active, icon, onClick, children, testId }: { active: boolean; icon: IconName; onClick: () => void; children: ReactNode; testId: string }) {
  return (
    <button type="button" className="nav-button" aria-current={active ? 'page' : undefined} onClick={onClick} data-testid={testId}>
      <Icon name={icon} size={18} />
      <span>{children}</span>
    </button>
  );
}

/** The theme actually shown (the setting may be 'system'), following useColorScheme's attribute. */
function useShownScheme(): 'light' | 'dark' {
  return useSyncExternalStore(
    (onChange) => {
      const observer = new MutationObserver(onChange);
      observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
      return () => observer.disconnect();
    },
    () => (document.documentElement.dataset.theme === 'dark' ? 'dark' : 'light'),
  );
}

/** The window: navigation rail, the current view, and the import machinery (drop, dialogs). */
export function Shell() {
  const { view, navigate, updateSettings, info } = useApp();
  const { t } = useI18n();
  const scheme = useShownScheme();
  const toggleScheme = () => updateSettings({ colorScheme: scheme === 'dark' ? 'light' : 'dark' });
  useCommands({
    'show-library': () => {
      showTrash(false);
      navigate({ name: 'library' });
    },
    'show-trash': () => {
      showTrash(true);
      navigate({ name: 'library' });
    },
    'show-themes': () => navigate({ name: 'themes' }),
    'show-settings': () => navigate({ name: 'settings' }),
    'toggle-color-scheme': toggleScheme,
    // In the library, the library handles it; elsewhere, go there first.
    'focus-search':
      view.name === 'library'
        ? undefined
        : () => {
            requestSearchFocus();
            navigate({ name: 'library' });
          },
  });
  const viewTitle = {
    library: t('nav.library'),
    release: t('app.title.release'),
    review: t('review.title'),
    themes: t('nav.themes'),
    settings: t('nav.settings'),
  }[view.name];
  useViewTitle(t('app.name'), viewTitle);

  return (
    <ImportController>
      <div className="shell" data-view={view.name}>
        <nav className="shell-nav" aria-label={t('app.nav.label')}>
          <div className="shell-brand">
            <span className="shell-logo" aria-hidden="true">
              G
            </span>
            {t('app.name')}
          </div>
          <NavButton active={view.name === 'library' || view.name === 'release' || view.name === 'review'} icon="library" onClick={() => navigate({ name: 'library' })} testId="nav-library">
            {t('nav.library')}
          </NavButton>
          <NavButton active={view.name === 'themes'} icon="themes" onClick={() => navigate({ name: 'themes' })} testId="nav-themes">
            {t('nav.themes')}
          </NavButton>
          <NavButton active={view.name === 'settings'} icon="settings" onClick={() => navigate({ name: 'settings' })} testId="nav-settings">
            {t('nav.settings')}
          </NavButton>
          <div className="shell-nav-footer">
            <button
              type="button"
              className="nav-button"
              onClick={toggleScheme}
              data-testid="toggle-color-scheme"
              aria-label={t(scheme === 'dark' ? 'app.scheme.toLight' : 'app.scheme.toDark')}
              title={t(scheme === 'dark' ? 'app.scheme.toLight' : 'app.scheme.toDark')}
            >
              <Icon name={scheme === 'dark' ? 'sun' : 'moon'} size={18} />
            </button>
            <span className="shell-version">
              {t('app.version', { version: info.version })}
              {info.mode === 'browser' && <> · {t('app.mode.browser')}</>}
            </span>
          </div>
        </nav>
        <main className="shell-main" id="main">
          {view.name === 'library' && <LibraryView />}
          {view.name === 'release' && (
            <Suspense fallback={<div className="view-loading" role="status" aria-label={t('app.loading')} />}>
              <ReleaseView key={view.id} id={view.id as ReleaseId} />
            </Suspense>
          )}
          {view.name === 'review' && (
            <Suspense fallback={<div className="view-loading" role="status" aria-label={t('app.loading')} />}>
              <ReviewView key={view.id} view={view} />
            </Suspense>
          )}
          {view.name === 'themes' && <ThemesView />}
          {view.name === 'settings' && <SettingsView />}
        </main>
      </div>
    </ImportController>
  );
}
