/**
 * The packaged renderer lives on its own privileged scheme rather than file://, so it has a real
 * origin of its own that no other page, file or download shares.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'tradewind';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * `scheme://host[:port]` of a URL, or null when it has no origin worth trusting: unparsable,
 * carrying credentials, or hostless (data:, about:blank, file:///...). Built from the parsed
 * parts because Node's `URL#origin` is the string "null" for schemes it does not know, app: among
 * them.
 */
export function originOf(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.host === '' || parsed.username !== '' || parsed.password !== '') return null;
  return `${parsed.protocol}//${parsed.host}`;
}

/** Whether a frame or navigation URL belongs to one of the origins the app itself serves. */
export function isTrustedUrl(url: string, trustedOrigins: ReadonlySet<string>): boolean {
  const origin = originOf(url);
  return origin !== null && trustedOrigins.has(origin);
}
