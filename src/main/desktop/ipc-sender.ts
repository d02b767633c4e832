import { isTrustedUrl, originOf } from './app-origin';

/** What main knows about the frame behind an IPC message, read off Electron's event. */
export interface SenderFacts {
  /** Null when the frame has navigated away or been destroyed since it sent. */
  readonly frameUrl: string | null;
  readonly isMainFrame: boolean;
  readonly isDetached: boolean;
  /** Whether the sending web contents belong to a window this shell created. */
  readonly isOurWindow: boolean;
}

export type SenderDecision = { readonly ok: true } | { readonly ok: false; readonly reason: string };

/**
 * Only the top frame of our own window, showing our own origin, may call the core. Iframes,
 * other windows and pages that somehow navigated elsewhere are refused even though the preload
 * is not supposed to reach them: this is the check that still holds if that assumption breaks.
 */
export function decideSender(sender: SenderFacts, trustedOrigins: ReadonlySet<string>): SenderDecision {
  if (sender.frameUrl === null) return { ok: false, reason: 'the sending frame is gone' };
  if (sender.isDetached) return { ok: false, reason: 'the sending frame is detached' };
  if (!sender.isOurWindow) return { ok: false, reason: 'not sent from a Tradewind window' };
  if (!sender.isMainFrame) return { ok: false, reason: 'sent from a subframe' };
  if (!isTrustedUrl(sender.frameUrl, trustedOrigins)) {
    return { ok: false, reason: `sent from an untrusted origin (${originOf(sender.frameUrl) ?? 'none'})` };
  }
  return { ok: true };
}
