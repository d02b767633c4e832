import { createContext, useContext, type ReactNode } from 'react';
import { type Bridge } from '../../../shared/rpc/bridge';
import { type BridgeConnection } from './bridge-connection';

const BridgeContext = createContext<BridgeConnection | null>(null);

export function BridgeProvider({ connection, children }: { connection: BridgeConnection; children: ReactNode }) {
  return <BridgeContext.Provider value={connection}>{children}</BridgeContext.Provider>;
}

export function useConnection(): BridgeConnection {
  const connection = useContext(BridgeContext);
  if (connection === null) throw new Error('useConnection() needs a <BridgeProvider> above it');
  return connection;
}

export function useBridge(): Bridge {
  return useConnection().bridge;
}
