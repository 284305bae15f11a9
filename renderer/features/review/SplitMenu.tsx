import type { View } from '../../../shared/domain';
import { useApp } from '../../app/AppContext';
import { useI18n } from '../../i18n/I18nProvider';
import { MenuButton } from '../../ui/MenuButton';
import { beginRerun, beginReview } from './session';

/**
 * The "Split ▾" menu of the release view: review the split (the review screen, then back here)
 * or re-run it (what would change is shown before anything is applied).
 */
export function SplitMenu({ releaseId }: { releaseId: string }) {
  const { t } = useI18n();
  const { navigate } = useApp();
  const back: View = { name: 'release', id: releaseId };
  return (
    <MenuButton
      align="end"
      testId="split-menu-button"
      menuTestId="split-menu"
      menuLabel={t('review.menu.label')}
      items={[
        { id: 'review', label: t('review.open'), hint: t('review.open.hint'), testId: 'review-button', onSelect: () => navigate(beginReview([releaseId], back)) },
        { id: 'rerun', label: t('review.rerun'), hint: t('review.rerun.hint'), testId: 'rerun-button', onSelect: () => navigate(beginRerun(releaseId, back)) },
      ]}
    >
      {t('review.menu')} <span aria-hidden="true">▾</span>
    </MenuButton>
  );
}
