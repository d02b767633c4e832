import { type Account } from '../../../../../shared/schemas/accounts';
import { useNow } from '../../../hooks/use-now';
import { formatDateTime, formatRelative } from '../../common/format';
import { CheckIcon, CrossIcon, WarningIcon } from '../../common/Icons';
import { canWithdraw, ipRestricted, worstLevel } from './account-labels';
import { EnvironmentBadge } from './EnvironmentBadge';

interface Props {
  readonly accounts: readonly Account[];
  readonly selectedId: number | null;
  /** The account whose key is being tested right now, if any. */
  readonly testingId: number | null;
  readonly onSelect: (account: Account) => void;
  readonly onTest: (account: Account) => void;
  readonly onEdit: (account: Account) => void;
  readonly onRemove: (account: Account) => void;
}

export function AccountsTable({ accounts, selectedId, testingId, onSelect, onTest, onEdit, onRemove }: Props) {
  const now = useNow(30_000);
  return (
    <table className="data-table accounts-table">
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Environment</th>
          <th scope="col">API key</th>
          <th scope="col" className="cell-center">
            Trade
          </th>
          <th scope="col" className="cell-center">
            Withdraw
          </th>
          <th scope="col">IP</th>
          <th scope="col">Warnings</th>
          <th scope="col">Last tested</th>
          <th scope="col" aria-label="Actions" />
        </tr>
      </thead>
      <tbody>
        {accounts.map((account) => {
          const check = account.lastTest;
          const withdraw = check === null ? null : canWithdraw(check);
          const worst = check === null ? null : worstLevel(check.warnings);
          const isTesting = testingId === account.id;
          const classes = ['data-row', 'is-clickable', selectedId === account.id ? 'is-selected' : '', withdraw === true ? 'row--danger' : ''];
          return (
            <tr
              key={account.id}
              className={classes.filter(Boolean).join(' ')}
              data-testid="account-row"
              data-account-id={account.id}
              data-environment={account.environment}
              aria-selected={selectedId === account.id}
              onClick={() => onSelect(account)}
            >
              <td className="cell-strong" title={account.name}>
                {account.name}
              </td>
              <td>
                <EnvironmentBadge environment={account.environment} baseUrl={account.baseUrl} />
              </td>
              <td>
                <span className="key-id" data-testid="account-key-id" title={account.keyId === null ? 'No API key' : 'First and last 4 characters of the API key'}>
                  {account.keyId ?? '—'}
                </span>
              </td>
              <td className="cell-center">
                <Flag testId="account-can-trade" value={check?.canTrade ?? null} />
              </td>
              <td className="cell-center">
                {withdraw === true ? (
                  <span className="withdraw-alarm" data-testid="account-can-withdraw" data-value="true" title="This key can withdraw funds">
                    <WarningIcon size={12} /> YES
                  </span>
                ) : (
                  <Flag testId="account-can-withdraw" value={withdraw} />
                )}
              </td>
              <td>
                <IpCell value={check === null ? null : ipRestricted(check)} isTested={check !== null} />
              </td>
              <td>
                {check === null ? (
                  <span className="muted">—</span>
                ) : (
                  <span className={`count-pill count-pill--${worst ?? 'none'}`} data-testid="account-warning-count" data-level={worst ?? 'none'}>
                    {check.warnings.length === 0 ? 'none' : check.warnings.length}
                  </span>
                )}
              </td>
              <td className="num">
                {isTesting ? (
                  <span className="testing">testing…</span>
                ) : check === null ? (
                  <span className="muted">never</span>
                ) : (
                  <span className={check.isOk ? 'tested' : 'tested tested--failed'} title={formatDateTime(check.testedAt)}>
                    <i className="dot" aria-hidden="true" />
                    {check.isOk ? formatRelative(check.testedAt, now) : 'failed'}
                  </span>
                )}
              </td>
              <td className="cell-actions" onClick={(event) => event.stopPropagation()}>
                <button type="button" className="btn btn--small" data-testid="account-test" disabled={isTesting} onClick={() => onTest(account)}>
                  Test
                </button>
                <button type="button" className="btn btn--small" data-testid="account-edit" onClick={() => onEdit(account)}>
                  Edit
                </button>
                <button type="button" className="btn btn--small btn--quiet-danger" data-testid="account-remove" onClick={() => onRemove(account)}>
                  Remove
                </button>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function Flag({ value, testId }: { value: boolean | null; testId: string }) {
  if (value === null) {
    return (
      <span className="flag flag--unknown" data-testid={testId} data-value="unknown" title="Not known yet">
        —
      </span>
    );
  }
  return (
    <span className={value ? 'flag flag--yes' : 'flag flag--no'} data-testid={testId} data-value={String(value)} aria-label={value ? 'yes' : 'no'}>
      {value ? <CheckIcon /> : <CrossIcon />}
    </span>
  );
}

function IpCell({ value, isTested }: { value: boolean | null; isTested: boolean }) {
  if (value === null) {
    return (
      <span className="muted" title={isTested ? 'The exchange does not report IP restrictions here (the Spot Testnet has no such endpoint)' : 'Not tested yet'}>
        —
      </span>
    );
  }
  return value ? <span className="ip ip--restricted">restricted</span> : <span className="ip ip--open">any IP</span>;
}
