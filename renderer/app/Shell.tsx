import type { ReactNode } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { useApp } from './AppContext';
import { LibraryView } from '../features/library/LibraryView';
import { ReleaseView } from '../features/editor/ReleaseView';
import { ThemesView } from '../features/themes/ThemesView';
import { SettingsView } from '../features/settings/SettingsView';
import { ImportController } from '../features/import/ImportController';
import { useCommands } from './commands';
import type { ReleaseId } from '../../shared/domain';

function NavButton({ active, onClick, children }: { active: boolean; onClick: () => void; children: ReactNode }) {
  return (
    <button type="button" className="nav-button" aria-current={active ? 'page' : undefined} onClick={onClick}>
      {children}
    </button>
  );
}

/** The window: navigation rail, the current view, and the import machinery (drop, dialogs). */
export function Shell() {
  const { view, navigate } = useApp();
  const { t } = useI18n();
  useCommands({
    'show-library': () => navigate({ name: 'library' }),
    'show-themes': () => navigate({ name: 'themes' }),
    'show-settings': () => navigate({ name: 'settings' }),
  });
  return (
    <ImportController>
      <div className="shell">
        <nav className="shell-nav" aria-label={t('app.name')}>
          <div className="shell-brand">{t('app.name')}</div>
          <NavButton active={view.name === 'library' || view.name === 'release'} onClick={() => navigate({ name: 'library' })}>
            {t('nav.library')}
          </NavButton>
          <NavButton active={view.name === 'themes'} onClick={() => navigate({ name: 'themes' })}>
            {t('nav.themes')}
          </NavButton>
          <NavButton active={view.name === 'settings'} onClick={() => navigate({ name: 'settings' })}>
            {t('nav.settings')}
          </NavButton>
        </nav>
        <main className="shell-main">
          {view.name === 'library' && <LibraryView />}
          {view.name === 'release' && <ReleaseView key={view.id} id={view.id as ReleaseId} />}
          {view.name === 'themes' && <ThemesView />}
          {view.name === 'settings' && <SettingsView />}
        </main>
      </div>
    </ImportController>
  );
}
