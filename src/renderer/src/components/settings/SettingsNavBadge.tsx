import { useAccounts } from '../../api/use-accounts';
import { useVaultStatus } from '../../api/use-vault';
import { type SettingsSectionId } from './SettingsPanel';

/**
 * What a section would want noticed before it is opened: a key that can withdraw, a locked
 * vault. Reads only queries the workstation keeps anyway.
 */
export function SettingsNavBadge({ section }: { section: SettingsSectionId }) {
  if (section === 'accounts') return <AccountsBadge />;
  if (section === 'security') return <VaultBadge />;
  return null;
}

function AccountsBadge() {
  const accounts = useAccounts();
  const list = accounts.data?.accounts ?? [];
  const dangerous = list.filter((account) => account.lastTest?.warnings.some((warning) => warning.level === 'danger') === true).length;
  if (dangerous > 0) {
    return (
      <span className="nav-badge nav-badge--danger" title={`${dangerous} account key${dangerous === 1 ? '' : 's'} with a danger warning`}>
        {dangerous}
      </span>
    );
  }
  return list.length > 0 ? <span className="nav-count num">{list.length}</span> : null;
}

function VaultBadge() {
  const vault = useVaultStatus();
  if (vault.data?.state !== 'locked') return null;
  return <span className="nav-badge nav-badge--warn">locked</span>;
}
