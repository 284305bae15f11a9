// The body's suggestions, kept in step with the text block by block and painted as highlights
// (CSS Custom Highlight API): the document is never changed by showing them.
import { $getNearestNodeFromDOMNode, $getSelection, $isElementNode, $isRangeSelection, type LexicalEditor, type LexicalNode } from 'lexical';
import { suggestTypography } from '../../../shared/pipeline/typography';
import { $domRange, supportsHighlights } from '../find/highlight';
import { $typoBlocks, type KindedBlock } from './blocks';
import { SuggestionCache } from './cache';
import { displaySpan, itemsOf, type TypoItem } from './items';
import { sameItems, type TypoStore } from './store';

/** Highlight names, styled by `::highlight(…)` in typography.css. */
export const TYPO_HIGHLIGHT = 'galley-typo';
export const TYPO_ACTIVE = 'galley-typo-active';
/** A performance mark set each time the suggestions were recomputed and painted (read by bench/keystroke.bench.ts). */
export const TYPO_PAINTED_MARK = 'galley:typo-painted';

interface BlockState {
  kinded: KindedBlock;
  items: readonly TypoItem[];
  ranges: ReadonlyArray<{ item: TypoItem; range: Range }>;
}

/** Where the caret is: the block's place in reading order and the offset in its text. */
export interface CaretPlace {
  index: number;
  offset: number;
}

/**
 * Per-block suggestion state of one editor. `$refresh` is called from an update listener (after
 * Lexical reconciled the DOM) with the dirty elements: only those blocks are re-read, recomputed
 * (through a per-block cache) and repainted; the store hears about it only when items changed.
 */
export class TypoDecorations {
  private states = new Map<string, BlockState>();
  private order: string[] = [];
  private cache: SuggestionCache;
  private readonly highlight: Highlight | null;

  constructor(
    private readonly editor: LexicalEditor,
    private readonly store: TypoStore,
  ) {
    this.cache = this.newCache();
    this.highlight = supportsHighlights() ? new Highlight() : null;
    if (this.highlight) CSS.highlights.set(TYPO_HIGHLIGHT, this.highlight);
  }

  /** The context changed: every block is recomputed at the next refresh. */
  resetContext(): void {
    this.cache = this.newCache();
  }

  /** Engine runs so far (tests, benchmark). */
  get computations(): number {
    return this.cache.computations;
  }

  /**
   * Brings suggestions and highlights up to date. `dirty` is the update's dirty elements, or null
   * to re-read every block; `regroup` re-derives items of unchanged blocks (ignores changed).
   * Call inside `editor.read` after reconciliation.
   */
  $refresh(dirty: ReadonlyMap<string, unknown> | null, regroup = false): void {
    const known = new Map<string, KindedBlock>();
    for (const [key, state] of this.states) known.set(key, state.kinded);
    const blocks = $typoBlocks(known, dirty);
    const ignored = this.store.getIgnored();
    const next = new Map<string, BlockState>();
    let changed = blocks.length !== this.order.length || blocks.some((b, i) => b.block.key !== this.order[i]);
    for (const kinded of blocks) {
      const key = kinded.block.key;
      const prev = this.states.get(key);
      if (prev && prev.kinded === kinded && !regroup) {
        next.set(key, prev);
        continue;
      }
      const { suggestions } = this.cache.get(key, kinded.block.text, kinded.kind);
      const items = itemsOf('body', key, kinded.block.text, suggestions, ignored);
      if (!prev || !sameItems(prev.items, items)) changed = true;
      if (prev) this.unpaint(prev);
      const state: BlockState = { kinded, items, ranges: this.$rangesOf(kinded, items) };
      for (const r of state.ranges) this.highlight?.add(r.range);
      next.set(key, state);
    }
    for (const [key, state] of this.states) if (!next.has(key)) this.unpaint(state);
    this.states = next;
    this.order = blocks.map((b) => b.block.key);
    this.cache.prune(new Set(this.order));
    if (changed || regroup) this.store.setBody(this.items());
    performance.clearMarks(TYPO_PAINTED_MARK);
    performance.mark(TYPO_PAINTED_MARK);
  }

  /** Every body item in reading order. */
  items(): TypoItem[] {
    return this.order.flatMap((key) => this.states.get(key)?.items ?? []);
  }

  /** The live DOM ranges painted for an item (one per part). */
  rangesOf(item: TypoItem): Range[] {
    return (this.states.get(item.block)?.ranges ?? []).filter((r) => r.item.id === item.id).map((r) => r.range);
  }

  /** The text block an item was computed on (null when the block is gone). */
  blockOf(key: string): KindedBlock | null {
    return this.states.get(key)?.kinded ?? null;
  }

  /** The item painted under a viewport point, if any. Call inside `editor.read`. */
  $itemAtPoint(target: Node, x: number, y: number): { item: TypoItem; range: Range } | null {
    const node = $getNearestNodeFromDOMNode(target);
    const state = node ? this.stateAround(node) : null;
    if (!state) return null;
    for (const r of state.ranges) {
      for (const rect of r.range.getClientRects()) {
        if (x >= rect.left - 1 && x <= rect.right + 1 && y >= rect.top - 2 && y <= rect.bottom + 2) return r;
      }
    }
    return null;
  }

  /** Where the caret is, in reading order, or null without a caret in text. Call inside `editor.read`. */
  $caret(): CaretPlace | null {
    const selection = $getSelection();
    if (!$isRangeSelection(selection)) return null;
    const point = selection.focus;
    const node = point.getNode();
    const state = this.stateAround(node);
    if (!state) return null;
    const index = this.order.indexOf(state.kinded.block.key);
    if ($isElementNode(node)) return { index, offset: node.getKey() === state.kinded.block.key && point.offset > 0 ? state.kinded.block.text.length : 0 };
    const segment = state.kinded.block.segments.find((s) => s.key === node.getKey());
    return { index, offset: (segment?.start ?? 0) + point.offset };
  }

  /** The item under the caret (its underline touches the caret), if any. Call inside `editor.read`. */
  $itemAtCaret(): TypoItem | null {
    const caret = this.$caret();
    const key = caret ? this.order[caret.index] : undefined;
    const state = key ? this.states.get(key) : undefined;
    if (!caret || !state) return null;
    for (const item of state.items) {
      for (const part of item.parts) {
        const span = displaySpan(item.text, part);
        if (caret.offset >= span.start && caret.offset <= span.end) return item;
      }
    }
    return null;
  }

  /** The item after (or before) `from` in reading order, wrapping around; null when there is none. */
  neighbour(from: { item: TypoItem | null; caret: CaretPlace | null }, step: 1 | -1): TypoItem | null {
    const items = this.items();
    if (items.length === 0) return null;
    const at = from.item ? items.findIndex((i) => i.id === from.item!.id) : -1;
    if (at >= 0) return items[(at + step + items.length) % items.length]!;
    const caret = from.caret ?? { index: -1, offset: 0 };
    const place = (i: TypoItem) => ({ index: this.order.indexOf(i.block), offset: i.parts[0]!.start });
    const after = (p: CaretPlace) => p.index > caret.index || (p.index === caret.index && p.offset >= caret.offset);
    if (step === 1) return items.find((i) => after(place(i))) ?? items[0]!;
    return [...items].reverse().find((i) => !after(place(i))) ?? items[items.length - 1]!;
  }

  dispose(): void {
    this.highlight?.clear();
    if (supportsHighlights()) CSS.highlights.delete(TYPO_HIGHLIGHT);
  }

  private stateAround(node: LexicalNode): BlockState | null {
    for (let n: LexicalNode | null = node; n; n = n.getParent()) {
      const state = this.states.get(n.getKey());
      if (state) return state;
    }
    return null;
  }

  private $rangesOf(kinded: KindedBlock, items: readonly TypoItem[]): Array<{ item: TypoItem; range: Range }> {
    if (!this.highlight) return [];
    const out: Array<{ item: TypoItem; range: Range }> = [];
    for (const item of items) {
      for (const part of item.parts) {
        const span = displaySpan(item.text, part);
        const range = $domRange(this.editor, kinded.block, span.start, span.end);
        if (range) out.push({ item, range });
      }
    }
    return out;
  }

  private unpaint(state: BlockState): void {
    for (const r of state.ranges) this.highlight?.delete(r.range);
  }

  private newCache(): SuggestionCache {
    const context = this.store.getContext();
    return new SuggestionCache((text, kind) => suggestTypography(text, { ...context, block: kind }));
  }
}
