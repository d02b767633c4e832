import { type VaultStatus } from '../../../../../shared/schemas/vault';
import { VaultUnlockForm } from '../../vault/VaultUnlockForm';
import { VaultSetupPrompt } from '../../vault/VaultSetupPrompt';

/**
 * Storing or using a key needs an open vault. Shows what is missing (create it, or unlock it)
 * and nothing once the vault is open.
 */
export function VaultRequirement({ status, action }: { status: VaultStatus | undefined; action: string }) {
  if (status === undefined || status.state === 'unlocked') return null;
  if (status.state === 'uninitialized') return <VaultSetupPrompt status={status} />;
  return <VaultUnlockForm reason={`The vault is locked. Unlock it to ${action}.`} />;
}

export function isVaultOpen(status: VaultStatus | undefined): boolean {
  return status?.state === 'unlocked';
}
