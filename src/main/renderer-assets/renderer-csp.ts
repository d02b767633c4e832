/**
 * The page may run only the scripts and styles shipped with it, and reach only the sources
 * its shell names: nothing in the desktop app (the bridge is not network), its own WebSocket in
 * the web shell.
 */
export function rendererCsp(connectSources: readonly string[]): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src ${connectSources.join(' ')}`,
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "form-action 'none'",
  ].join('; ');
}
