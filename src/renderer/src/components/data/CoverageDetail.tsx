import { type Download, type SeriesCoverage } from '../../../../shared/schemas/candles';
import { formatCount, missingBars, plural, completenessText } from './data-labels';
import { GapRow } from './GapRow';
import { downloadCovering, newestGapsFirst } from './coverage-view';
import { type Notice } from './notice';
import { SeriesActions } from './SeriesActions';

/** Past this many, the list shows the newest and "Backfill all gaps" covers the rest. */
const GAP_LIST_LIMIT = 200;

interface Props {
  readonly series: SeriesCoverage;
  readonly downloads: readonly Download[];
  readonly columnCount: number;
  readonly onNotice: (notice: Notice) => void;
}

/** Under an opened series: what it lacks, one action per gap, and the actions on the whole series. */
export function CoverageDetail({ series, downloads, columnCount, onNotice }: Props) {
  const gaps = newestGapsFirst(series.gaps);
  const shown = gaps.slice(0, GAP_LIST_LIMIT);
  const missing = missingBars(series);
  return (
    <tr className="coverage-detail-row" data-testid="coverage-detail">
      <td colSpan={columnCount}>
        <div className="coverage-detail">
          <div className="coverage-detail-head">
            <span className="coverage-detail-summary">
              {gaps.length === 0
                ? `${formatCount(series.bars)} bars, none missing from first to last.`
                : `${plural(gaps.length, 'gap')}, ${plural(missing, 'bar')} missing · ${completenessText(series)} stored`}
            </span>
            <SeriesActions series={series} onNotice={onNotice} />
          </div>
          {shown.length > 0 && (
            <table className="gaps-table">
              <thead>
                <tr>
                  <th scope="col">Gap (UTC, newest first)</th>
                  <th scope="col" className="cell-right">
                    Missing
                  </th>
                  <th scope="col">Last download</th>
                  <th scope="col" aria-label="Actions" />
                </tr>
              </thead>
              <tbody>
                {shown.map((gap) => (
                  <GapRow key={gap.from} series={series} gap={gap} covering={downloadCovering(downloads, series, gap)} />
                ))}
              </tbody>
            </table>
          )}
          {gaps.length > shown.length && (
            <div className="coverage-detail-note">
              The newest {formatCount(shown.length)} of {formatCount(gaps.length)} gaps. Backfill all gaps covers every one.
            </div>
          )}
        </div>
      </td>
    </tr>
  );
}
