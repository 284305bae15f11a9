import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { ApiError } from '../../../shared/api';
import type { Release } from '../../../shared/domain';
import { useApp } from '../../app/AppContext';
import { useCommands } from '../../app/commands';
import { getClient } from '../../app/transport';
import { DraftController, type DraftPort, type DraftSnapshot } from './draftController';
import { localDraftStash } from './draftStash';

function clientPort(): DraftPort {
  const client = getClient();
  return {
    save: (input) => client.call('releases.save', input),
    get: (id) => client.call('releases.get', { id }),
  };
}

const errorCode = (e: unknown) => (e instanceof ApiError ? e.code : 'internal');

/**
 * The draft of the open release: local edits, debounced autosave, Ctrl/Cmd+S, flush when the
 * view closes or the window hides, a warning before closing the window with a save pending.
 * Errors are reported once per kind (a service that stays down does not flood notices); a
 * conflict is shown by the view's banner rather than as a notice.
 */
export function useReleaseDraft(release: Release): { snapshot: DraftSnapshot; controller: DraftController } {
  const { reportError } = useApp();
  const report = useRef(reportError);
  const lastReported = useRef<string | null>(null);
  useEffect(() => {
    report.current = reportError;
  }, [reportError]);

  const [controller] = useState(() => {
    const stash = localDraftStash();
    return new DraftController(release, {
      port: clientPort(),
      stash,
      recovered: stash.read(release.id),
      onError: (error) => {
        const code = errorCode(error);
        if (code === 'conflict' || code === lastReported.current) return;
        lastReported.current = code;
        report.current(error);
      },
    });
  });
  const snapshot = useSyncExternalStore(controller.subscribe, controller.getSnapshot);
  useEffect(() => {
    if (snapshot.state === 'saved') lastReported.current = null;
  }, [snapshot.state]);

  useEffect(() => {
    controller.activate();
    return () => controller.dispose();
  }, [controller]);

  useEffect(() => {
    const beforeUnload = (e: BeforeUnloadEvent) => {
      if (!controller.pending) return;
      controller.stashNow();
      void controller.flush();
      // Ask the browser to confirm leaving while the last edits are on their way.
      e.preventDefault();
      e.returnValue = '';
    };
    const hidden = () => {
      if (document.visibilityState === 'hidden') void controller.flush();
    };
    window.addEventListener('beforeunload', beforeUnload);
    document.addEventListener('visibilitychange', hidden);
    return () => {
      window.removeEventListener('beforeunload', beforeUnload);
      document.removeEventListener('visibilitychange', hidden);
    };
  }, [controller]);

  useCommands({ save: () => void controller.save('save') });
  return { snapshot, controller };
}
