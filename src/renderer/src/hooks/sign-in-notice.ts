import { useSyncExternalStore } from 'react';

/**
 * A sentence for the sign-in screen about why it is showing: "Backup restored…", "Your
 * session ended…". Kept outside React state because the part of the page that knows the
 * reason is unmounted by the very change it explains.
 */
let notice: string | null = null;
const listeners = new Set<() => void>();

export function setSignInNotice(update: string | null | ((current: string | null) => string | null)): void {
  const next = typeof update === 'function' ? update(notice) : update;
  if (next === notice) return;
  notice = next;
  for (const listener of listeners) listener();
}

export function useSignInNotice(): string | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => notice,
  );
}
