/**
 * Log context is copied through this before it is written anywhere. Any field whose name looks
 * like it could hold a credential is replaced, however deep it sits, and errors become plain
 * data so their stack survives JSON.
 */
const SENSITIVE_KEY = /(secret|passphrase|password|token|api[-_]?key|private[-_]?key|signature|authorization|cookie|credential)/i;
const MAX_DEPTH = 6;
const MAX_STRING = 4000;
const MAX_ITEMS = 100;

export const REDACTED = '[redacted]';

export function isSensitiveKey(key: string): boolean {
  return SENSITIVE_KEY.test(key);
}

export function redact(value: unknown, depth = 0, seen = new WeakSet<object>()): unknown {
  if (value === null || value === undefined) return value ?? null;
  if (typeof value === 'string') return value.length > MAX_STRING ? `${value.slice(0, MAX_STRING)}…` : value;
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'function' || typeof value === 'symbol') return `[${typeof value}]`;
  if (depth >= MAX_DEPTH) return '[too deep]';
  if (seen.has(value)) return '[circular]';
  seen.add(value);
  if (value instanceof Error) {
    return {
      name: value.name,
      message: value.message,
      stack: value.stack ?? null,
      ...(value.cause === undefined ? {} : { cause: redact(value.cause, depth + 1, seen) }),
    };
  }
  if (value instanceof Uint8Array) return `[${value.byteLength} bytes]`;
  if (Array.isArray(value)) return value.slice(0, MAX_ITEMS).map((item) => redact(item, depth + 1, seen));
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value).slice(0, MAX_ITEMS)) {
    out[key] = isSensitiveKey(key) ? REDACTED : redact(item, depth + 1, seen);
  }
  return out;
}

export function redactContext(context: Record<string, unknown> | undefined): Record<string, unknown> | null {
  if (context === undefined) return null;
  return redact(context) as Record<string, unknown>;
}
