import { useApp } from '../../app/AppContext';
import { useI18n } from '../../i18n/I18nProvider';
import { platformName } from './preferences';

/** Version, how Galley runs (desktop or browser mode), the system, and where the library file is. */
export function AboutSection() {
  const { t } = useI18n();
  const { info, notify, reportError } = useApp();
  const path = info.database.path;

  const copyPath = () => {
    if (!path) return;
    navigator.clipboard.writeText(path).then(() => notify(t('settings.about.copied'), 'success'), reportError);
  };

  return (
    <section className="settings-card" aria-labelledby="settings-about" data-testid="settings-about">
      <h2 id="settings-about">{t('settings.section.about')}</h2>
      <dl className="about-list">
        <dt>{t('settings.about.version')}</dt>
        <dd data-testid="about-version">Galley {info.version}</dd>
        <dt>{t('settings.about.mode')}</dt>
        <dd data-testid="about-mode">{t(`settings.about.mode.${info.mode}`)}</dd>
        <dt>{t('settings.about.platform')}</dt>
        <dd>{platformName(info.platform)}</dd>
        <dt>{t('settings.about.library')}</dt>
        <dd className="about-path">
          {path ? (
            <>
              <code data-testid="about-library-path">{path}</code>
              <button type="button" className="quiet" onClick={copyPath}>
                {t('settings.about.copy')}
              </button>
            </>
          ) : (
            t('settings.about.libraryNone')
          )}
        </dd>
      </dl>
    </section>
  );
}
