import { ipcMain, BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { type Result } from '../../shared/rpc/errors';
import { IPC_CALL_CHANNEL } from '../../shared/rpc/ipc-channels';
import { type Router } from '../api/router';
import { decideSender, type SenderFacts } from '../desktop/ipc-sender';
import { type Logger } from '../log/logger';

export interface IpcCallOptions {
  readonly router: Router;
  readonly trustedOrigins: ReadonlySet<string>;
  readonly isOurWindow: (window: BrowserWindow) => boolean;
  readonly log: Logger;
}

const FORBIDDEN: Result<never> = {
  ok: false,
  error: { code: 'FORBIDDEN', message: 'This frame may not call the Tradewind core.' },
};

/**
 * The one IPC door: the sender frame is checked before anything else, then the router validates
 * the method and its input against the contract. Returns the function that closes the door.
 */
export function handleCalls({ router, trustedOrigins, isOurWindow, log }: IpcCallOptions): () => void {
  ipcMain.handle(IPC_CALL_CHANNEL, (event, method: unknown, input: unknown): Result<never> | Promise<Result<unknown>> => {
    const decision = decideSender(senderFacts(event, isOurWindow), trustedOrigins);
    if (!decision.ok) {
      log.warn(`Refused an IPC call: ${decision.reason}`, { method: typeof method === 'string' ? method.slice(0, 64) : typeof method });
      return FORBIDDEN;
    }
    return router.dispatch(method, input, { transport: 'ipc', peer: `window ${event.sender.id}` });
  });
  return () => ipcMain.removeHandler(IPC_CALL_CHANNEL);
}

function senderFacts(event: IpcMainInvokeEvent, isOurWindow: (window: BrowserWindow) => boolean): SenderFacts {
  const frame = event.senderFrame;
  const window = BrowserWindow.fromWebContents(event.sender);
  return {
    frameUrl: frame?.url ?? null,
    isMainFrame: frame !== null && frame.parent === null,
    isDetached: frame?.detached ?? false,
    isOurWindow: window !== null && isOurWindow(window),
  };
}
