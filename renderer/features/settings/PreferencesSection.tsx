import { ColorScheme, Language, UiLanguage } from '../../../shared/domain';
import { useApp } from '../../app/AppContext';
import { useI18n } from '../../i18n/I18nProvider';
import { uiLanguageOptions } from './preferences';

/** UI language, appearance and default release language; each change applies at once. */
export function PreferencesSection() {
  const { t } = useI18n();
  const { settings, updateSettings, info } = useApp();
  const systemLocale = navigator.language || info.systemLocale;

  return (
    <section className="settings-card" aria-labelledby="settings-general">
      <h2 id="settings-general">{t('settings.section.general')}</h2>

      <div className="settings-field">
        <label htmlFor="settings-ui-language">{t('settings.uiLanguage')}</label>
        <select
          id="settings-ui-language"
          data-testid="ui-language"
          aria-describedby="settings-ui-language-hint"
          value={settings.uiLanguage}
          onChange={(e) => updateSettings({ uiLanguage: UiLanguage.parse(e.target.value) })}
        >
          {uiLanguageOptions(systemLocale).map((o) => (
            <option key={o.value} value={o.value} lang={o.lang}>
              {o.value === 'system' ? t('settings.uiLanguage.system', { language: o.name }) : o.name}
            </option>
          ))}
        </select>
        <p id="settings-ui-language-hint" className="settings-hint">
          {t('settings.uiLanguage.hint')}
        </p>
      </div>

      <div className="settings-field">
        <label htmlFor="settings-color-scheme">{t('settings.colorScheme')}</label>
        <select
          id="settings-color-scheme"
          data-testid="color-scheme"
          value={settings.colorScheme}
          onChange={(e) => updateSettings({ colorScheme: ColorScheme.parse(e.target.value) })}
        >
          {ColorScheme.options.map((scheme) => (
            <option key={scheme} value={scheme}>
              {t(`settings.colorScheme.${scheme}`)}
            </option>
          ))}
        </select>
      </div>

      <div className="settings-field">
        <label htmlFor="settings-release-language">{t('settings.releaseLanguage')}</label>
        <select
          id="settings-release-language"
          data-testid="default-release-language"
          aria-describedby="settings-release-language-hint"
          value={settings.defaultReleaseLanguage}
          onChange={(e) => updateSettings({ defaultReleaseLanguage: Language.parse(e.target.value) })}
        >
          {Language.options.map((l) => (
            <option key={l} value={l}>
              {t(`settings.lang.${l}`)}
            </option>
          ))}
        </select>
        <p id="settings-release-language-hint" className="settings-hint">
          {t('settings.releaseLanguage.hint')}
        </p>
      </div>
    </section>
  );
}
