import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { type EventName, type MethodName } from '../shared/contract';
import { createBridge, type Bridge } from '../shared/rpc/bridge';
import { type Result } from '../shared/rpc/errors';
import { BRIDGE_GLOBAL, IPC_CALL_CHANNEL, IPC_EVENT_CHANNEL } from '../shared/rpc/ipc-channels';

/**
 * The page gets exactly one object: the typed bridge built from the contract. It never sees
 * ipcRenderer, so it can only call contract methods and hear contract events.
 */
const bridge = createBridge({
  call: (method: MethodName, input: unknown) => ipcRenderer.invoke(IPC_CALL_CHANNEL, method, input) as Promise<Result<unknown>>,
  listen: (listener: (name: EventName, payload: unknown) => void) => {
    const forward = (_event: IpcRendererEvent, name: EventName, payload: unknown): void => listener(name, payload);
    ipcRenderer.on(IPC_EVENT_CHANNEL, forward);
    return () => {
      ipcRenderer.removeListener(IPC_EVENT_CHANNEL, forward);
    };
  },
}) satisfies Bridge;

contextBridge.exposeInMainWorld(BRIDGE_GLOBAL, bridge);
