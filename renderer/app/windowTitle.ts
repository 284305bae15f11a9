import { useEffect } from 'react';

/**
 * The window title is "<what is shown> — Galley". The shell names the view; a view may name what
 * it shows more precisely (the release's title, "Trash"), and the most recent such name wins
 * until its component unmounts. Effects of children run before their parents', so both go through
 * this small store rather than writing document.title in turn.
 */
let appName = 'Galley';
let viewName = '';
const details: Array<{ key: object; text: string }> = [];

function apply(): void {
  const what = details.at(-1)?.text || viewName;
  document.title = what ? `${what} — ${appName}` : appName;
}

/** The shell's part: the app's name and the current view's name. */
export function useViewTitle(name: string, view: string): void {
  useEffect(() => {
    appName = name;
    viewName = view;
    apply();
  }, [name, view]);
}

/**
 * Names what the calling view shows in the window title while it is mounted (e.g. the title of
 * the open release). Empty or null leaves the view's name.
 */
export function useWindowTitle(text: string | null): void {
  useEffect(() => {
    if (!text) return;
    const entry = { key: {}, text };
    details.push(entry);
    apply();
    return () => {
      details.splice(details.indexOf(entry), 1);
      apply();
    };
  }, [text]);
}
