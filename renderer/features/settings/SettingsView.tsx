import { lazy, Suspense } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { AboutSection } from './AboutSection';
import { BackupsSection } from './BackupsSection';
import { PreferencesSection } from './PreferencesSection';
import './settings.css';

// The rule list comes from the typography engine: loaded with this section, not at start-up.
const TypographySection = lazy(() => import('./TypographySection').then((m) => ({ default: m.TypographySection })));

/** The settings screen: language and appearance, typography, backups, and about. */
export function SettingsView() {
  const { t } = useI18n();
  return (
    <section className="settings-view" data-testid="settings-view" aria-labelledby="settings-title">
      <div className="settings-column">
        <h1 id="settings-title">{t('settings.title')}</h1>
        <PreferencesSection />
        <Suspense fallback={null}>
          <TypographySection />
        </Suspense>
        <BackupsSection />
        <AboutSection />
      </div>
    </section>
  );
}
