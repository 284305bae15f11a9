import type { CSSProperties } from 'react';
import { LANGUAGES, type Theme } from '../../../shared/domain';
import { useI18n } from '../../i18n/I18nProvider';
import { countForm } from './plural';
import type { ThemeNode } from './themeTree';

interface ThemeRowProps {
  node: ThemeNode;
  parent: Theme | undefined;
  onEdit(theme: Theme): void;
  onAddChild(theme: Theme): void;
  onDelete(theme: Theme): void;
}

/**
 * One theme of the taxonomy: its label in the UI language, the two other labels, keywords and
 * release counts, indented under its parent; edit, add-sub-theme and delete buttons.
 */
export function ThemeRow({ node, parent, onEdit, onAddChild, onDelete }: ThemeRowProps) {
  const { t, lang, locale } = useI18n();
  const { theme, depth } = node;
  const label = theme.labels[lang];
  const keywordCount = LANGUAGES.reduce((n, l) => n + theme.keywords[l].length, 0);
  return (
    <li
      className={node.matches ? 'theme-row' : 'theme-row theme-row-context'}
      data-testid="theme-row"
      data-id={theme.id}
      style={{ '--depth': depth } as CSSProperties}
      onDoubleClick={() => onEdit(theme)}
    >
      <div className="theme-row-text">
        <div className="theme-row-label">
          {depth > 0 && <span className="theme-row-branch" aria-hidden="true" />}
          <span lang={lang} title={theme.scope ?? undefined}>
            {label}
          </span>
          {parent && <span className="visually-hidden">, {t('themes.childOf', { parent: parent.labels[lang] })}</span>}
        </div>
        <div className="theme-row-others">
          {LANGUAGES.filter((l) => l !== lang).map((l) => (
            <span key={l} className="theme-row-other" lang={l}>
              <abbr className="lang-tag" title={t(`themes.lang.${l}`)}>
                {l.toUpperCase()}
              </abbr>
              {theme.labels[l]}
            </span>
          ))}
        </div>
      </div>
      <div className="theme-row-meta">
        <span className={theme.releaseCount > 0 ? 'theme-row-count' : 'theme-row-count theme-row-count-zero'}>
          {t(`themes.releases.${countForm(theme.releaseCount, locale)}`, { count: theme.releaseCount })}
        </span>
        <span className="theme-row-keywords">{t(`themes.keywordCount.${countForm(keywordCount, locale)}`, { count: keywordCount })}</span>
      </div>
      <div className="theme-row-actions">
        <button type="button" className="quiet" data-testid="theme-edit" aria-label={t('themes.edit.label', { label })} onClick={() => onEdit(theme)}>
          {t('themes.edit')}
        </button>
        <button
          type="button"
          className="quiet"
          data-testid="theme-add-child"
          aria-label={t('themes.addChild.label', { label })}
          onClick={() => onAddChild(theme)}
        >
          {t('themes.addChild')}
        </button>
        <button
          type="button"
          className="quiet danger"
          data-testid="theme-delete"
          aria-label={t('themes.delete.label', { label })}
          onClick={() => onDelete(theme)}
        >
          {t('themes.delete')}
        </button>
      </div>
    </li>
  );
}
