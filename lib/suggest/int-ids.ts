// Feature key → dense id, for the classifier's index: an open-addressing table over Int32Arrays.
// Keys are the small non-negative integers of ngrams.featureKey (< 2^30). A JS Map of half a million
// entries costs the 2,000-scenario index build most of its time; this table a fraction of it.

const EMPTY = -1;

export class IntIds {
  private keys: Int32Array;
  private ids: Int32Array;
  private mask: number;
  size = 0;

  constructor(capacity = 1 << 12) {
    let cap = 16;
    while (cap < capacity * 2) cap *= 2;
    this.keys = new Int32Array(cap).fill(EMPTY);
    this.ids = new Int32Array(cap);
    this.mask = cap - 1;
  }

  private slot(key: number): number {
    let i = Math.imul(key, 0x9e3779b1) & this.mask;
    while (this.keys[i] !== EMPTY && this.keys[i] !== key) i = (i + 1) & this.mask;
    return i;
  }

  /** The id of `key`, or -1. */
  get(key: number): number {
    const i = this.slot(key);
    return this.keys[i] === EMPTY ? -1 : this.ids[i]!;
  }

  /** The id of `key`, given the next one (`size`) if it is new. */
  idOf(key: number): number {
    const i = this.slot(key);
    if (this.keys[i] !== EMPTY) return this.ids[i]!;
    const id = this.size++;
    this.keys[i] = key;
    this.ids[i] = id;
    if (this.size * 2 > this.mask) this.grow();
    return id;
  }

  /** Every (key, id) pair, in no particular order. */
  forEach(fn: (key: number, id: number) => void): void {
    for (let i = 0; i <= this.mask; i++) if (this.keys[i] !== EMPTY) fn(this.keys[i]!, this.ids[i]!);
  }

  private grow(): void {
    const { keys, ids } = this;
    this.keys = new Int32Array(keys.length * 2).fill(EMPTY);
    this.ids = new Int32Array(keys.length * 2);
    this.mask = this.keys.length - 1;
    for (let i = 0; i < keys.length; i++) {
      if (keys[i] === EMPTY) continue;
      const j = this.slot(keys[i]!);
      this.keys[j] = keys[i]!;
      this.ids[j] = ids[i]!;
    }
  }
}
