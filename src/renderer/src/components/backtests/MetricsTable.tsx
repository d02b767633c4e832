import { metricRows } from '../../api/backtest-metrics';

/** A run's metrics, one per row. */
export function MetricsTable({ metrics }: { metrics: Readonly<Record<string, number | null>> }) {
  return (
    <table className="bt-metrics" data-testid="backtest-metrics">
      <tbody>
        {metricRows(metrics).map((row) => (
          <tr key={row.key} data-metric={row.key}>
            <th scope="row">{row.label}</th>
            <td className={`num${row.tone === null ? '' : ` bt-${row.tone}`}`}>{row.text}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
