import { type SessionService } from '../../sessions/session-service';
import { type Vault } from '../../vault/vault';
import { type CallContext, type HandlerMap } from '../handler-types';

function sourceOf(call: CallContext): string {
  return call.source ?? call.transport;
}

export function vaultHandlers(vault: Vault, sessions: SessionService): HandlerMap<'vault.status' | 'vault.setup' | 'vault.unlock' | 'vault.lock' | 'vault.changePassphrase'> {
  return {
    'vault.status': () => vault.status(),
    'vault.setup': (input) => vault.setup(input),
    'vault.unlock': ({ passphrase }, call) => vault.unlock(passphrase, sourceOf(call)),
    'vault.lock': async () => {
      const status = await vault.lock();
      // A locked vault signs every browser out: their next step would need the key anyway.
      sessions.endAll('locked');
      return status;
    },
    'vault.changePassphrase': ({ current, next }, call) => vault.changePassphrase(current, next, sourceOf(call)),
  };
}
