/** The last `size` values of a series as streaming indicators see it: read-only, oldest first. */
export interface ReadonlyWindow {
  readonly size: number;
  /** How many values it holds: up to `size`. */
  readonly length: number;
  readonly full: boolean;
  /** The k-th oldest value held, 0 <= k < length. */
  at(k: number): number;
}

/**
 * A fixed ring buffer of the last `size` values: tells a streaming indicator which value leaves
 * its window, and lets it recompute over the whole window when it needs to. Allocates only in
 * the constructor.
 */
export class SlidingWindow implements ReadonlyWindow {
  readonly size: number;
  private readonly ring: Float64Array;
  /** Where the next value goes, which is where the oldest one is once the window is full. */
  private next = 0;
  private held = 0;

  constructor(size: number) {
    this.size = size;
    this.ring = new Float64Array(size);
  }

  get length(): number {
    return this.held;
  }

  get full(): boolean {
    return this.held === this.size;
  }

  at(k: number): number {
    let index = this.next - this.held + k;
    if (index < 0) index += this.size;
    else if (index >= this.size) index -= this.size;
    return this.ring[index] as number;
  }

  /** Appends `value`; returns the value it pushed out of a full window, NaN while filling. */
  push(value: number): number {
    const leaving = this.held === this.size ? (this.ring[this.next] as number) : Number.NaN;
    this.ring[this.next] = value;
    this.next = this.next + 1 === this.size ? 0 : this.next + 1;
    if (this.held < this.size) this.held += 1;
    return leaving;
  }

  /** Makes the window hold values[from .. from + size - 1], oldest first, as if they had just been pushed. */
  replace(values: Float64Array, from: number): void {
    this.ring.set(values.subarray(from, from + this.size));
    this.next = 0;
    this.held = this.size;
  }

  reset(): void {
    this.next = 0;
    this.held = 0;
  }
}
