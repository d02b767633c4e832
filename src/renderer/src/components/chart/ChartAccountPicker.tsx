import { type Account } from '../../../../shared/schemas/accounts';

interface Props {
  readonly accounts: readonly Account[];
  readonly accountId: number | null;
  readonly onChoose: (accountId: number | null) => void;
}

/** Whose live feed, fills and open orders the chart shows; none: stored history only. */
export function ChartAccountPicker({ accounts, accountId, onChoose }: Props) {
  return (
    <label className="field-inline chart-account">
      <span className="field-label">Account</span>
      <select
        className="select"
        data-testid="chart-account"
        value={accountId ?? ''}
        onChange={(event) => {
          const id = Number(event.target.value);
          onChoose(event.target.value !== '' && Number.isInteger(id) && id > 0 ? id : null);
        }}
      >
        <option value="">None — stored history</option>
        {accounts.map((account) => (
          <option key={account.id} value={account.id}>
            {account.name}
          </option>
        ))}
      </select>
    </label>
  );
}
