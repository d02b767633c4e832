import { memo, useMemo } from 'react';
import { type SeriesCoverage } from '../../../../shared/schemas/candles';
import { coverageBarLayout } from './coverage-bar';
import { completenessText, gapMarkTitle, missingBars, plural } from './data-labels';
import { formatUtcMinute } from './utc-time';

interface Props {
  readonly series: SeriesCoverage;
  /** The strip's width in pixels, so gaps can be given a visible minimum width. */
  readonly trackPx: number;
}

/**
 * First bar to last on one strip: stored ranges filled, gaps in red with their span and size
 * in a tooltip. A gap of one bar in years is still 2px wide.
 */
export const CoverageBar = memo(function CoverageBar({ series, trackPx }: Props) {
  const layout = useMemo(() => coverageBarLayout(series, trackPx), [series, trackPx]);
  const missing = missingBars(series);
  const summary =
    missing === 0
      ? `${formatUtcMinute(series.first)} → ${formatUtcMinute(series.last)} UTC, complete`
      : `${formatUtcMinute(series.first)} → ${formatUtcMinute(series.last)} UTC, ${completenessText(series)} stored, ${plural(series.gaps.length, 'gap')}, ${plural(missing, 'bar')} missing`;
  return (
    <div className="coverage-bar" role="img" aria-label={summary} title={summary}>
      {layout.ranges.map((range) => (
        <span key={range.left} className="coverage-range" style={{ left: `${range.left}%`, width: `${range.width}%` }} />
      ))}
      {layout.gaps.map((mark) => (
        <span
          key={mark.left}
          className="coverage-gap"
          data-testid="coverage-gap"
          data-gaps={mark.gaps.length}
          title={gapMarkTitle(mark)}
          style={{ left: `${mark.left}%`, width: `${mark.width}%` }}
        />
      ))}
    </div>
  );
});
