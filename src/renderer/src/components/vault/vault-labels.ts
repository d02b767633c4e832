import { type VaultStatus } from '../../../../shared/schemas/vault';

/** The word in the header: what a glance needs. */
export function vaultWord(status: VaultStatus | undefined): 'locked' | 'unlocked' | 'none' | '…' {
  if (status === undefined) return '…';
  return status.state === 'uninitialized' ? 'none' : status.state;
}

/** One sentence on what protects the keys. */
export function vaultModeText(status: VaultStatus): string {
  if (status.mode === 'os-keychain') return `Protected by the system keychain${status.keychain.backend === null ? '' : ` (${status.keychain.backend})`}.`;
  if (status.mode === 'passphrase') return 'Protected by your passphrase.';
  return 'No vault yet: it is created when the first API key is stored.';
}
