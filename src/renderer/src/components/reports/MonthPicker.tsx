import { monthLabel, shiftMonth } from './report-format';

interface Props {
  readonly month: string;
  /** Months that have reports, newest first. */
  readonly months: readonly string[];
  readonly thisMonth: string;
  readonly onChange: (month: string) => void;
}

/** The month shown: a step back or forward, or straight to any month that has reports. */
export function MonthPicker({ month, months, thisMonth, onChange }: Props) {
  const choices = [...new Set([thisMonth, month, ...months])].sort().reverse();
  return (
    <div className="rp-month" data-testid="report-month-picker">
      <button type="button" className="btn btn--small" aria-label="Previous month" data-testid="report-month-previous" onClick={() => onChange(shiftMonth(month, -1))}>
        ‹
      </button>
      <select className="select" aria-label="Month" data-testid="report-month" value={month} onChange={(event) => onChange(event.target.value)}>
        {choices.map((choice) => (
          <option key={choice} value={choice}>
            {monthLabel(choice)}
            {months.includes(choice) ? '' : ' (no reports)'}
          </option>
        ))}
      </select>
      <button type="button" className="btn btn--small" aria-label="Next month" data-testid="report-month-next" disabled={month >= thisMonth} onClick={() => onChange(shiftMonth(month, 1))}>
        ›
      </button>
    </div>
  );
}
