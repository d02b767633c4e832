import { type ServerClock } from './clock';
import { type BinanceError, binanceErrors } from './errors';
import { type FailureSpec, type FaultControls } from './market-types';

/** A reply a fault puts in place of the real one, and the name the request log gives it. */
export interface FaultReply {
  status: number;
  json: { code: number; msg: string };
  headers: Record<string, string>;
  label: string;
}

export type OrderFault = { kind: '5xx'; reply: FaultReply } | { kind: 'drop'; label: string };

const WEIGHT_LIMIT = 6000;

function failureReply(failure: FailureSpec, label: string): FaultReply {
  const json = failure.body ?? binanceErrors.unknown().body();
  return { status: failure.status, json, headers: {}, label };
}

function fromError(error: BinanceError, retryAfterSec: number, label: string): FaultReply {
  return { status: error.httpStatus, json: error.body(), headers: { 'Retry-After': String(retryAfterSec) }, label };
}

/** Faults on demand; the server asks before and after handling each request. */
export class Faults implements FaultControls {
  latencyMs = 0;
  private limited = { count: 0, retryAfterSec: 0 };
  private bannedUntil = 0;
  private afterAccept: OrderFault[] = [];
  private failures: { path: string; failure: FailureSpec }[] = [];

  constructor(
    private readonly clock: ServerClock,
    private readonly dropSockets: () => void,
  ) {}

  get clockSkewMs(): number {
    return this.clock.skewMs;
  }

  set clockSkewMs(skewMs: number) {
    this.clock.setSkewMs(skewMs);
  }

  rateLimit429Next(count: number, retryAfterSec = 10): void {
    this.limited = { count, retryAfterSec };
  }

  ban418(seconds: number): void {
    this.bannedUntil = this.clock.now() + seconds * 1000;
  }

  acceptOrderThen5xx(count: number, failure: FailureSpec = { status: 503 }): void {
    for (let index = 0; index < count; index++) this.afterAccept.push({ kind: '5xx', reply: failureReply(failure, `accept-then-${failure.status}`) });
  }

  acceptOrderThenDropReply(count: number): void {
    for (let index = 0; index < count; index++) this.afterAccept.push({ kind: 'drop', label: 'accept-then-drop' });
  }

  failNext(path: string, failure: FailureSpec): void {
    this.failures.push({ path, failure });
  }

  dropWebSockets(): void {
    this.dropSockets();
  }

  clear(): void {
    this.latencyMs = 0;
    this.limited = { count: 0, retryAfterSec: 0 };
    this.bannedUntil = 0;
    this.afterAccept = [];
    this.failures = [];
  }

  /** A ban, a pending 429 or a failNext for this path answers instead of the handler. */
  beforeRequest(path: string): FaultReply | undefined {
    const now = this.clock.now();
    if (now < this.bannedUntil) {
      return fromError(binanceErrors.ipBanned(this.bannedUntil), Math.ceil((this.bannedUntil - now) / 1000), 'ban-418');
    }
    if (this.limited.count > 0) {
      this.limited.count--;
      return fromError(binanceErrors.tooMuchWeight(WEIGHT_LIMIT), this.limited.retryAfterSec, 'rate-limit-429');
    }
    const index = this.failures.findIndex((failure) => failure.path === path);
    if (index < 0) return undefined;
    const [entry] = this.failures.splice(index, 1);
    return entry === undefined ? undefined : failureReply(entry.failure, `fail-next-${entry.failure.status}`);
  }

  /** What happens to the reply of an order that was just placed. */
  afterOrderAccepted(): OrderFault | undefined {
    return this.afterAccept.shift();
  }
}
