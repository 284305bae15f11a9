// A bounded cache with O(1) eviction. (Deleting a Map's oldest key one at a time is not O(1) in
// V8: iteration skips the holes left by earlier deletions until the table is rebuilt.)

/**
 * Two generations: entries go to the young one; when it is full it becomes the old one and the
 * previous old one is dropped whole. An entry read from the old generation moves back to the
 * young one, so words in use stay. Holds at most 2 × `size` entries.
 */
export class BoundedCache<V> {
  private young = new Map<string, V>();
  private old = new Map<string, V>();

  constructor(private readonly size: number) {}

  get(key: string): V | undefined {
    const hit = this.young.get(key);
    if (hit !== undefined) return hit;
    const aged = this.old.get(key);
    if (aged !== undefined) this.set(key, aged);
    return aged;
  }

  set(key: string, value: V): void {
    if (this.young.size >= this.size) {
      this.old = this.young;
      this.young = new Map();
    }
    this.young.set(key, value);
  }
}
