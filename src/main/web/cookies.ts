/** The value of one cookie in a Cookie header, or null. */
export function readCookie(header: string | undefined, name: string): string | null {
  if (!header) return null;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) {
      try {
        return decodeURIComponent(part.slice(eq + 1).trim());
      } catch {
        return null;
      }
    }
  }
  return null;
}

/**
 * A cookie only this page can send back: not readable by scripts, never sent by another site,
 * for the whole origin. `maxAgeMs` 0 deletes it.
 */
export function strictCookie(name: string, value: string, maxAgeMs: number | null): string {
  const maxAge = maxAgeMs === null ? '' : `; Max-Age=${Math.floor(maxAgeMs / 1000)}`;
  return `${name}=${encodeURIComponent(value)}; HttpOnly; SameSite=Strict; Path=/${maxAge}`;
}
