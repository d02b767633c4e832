/** The emulator's idea of "now": a base clock shifted by a skew a test can set. */
export class ServerClock {
  private skewMs = 0;

  constructor(private readonly baseNow: () => number = Date.now) {}

  setSkewMs(skewMs: number): void {
    this.skewMs = skewMs;
  }

  now(): number {
    return this.baseNow() + this.skewMs;
  }
}
