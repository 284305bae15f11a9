/** Immutable list edits for the contacts editor. Each returns a new array and never throws. */

export function replaceAt<T>(list: readonly T[], index: number, item: T): T[] {
  return list.map((x, i) => (i === index ? item : x));
}

export function removeAt<T>(list: readonly T[], index: number): T[] {
  return list.filter((_, i) => i !== index);
}

/** Moves an item by `delta` places; a move past either end leaves the list as it was. */
export function moveBy<T>(list: readonly T[], index: number, delta: number): T[] {
  const target = index + delta;
  if (index < 0 || index >= list.length || target < 0 || target >= list.length) return [...list];
  const next = [...list];
  const [item] = next.splice(index, 1);
  next.splice(target, 0, item!);
  return next;
}

/** An empty input means "no value" in the domain (`null`), so blank fields are not saved as ''. */
export function fieldValue(text: string): string | null {
  return text.trim() === '' ? null : text;
}
