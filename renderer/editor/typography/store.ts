// The hub between the body editor (which computes and paints the body's suggestions), the
// release view (fields, settings, ignores) and the side panel. Framework-free: an external store.
import type { TypoContext } from '../../../shared/pipeline/typography';
import { groupByRule, type RuleGroup, type TypoItem } from './items';

/** The context of a release's suggestions, without the block kind (set per block). */
export type TypoBaseContext = Omit<TypoContext, 'block' | 'safeOnly'>;

/** What the body editor offers the panel while it is mounted. */
export interface TypoBodyPort {
  /** Applies body items (computed on the current text) in one undo step; returns how many applied. */
  apply(items: readonly TypoItem[]): number;
  /** Scrolls the item into view and shows its explanation (focused for keyboard users). */
  reveal(item: TypoItem): void;
}

/** What the release view does for the store: apply field items, remember ignores. */
export interface TypoHandlers {
  applyFields(items: readonly TypoItem[]): number;
  ignore(items: readonly TypoItem[]): void;
}

export interface TypoSnapshot {
  /** Fields first (title, subtitle, dateline), then the body in reading order. */
  items: readonly TypoItem[];
  groups: readonly RuleGroup[];
  /** The body editor has reported its suggestions at least once. */
  ready: boolean;
}

const EMPTY: TypoSnapshot = { items: [], groups: [], ready: false };

/**
 * Holds the release's suggestions and routes actions: body items to the editor (one Lexical
 * update, one undo step), field items to the draft. `subscribe`/`getSnapshot` follow React's
 * useSyncExternalStore contract (a new snapshot object only when something changed).
 */
export class TypoStore {
  private body: readonly TypoItem[] = [];
  private fields: readonly TypoItem[] = [];
  private bodyReady = false;
  private snapshot: TypoSnapshot = EMPTY;
  private readonly listeners = new Set<() => void>();
  private readonly settingsListeners = new Set<(reason: 'context' | 'ignored') => void>();
  private port: TypoBodyPort | null = null;

  constructor(
    private context: TypoBaseContext,
    private ignored: ReadonlySet<string>,
    private readonly handlers: TypoHandlers,
  ) {}

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): TypoSnapshot => this.snapshot;

  getContext(): TypoBaseContext {
    return this.context;
  }

  getIgnored(): ReadonlySet<string> {
    return this.ignored;
  }

  /** Called when the context or the ignored set changes (the editor recomputes or refilters). */
  onSettings(listener: (reason: 'context' | 'ignored') => void): () => void {
    this.settingsListeners.add(listener);
    return () => this.settingsListeners.delete(listener);
  }

  setContext(context: TypoBaseContext): void {
    if (sameContext(context, this.context)) return;
    this.context = context;
    for (const l of [...this.settingsListeners]) l('context');
  }

  setIgnored(ignored: ReadonlySet<string>): void {
    this.ignored = ignored;
    for (const l of [...this.settingsListeners]) l('ignored');
  }

  setBody(items: readonly TypoItem[]): void {
    this.body = items;
    this.bodyReady = true;
    this.publish();
  }

  setFields(items: readonly TypoItem[]): void {
    if (sameItems(items, this.fields)) return;
    this.fields = items;
    this.publish();
  }

  /** The editor registers itself while mounted; returns the detach function. */
  attach(port: TypoBodyPort): () => void {
    this.port = port;
    return () => {
      if (this.port === port) this.port = null;
    };
  }

  /** Applies items from any source; returns how many were applied. */
  apply(items: readonly TypoItem[]): number {
    const body = items.filter((i) => i.source === 'body');
    const fields = items.filter((i) => i.source !== 'body');
    return (fields.length > 0 ? this.handlers.applyFields(fields) : 0) + (body.length > 0 && this.port ? this.port.apply(body) : 0);
  }

  ignore(items: readonly TypoItem[]): void {
    if (items.length > 0) this.handlers.ignore(items);
  }

  /** Shows a body item in the editor; false when it is not a body item or the editor is away. */
  reveal(item: TypoItem): boolean {
    if (item.source !== 'body' || !this.port) return false;
    this.port.reveal(item);
    return true;
  }

  private publish(): void {
    const items = [...this.fields, ...this.body];
    this.snapshot = { items, groups: groupByRule(items), ready: this.bodyReady };
    for (const l of [...this.listeners]) l();
  }
}

function sameContext(a: TypoBaseContext, b: TypoBaseContext): boolean {
  return (
    a.lang === b.lang &&
    a.profile === b.profile &&
    Boolean(a.wideNbsp) === Boolean(b.wideNbsp) &&
    a.ui === b.ui &&
    (a.disabled ?? []).join(',') === (b.disabled ?? []).join(',')
  );
}

/** Same items (same places, same changes): nothing to re-render. */
export function sameItems(a: readonly TypoItem[], b: readonly TypoItem[]): boolean {
  if (a.length !== b.length) return false;
  return a.every((x, i) => {
    const y = b[i]!;
    return x.id === y.id && x.text === y.text && x.ruleId === y.ruleId && x.keys.join('\u0001') === y.keys.join('\u0001');
  });
}
