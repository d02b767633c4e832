import { useState } from 'react';
import { Segmented } from '../common/Segmented';
import { describeApiError } from '../../api/form-errors';
import { useTradingAccount } from '../../api/use-trading-account';
import { InlineError } from '../common/InlineError';
import { EmptyState } from '../workspace/EmptyState';
import { DailyReports } from './DailyReports';
import { EquityCurve } from './EquityCurve';
import { PerformanceView } from './PerformanceView';
import { useReportFocus, type ReportFocus } from './report-focus';
import './reports.css';

const SECTIONS = [
  { id: 'daily', label: 'Daily reports' },
  { id: 'equity', label: 'Equity curve' },
  { id: 'performance', label: 'Strategy performance' },
] as const;
type SectionId = (typeof SECTIONS)[number]['id'];

/**
 * Reports: an account's daily reports by UTC month (each with its per-symbol and per-deployment
 * breakdown), its value over time from the portfolio snapshots, and the strategies' paper and
 * live results per period. The account starts as the chart's; another panel can open a
 * deployment's daily report here (openDailyReport).
 */
export function ReportsPanel() {
  const { accounts, account: chartAccount, isLoaded, accountsError, retryAccounts } = useTradingAccount();
  const focus = useReportFocus();
  const [chosenId, setChosenId] = useState<number | null>(null);
  const [section, setSection] = useState<SectionId>('daily');
  const [handled, setHandled] = useState<ReportFocus | null>(null);
  // A new request from another panel: its account, on the daily reports (adjusted while rendering, not in an effect).
  if (focus !== handled) {
    setHandled(focus);
    if (focus !== null) {
      setChosenId(focus.accountId);
      setSection('daily');
    }
  }
  const account = accounts.find((candidate) => candidate.id === chosenId) ?? chartAccount ?? accounts[0] ?? null;
  const pendingFocus = focus !== null && account !== null && focus.accountId === account.id ? focus : null;

  return (
    <div className="rp-panel" data-testid="reports-panel">
      <div className="toolbar rp-toolbar">
        <Segmented label="Report" options={SECTIONS.map(({ id, label }) => ({ key: id, label }))} value={section} onChange={setSection} testIdPrefix="reports-section-" />
        {section !== 'performance' && (
          <label className="field-inline">
            <span className="field-label">Account</span>
            <select
              className="select"
              data-testid="reports-account"
              value={account?.id ?? ''}
              onChange={(event) => {
                const id = Number(event.target.value);
                setChosenId(Number.isInteger(id) && id > 0 ? id : null);
              }}
            >
              {accounts.length === 0 && <option value="">No account</option>}
              {accounts.map((candidate) => (
                <option key={candidate.id} value={candidate.id}>
                  {candidate.name}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      {section === 'performance' ? (
        <PerformanceView />
      ) : accountsError !== null ? (
        <InlineError onRetry={retryAccounts} testId="reports-accounts-error">
          Could not load the accounts: {describeApiError(accountsError)}
        </InlineError>
      ) : !isLoaded ? (
        <EmptyState title="Loading accounts…" />
      ) : account === null ? (
        <EmptyState title="No account yet" testId="reports-no-account">
          Add an account under Settings → Accounts. Its daily reports and equity curve appear here once it has traded or been connected.
        </EmptyState>
      ) : section === 'daily' ? (
        <DailyReports key={`${account.id}:${pendingFocus?.seq ?? 0}`} accountId={account.id} focus={pendingFocus} />
      ) : (
        <EquityCurve key={account.id} accountId={account.id} />
      )}
    </div>
  );
}
