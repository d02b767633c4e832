const pad2 = (n: number): string => String(n).padStart(2, '0');

/** YYYY-MM-DD in local time. */
export function formatDate(ts: number): string {
  const d = new Date(ts);
  return `${d.getFullYear()}-${pad2(d.getMonth() + 1)}-${pad2(d.getDate())}`;
}

/** YYYY-MM-DD HH:MM local: fixed width, sorts as text, reads the same in every locale. */
export function formatDateTime(ts: number): string {
  const d = new Date(ts);
  return `${formatDate(ts)} ${pad2(d.getHours())}:${pad2(d.getMinutes())}`;
}

/** With seconds, for logs of actions. */
export function formatDateTimeSeconds(ts: number): string {
  return `${formatDateTime(ts)}:${pad2(new Date(ts).getSeconds())}`;
}

/** "3 min ago", "in 6 d": how far a time is from now, in the largest whole unit. */
export function formatRelative(ts: number, now: number): string {
  const diff = ts - now;
  const abs = Math.abs(diff);
  const text =
    abs < 45_000
      ? null
      : abs < 3_600_000
        ? `${Math.round(abs / 60_000)} min`
        : abs < 86_400_000
          ? `${Math.round(abs / 3_600_000)} h`
          : `${Math.round(abs / 86_400_000)} d`;
  if (text === null) return 'just now';
  return diff < 0 ? `${text} ago` : `in ${text}`;
}

/** Bytes in the unit a person reads at a glance: 812 B, 4.1 KB, 23.6 MB. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KB', 'MB', 'GB', 'TB'] as const;
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value >= 100 ? value.toFixed(0) : value.toFixed(1)} ${units[unit]}`;
}

/** Whole seconds left until `until`, never below zero. */
export function secondsUntil(until: number, now: number): number {
  return Math.max(0, Math.ceil((until - now) / 1000));
}

const BROWSERS: ReadonlyArray<readonly [RegExp, string]> = [
  [/Edg\/(\d+)/, 'Edge'],
  [/OPR\/(\d+)/, 'Opera'],
  [/Firefox\/(\d+)/, 'Firefox'],
  [/(?:Chromium|HeadlessChrome)\/(\d+)/, 'Chromium'],
  [/Chrome\/(\d+)/, 'Chrome'],
  [/Version\/(\d+)[\d.]* Safari/, 'Safari'],
  [/curl\/([\d.]+)/, 'curl'],
];

const SYSTEMS: ReadonlyArray<readonly [RegExp, string]> = [
  [/Windows/, 'Windows'],
  [/Android/, 'Android'],
  [/iPhone|iPad/, 'iOS'],
  [/Mac OS X|Macintosh/, 'macOS'],
  [/CrOS/, 'ChromeOS'],
  [/Linux/, 'Linux'],
];

/** "Chrome 131 · Linux" from a user agent string; the full string stays in a tooltip. */
export function shortUserAgent(userAgent: string | null): string {
  if (userAgent === null || userAgent.trim() === '') return 'unknown';
  const browser = BROWSERS.map(([pattern, name]) => {
    const match = pattern.exec(userAgent);
    return match === null ? null : `${name} ${match[1] ?? ''}`.trim();
  }).find((name) => name !== null);
  const system = SYSTEMS.find(([pattern]) => pattern.test(userAgent))?.[1];
  if (browser === undefined || browser === null) return userAgent.length > 40 ? `${userAgent.slice(0, 40)}…` : userAgent;
  return system === undefined ? browser : `${browser} · ${system}`;
}
