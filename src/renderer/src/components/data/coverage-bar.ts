import { type CandleInterval } from '../../../../shared/domain/enums';
import { nextOpenTime } from '../../../../shared/market/intervals';
import { type CandleRange } from '../../../../shared/schemas/candles';

/** A stretch of the coverage strip, in percent of its width. */
export interface BarSegment {
  readonly left: number;
  readonly width: number;
}

/** A red mark on the strip: one gap, or several that fall on the same pixels. */
export interface GapMark extends BarSegment {
  readonly gaps: readonly CandleRange[];
}

export interface CoverageBarLayout {
  readonly ranges: readonly BarSegment[];
  readonly gaps: readonly GapMark[];
}

export interface CoverageBarInput {
  readonly interval: CandleInterval;
  readonly first: number;
  readonly last: number;
  readonly ranges: readonly CandleRange[];
  readonly gaps: readonly CandleRange[];
}

/** A gap narrower than this is widened (around its centre) so one missing bar in years still shows. */
export const MIN_GAP_PX = 2;

interface PxSpan {
  x0: number;
  x1: number;
}

/**
 * Lays a series out on a strip `trackPx` wide, from the first bar's open to the last bar's
 * close. Each bar takes its share of time, so a range of n bars is as wide as n bars. Ranges a
 * pixel apart are drawn as one (the gap between them is drawn on top anyway); gaps are at least
 * `minGapPx` wide and gaps whose marks touch become one mark, so a series with thousands of
 * small gaps costs a few dozen elements and every gap is still under some red.
 */
export function coverageBarLayout(series: CoverageBarInput, trackPx: number, minGapPx = MIN_GAP_PX): CoverageBarLayout {
  const width = Math.max(trackPx, 1);
  const start = series.first;
  const span = Math.max(nextOpenTime(series.interval, series.last) - start, 1);
  const toPx = (time: number): number => ((time - start) / span) * width;
  const spanOf = (range: CandleRange): PxSpan => ({ x0: toPx(range.from), x1: toPx(nextOpenTime(series.interval, range.to)) });
  const percent = ({ x0, x1 }: PxSpan): BarSegment => ({ left: (x0 / width) * 100, width: ((x1 - x0) / width) * 100 });

  const ranges: PxSpan[] = [];
  for (const range of [...series.ranges].sort((a, b) => a.from - b.from)) {
    const next = spanOf(range);
    const previous = ranges.at(-1);
    if (previous !== undefined && next.x0 <= previous.x1 + 1) previous.x1 = Math.max(previous.x1, next.x1);
    else ranges.push(next);
  }

  const marks: { span: PxSpan; gaps: CandleRange[] }[] = [];
  for (const gap of [...series.gaps].sort((a, b) => a.from - b.from)) {
    const next = widened(spanOf(gap), minGapPx, width);
    const previous = marks.at(-1);
    if (previous !== undefined && next.x0 <= previous.span.x1) {
      previous.span.x1 = Math.max(previous.span.x1, next.x1);
      previous.gaps.push(gap);
    } else {
      marks.push({ span: next, gaps: [gap] });
    }
  }

  return { ranges: ranges.map(percent), gaps: marks.map((mark) => ({ ...percent(mark.span), gaps: mark.gaps })) };
}

/** At least `minPx` wide, centred on the gap, kept inside the strip. */
function widened(span: PxSpan, minPx: number, trackPx: number): PxSpan {
  if (span.x1 - span.x0 >= minPx) return span;
  const size = Math.min(minPx, trackPx);
  const x0 = Math.min(Math.max((span.x0 + span.x1) / 2 - size / 2, 0), trackPx - size);
  return { x0, x1: x0 + size };
}
