import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { LineRule, ReleaseId } from '../../../shared/domain';
import { useApp } from '../../app/AppContext';
import { announceChange } from '../../app/changes';
import { useWindowTitle } from '../../app/windowTitle';
import { useI18n } from '../../i18n/I18nProvider';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { AssignBar, RuleButtons } from './AssignBar';
import { bandCounts, computeLines } from './bands';
import { formValues } from './fields';
import { FieldsPane } from './FieldsPane';
import { dateMissing, flaggedFields, reviewPoints, type ReviewPoint } from './flags';
import { isTypingTarget, reviewActionForKey } from './keys';
import { Legend } from './Legend';
import { ruleOf, ruleText, sameTextLines, toggledRule } from './lineRules';
import { lineRange, type Assignment } from './overrides';
import { exitView, type ReviewView } from './queue';
import { RawPane } from './RawPane';
import { RerunDialog } from './RerunDialog';
import { ReviewHeader } from './ReviewHeader';
import { selectedRange, type LineSelection } from './selection';
import { SelectionStatus } from './SelectionStatus';
import { endReview, sessionFor, takeRerunRequest } from './session';
import type { ReviewLoad } from './useReviewData';
import { useReviewFlow } from './useReviewFlow';
import { useReviewState } from './useReviewState';

/** The review of one release: header, the raw lines with their bands on the left, the fields on the right. */
export function ReviewWorkspace({ view, load, onReload }: { view: ReviewView; load: ReviewLoad; onReload: () => void }) {
  const { t } = useI18n();
  const { notify, navigate } = useApp();
  const { data } = load;
  const id = data.releaseId as ReleaseId;
  const review = useReviewState(id, load);
  const { state } = review;
  const flow = useReviewFlow({ view, data, settled: review.settled, current: review.current, unsaved: review.unsaved, onReload });
  const [selection, setSelection] = useState<LineSelection | null>(null);
  const [rerun, setRerun] = useState<'closed' | 'open' | 'asked'>(() => (takeRerunRequest(view.id) ? 'asked' : 'closed'));
  const root = useRef<HTMLElement>(null);
  const listRef = useRef<HTMLDivElement>(null);

  const views = useMemo(() => computeLines(data.lines, state.map, state.split.quotes), [data.lines, state.map, state.split.quotes]);
  const counts = useMemo(() => bandCounts(views), [views]);
  const points = useMemo(() => reviewPoints(state.map), [state.map]);
  const values = useMemo(() => formValues(state.form), [state.form]);
  const flagged = useMemo(() => flaggedFields(points), [points]);
  const askDate = dateMissing(values.date);
  useWindowTitle(values.title.trim() || null);

  // Start where the work is: the date field when the split found no date, else the raw lines.
  useEffect(() => {
    const target = askDate ? root.current?.querySelector<HTMLElement>('input[data-field="date"]') : listRef.current;
    target?.focus();
    // Only when the release opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const range = selectedRange(selection);
  const single = range && range.first === range.last ? range.first : null;

  const assign = useCallback(
    (to: Assignment) => {
      if (!range) return;
      review.assign(lineRange(range.first, range.last), to);
    },
    [range, review],
  );

  const applyRule = useCallback(
    async (asked: LineRule) => {
      if (single === null) {
        notify(t('review.rule.oneLine'), 'info');
        return;
      }
      const text = ruleText(data.lines[single] ?? '');
      if (!text) return;
      const next = toggledRule(ruleOf(state.lineRules, single), asked);
      if (!(await review.setRule(single, text, next))) return;
      const same = sameTextLines(data.lines, single);
      // The rule also acts here and now: drop every copy of the line, or bring a dropped one back.
      if (next === 'always-drop') review.assign(same, 'dropped');
      if (next === 'never-drop' && views[single]?.dest === 'dropped') review.assign(same, 'body');
      notify(next ? t(`review.rule.set.${next}`) : t('review.rule.forgotten'), 'success');
    },
    [single, data.lines, state.lineRules, review, views, notify, t],
  );

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || document.querySelector('dialog[open]')) return;
      const action = reviewActionForKey(e, isTypingTarget(e.target as Element | null));
      if (!action) return;
      e.preventDefault();
      if (action.kind === 'confirm') flow.confirm();
      else if (action.kind === 'assign') assign(action.to);
      else void applyRule(action.rule);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [flow, assign, applyRule]);

  const goTo = useCallback((point: ReviewPoint) => {
    if (point.line !== null) {
      setSelection({ anchor: point.line, focus: point.line });
      listRef.current?.focus();
      return;
    }
    const el = root.current?.querySelector<HTMLElement>(`[data-field="${point.field}"]`);
    const target = el?.matches('input, select, textarea') ? el : (el?.querySelector<HTMLElement>('input') ?? el);
    target?.scrollIntoView({ block: 'nearest' });
    target?.focus();
  }, []);

  const closeRerun = (applied: boolean) => {
    const asked = rerun === 'asked';
    setRerun('closed');
    if (applied) {
      announceChange('releases');
      notify(t('review.rerun.applied'), 'success');
    }
    if (asked) {
      // Opened from the release view for the re-run alone: back there, which loads the result.
      const session = sessionFor(view);
      endReview();
      navigate(exitView(session));
    } else if (applied) onReload();
  };

  return (
    <section ref={root} className="review-view" data-testid="review-view" data-release-id={id} data-updating={state.updating || undefined}>
      <ReviewHeader
        title={values.title}
        sourceName={data.sourceName}
        status={data.status}
        pipelineCurrent={data.pipelineCurrent}
        progress={flow.progress}
        backTo={flow.backTo}
        hasNext={flow.hasNext}
        confirming={flow.confirming}
        updating={state.updating}
        onBack={flow.back}
        onSkip={flow.skip}
        onRerun={() => setRerun('open')}
        onConfirm={flow.confirm}
      />
      <div className="review-body">
        <div className="raw-pane">
          <h2 className="visually-hidden">{t('review.raw.heading')}</h2>
          <AssignBar disabled={!range} onAssign={assign} />
          <SelectionStatus selection={selection} views={views}>
            <RuleButtons disabled={single === null} rule={single !== null ? ruleOf(state.lineRules, single) : null} onRule={(r) => void applyRule(r)} />
          </SelectionStatus>
          <RawPane views={views} overrides={state.overrides} lineRules={state.lineRules} selection={selection} onSelection={setSelection} listRef={listRef} />
          <Legend counts={counts} />
        </div>
        <FieldsPane
          state={state}
          values={values}
          points={points}
          flagged={flagged}
          askDate={askDate}
          droppedLines={counts.dropped}
          onGo={goTo}
          onEdit={review.edit}
          onReset={review.reset}
        />
      </div>
      {flow.askReplace && (
        <ConfirmDialog
          title={t('review.confirm.edited.title')}
          confirmLabel={t('review.confirm.edited.action')}
          onConfirm={flow.confirmReplace}
          onCancel={flow.cancelReplace}
          testId="review-replace"
        >
          <p className="confirm-text">{t('review.confirm.edited.text')}</p>
        </ConfirmDialog>
      )}
      {flow.askLeave && (
        <ConfirmDialog
          title={t('review.leave.title')}
          confirmLabel={t(flow.askLeave === 'skip' ? 'review.leave.skip' : 'review.leave.back')}
          danger
          onConfirm={flow.leaveAnyway}
          onCancel={flow.stay}
          testId="review-leave"
        >
          <p className="confirm-text">{t('review.leave.text')}</p>
        </ConfirmDialog>
      )}
      {rerun !== 'closed' && (
        <RerunDialog
          id={id}
          baseRevision={data.revision}
          overrides={data.overrides}
          editedSinceImport={data.editedSinceImport}
          onClose={() => closeRerun(false)}
          onApplied={() => closeRerun(true)}
        />
      )}
    </section>
  );
}
