import { useEffect, useRef, useState } from 'react';
import { describeApiError } from '../../api/form-errors';
import { useVaultLock, useVaultStatus } from '../../api/use-vault';
import { useConnection } from '../../bridge/bridge-context';
import { LockIcon, UnlockIcon } from '../common/Icons';
import { VaultUnlockForm } from '../vault/VaultUnlockForm';
import { vaultModeText, vaultWord } from '../vault/vault-labels';

/**
 * The vault's state at a glance, and a small menu to lock it now or unlock it where a key is
 * needed, without leaving the trading view.
 */
export function VaultIndicator() {
  const vault = useVaultStatus();
  const [isOpen, setIsOpen] = useState(false);
  const box = useRef<HTMLSpanElement>(null);
  const word = vaultWord(vault.data);

  useEffect(() => {
    if (!isOpen) return;
    const onPointer = (event: PointerEvent): void => {
      if (box.current !== null && !box.current.contains(event.target as Node)) setIsOpen(false);
    };
    const onKey = (event: KeyboardEvent): void => {
      if (event.key === 'Escape') setIsOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      document.removeEventListener('keydown', onKey);
    };
  }, [isOpen]);

  return (
    <span className="vault-indicator" ref={box}>
      <button
        type="button"
        className={`vault-button vault--${word === '…' ? 'unknown' : word}`}
        data-testid="vault-menu"
        aria-haspopup="dialog"
        aria-expanded={isOpen}
        title={vault.data === undefined ? 'Key vault' : `Key vault: ${word}. ${vaultModeText(vault.data)}`}
        onClick={() => setIsOpen((open) => !open)}
      >
        {word === 'unlocked' ? <UnlockIcon /> : <LockIcon />}
        <span className="header-label">Vault</span>
        <span data-testid="vault-state" data-state={vault.data?.state ?? 'unknown'}>
          {word}
        </span>
      </button>
      {isOpen && vault.data !== undefined && (
        <div className="popover" role="dialog" aria-label="Key vault">
          <VaultMenu onDone={() => setIsOpen(false)} />
        </div>
      )}
    </span>
  );
}

function VaultMenu({ onDone }: { onDone: () => void }) {
  const vault = useVaultStatus();
  const lock = useVaultLock();
  const { shell } = useConnection();
  const status = vault.data;
  if (status === undefined) return null;
  return (
    <div className="vault-menu">
      <div className="popover-title">Key vault · {vaultWord(status)}</div>
      <div className="popover-text">{vaultModeText(status)}</div>
      {status.state === 'locked' && <VaultUnlockForm testId="header-vault-unlock" reason="Unlock to trade, test keys and run strategies." isCompact />}
      {status.state === 'unlocked' && status.mode === 'passphrase' && (
        <>
          {shell === 'web' && <div className="popover-text popover-text--warn">Locking signs every browser out, this one included.</div>}
          <button type="button" className="btn" data-testid="header-vault-lock" disabled={lock.isPending} onClick={() => lock.mutate(undefined, { onSuccess: onDone })}>
            <LockIcon /> Lock now
          </button>
          {lock.isError && (
            <div className="form-error" role="alert">
              {describeApiError(lock.error)}
            </div>
          )}
        </>
      )}
    </div>
  );
}
