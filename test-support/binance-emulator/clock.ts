/** The emulator's idea of "now": a base clock shifted by a skew a test can set. */
export class ServerClock {
  private skew = 0;

  constructor(private readonly baseNow: () => number = Date.now) {}

  get skewMs(): number {
    return this.skew;
  }

  setSkewMs(skewMs: number): void {
    this.skew = skewMs;
  }

  now(): number {
    return this.baseNow() + this.skew;
  }
}
