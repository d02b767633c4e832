/** The bar of a running backtest or sweep: `share` done, from 0 to 1, coloured by its status. */
export function JobProgressBar({ testId, status, label, share }: { testId: string; status: string; label: string; share: number }) {
  return (
    <div className="bt-progress" data-testid={testId} data-status={status} role="progressbar" aria-label={label} aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.floor(share * 100)}>
      <span style={{ width: `${share * 100}%` }} />
    </div>
  );
}
