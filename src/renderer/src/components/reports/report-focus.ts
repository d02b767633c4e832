import { useEffect, useRef, useSyncExternalStore } from 'react';

/** What another panel asks the Reports tab to show: an account's daily report, opened at a deployment's row. */
export interface ReportFocus {
  readonly accountId: number;
  /** YYYY-MM-DD (UTC); the newest report of the month when left out. */
  readonly day?: string;
  /** The deployment whose row is opened and marked. */
  readonly deploymentId?: number;
  /** Told apart from an earlier request for the same thing, so asking again opens it again. */
  readonly seq: number;
}

let current: ReportFocus | null = null;
let seq = 0;
const listeners = new Set<() => void>();

/**
 * Opens the Reports tab on the daily report of an account (a day, else its newest), with a
 * deployment's row opened: how a deployment links to "its daily report".
 */
export function openDailyReport(target: Omit<ReportFocus, 'seq'>): void {
  seq += 1;
  current = { ...target, seq };
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The newest request, or null before any. */
export function useReportFocus(): ReportFocus | null {
  return useSyncExternalStore(subscribe, () => current);
}

/**
 * Calls `onFocus` for each request made after the caller mounted (the tab registry shows the
 * Reports tab); one made before, already shown or not, is not repeated on a remount.
 */
export function useOnReportFocus(onFocus: () => void): void {
  const focus = useReportFocus();
  const handled = useRef(focus?.seq ?? 0);
  const callback = useRef(onFocus);
  useEffect(() => {
    callback.current = onFocus;
  });
  useEffect(() => {
    if (focus === null || focus.seq <= handled.current) return;
    handled.current = focus.seq;
    callback.current();
  }, [focus]);
}
