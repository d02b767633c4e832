import { useEffect, useState } from 'react';
import { type DailyReport } from '../../../../shared/schemas/reports';
import { describeApiError } from '../../api/form-errors';
import { useDailyReports, useTodayReport } from '../../api/use-reports';
import { InlineError } from '../common/InlineError';
import { EmptyState } from '../workspace/EmptyState';
import { DailyReportDetail } from './DailyReportDetail';
import { DailyReportsTable } from './DailyReportsTable';
import { MonthPicker } from './MonthPicker';
import { type ReportFocus } from './report-focus';

/**
 * One account's daily reports, a UTC month at a time: the days (each opening onto its
 * deployments), the month's totals, and the chosen day in full on the right. Today is not
 * finished, so it has no report; "Today so far" computes one on request.
 */
export function DailyReports({ accountId, focus }: { accountId: number; focus: ReportFocus | null }) {
  const [todayDay] = useState(() => new Date().toISOString().slice(0, 10));
  const thisMonth = todayDay.slice(0, 7);
  const [month, setMonth] = useState(() => focus?.day?.slice(0, 7) ?? thisMonth);
  const [picked, setPicked] = useState<string | null>(focus?.day ?? null);
  /** Days whose deployments were opened or closed by hand, against how they start. */
  const [toggled, setToggled] = useState<ReadonlySet<string>>(new Set());
  const reports = useDailyReports(accountId, month);
  const today = useTodayReport();
  const todayReport = today.data !== undefined && today.data.accountId === accountId && month === thisMonth ? today.data : null;
  const days = reports.data?.days ?? [];
  const focusDeployment = focus?.deploymentId ?? null;
  const rows = todayReport === null ? days : [todayReport, ...days];
  const listsFocus = (report: DailyReport): boolean => report.deployments.some((row) => row.deploymentId === focusDeployment);
  // A deployment's report opens on the day asked for, else the newest day it is in.
  const focusDay = focus?.day ?? (focusDeployment === null ? null : (rows.find(listsFocus)?.day ?? null));
  // Asked for today, or for a deployment no finished day of the month lists yet (it started today): today so far.
  const isTodayWanted = focus !== null && reports.data !== undefined && (focus.day === todayDay || (focus.day === undefined && focusDeployment !== null && month === thisMonth && !days.some(listsFocus)));
  const { isIdle, mutate } = today;
  useEffect(() => {
    if (isTodayWanted && isIdle) mutate(accountId);
  }, [isTodayWanted, isIdle, mutate, accountId]);
  const shownDay = picked ?? focusDay ?? rows[0]?.day ?? null;
  const shown = rows.find((report) => report.day === shownDay) ?? null;
  const isOpen = (day: string): boolean => toggled.has(day) !== (day === focusDay);
  const toggle = (day: string): void =>
    setToggled((current) => {
      const next = new Set(current);
      if (!next.delete(day)) next.add(day);
      return next;
    });
  const changeMonth = (next: string): void => {
    setMonth(next);
    setPicked(null);
  };

  return (
    <div className="split rp-split">
      <div className="split-main rp-main">
        <div className="toolbar trading-subbar">
          <MonthPicker month={month} months={reports.data?.months ?? []} thisMonth={thisMonth} onChange={changeMonth} />
          <button
            type="button"
            className="btn btn--small"
            data-testid="report-today"
            disabled={today.isPending}
            title="Compute today's report from the fills so far and a fresh snapshot of the account; it is not stored (today is not finished)"
            onClick={() => {
              changeMonth(thisMonth);
              today.mutate(accountId, { onSuccess: (report) => setPicked(report.day) });
            }}
          >
            {today.isPending ? 'Computing…' : 'Today so far'}
          </button>
          {today.isError && (
            <span className="toolbar-note toolbar-note--error" role="alert" data-testid="report-today-error">
              {describeApiError(today.error)}
            </span>
          )}
          <div className="toolbar-spacer" />
          <span className="toolbar-note">UTC days · written after each midnight UTC</span>
        </div>
        {reports.isPending ? (
          <EmptyState title="Loading reports…" />
        ) : reports.isError ? (
          <InlineError onRetry={() => void reports.refetch()} testId="reports-error">
            Could not read the reports: {describeApiError(reports.error)}
          </InlineError>
        ) : rows.length === 0 ? (
          <EmptyState title="No reports this month" testId="reports-empty">
            A report is written for each finished UTC day the account traded, had a deployment at work or was snapshotted. Pick another month, or see today so far.
          </EmptyState>
        ) : (
          <DailyReportsTable reports={rows} totals={reports.data.totals} shownDay={shownDay} isOpen={isOpen} focusDeployment={focusDeployment} onShow={setPicked} onToggle={toggle} />
        )}
      </div>
      <aside className="split-pane rp-side" aria-label="Daily report">
        {shown === null ? (
          <EmptyState title="No day chosen">Click a day to see its report in full.</EmptyState>
        ) : (
          <DailyReportDetail report={shown} focusDeployment={focusDeployment} />
        )}
      </aside>
    </div>
  );
}
