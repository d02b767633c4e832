import { Fragment, useState } from 'react';
import { type Download, type SeriesCoverage } from '../../../../shared/schemas/candles';
import { CoverageDetail } from './CoverageDetail';
import { CoverageRow } from './CoverageRow';
import { canDeriveFromMinutes, seriesKey } from './coverage-view';
import { type Notice } from './notice';
import { useElementWidth } from './use-element-width';

interface Column {
  readonly title: string;
  readonly widthClass?: string;
  readonly isNumber?: boolean;
  readonly isTitleHidden?: boolean;
}

const COLUMNS: readonly Column[] = [
  { title: 'Expand', widthClass: 'cov-col-toggle', isTitleHidden: true },
  { title: 'Symbol', widthClass: 'cov-col-symbol' },
  { title: 'Interval', widthClass: 'cov-col-interval' },
  { title: 'Venue', widthClass: 'cov-col-venue' },
  { title: 'Bars', widthClass: 'cov-col-count', isNumber: true },
  { title: 'First → last (UTC)', widthClass: 'cov-col-span' },
  { title: 'Gaps', widthClass: 'cov-col-gaps', isNumber: true },
  { title: 'Missing', widthClass: 'cov-col-count', isNumber: true },
  { title: 'Coverage' },
  { title: 'Actions', widthClass: 'cov-col-actions', isTitleHidden: true },
];

/** Before the strip has been measured (its tab hidden), lay it out as if this wide. */
const UNMEASURED_PX = 240;

interface Props {
  readonly series: readonly SeriesCoverage[];
  /** Every stored series, filtered or not: whether 1-minute bars exist to derive from. */
  readonly all: readonly SeriesCoverage[];
  readonly downloads: readonly Download[];
  readonly onNotice: (notice: Notice) => void;
}

/** One row per stored series with its coverage strip; a click lists the row's gaps under it. */
export function CoverageTable({ series, all, downloads, onNotice }: Props) {
  const [openKey, setOpenKey] = useState<string | null>(null);
  const [measure, trackPx] = useElementWidth<HTMLTableCellElement>();
  return (
    <table className="data-table data-table--dense coverage-table" data-testid="coverage-table">
      <colgroup>
        {COLUMNS.map((column) => (
          <col key={column.title} className={column.widthClass} />
        ))}
      </colgroup>
      <thead>
        <tr>
          {COLUMNS.map((column) =>
            column.isTitleHidden === true ? (
              <th key={column.title} scope="col" aria-label={column.title} />
            ) : (
              <th key={column.title} scope="col" ref={column.title === 'Coverage' ? measure : undefined} className={column.isNumber === true ? 'cell-right' : undefined}>
                {column.title}
              </th>
            ),
          )}
        </tr>
      </thead>
      <tbody>
        {series.map((one) => {
          const key = seriesKey(one);
          const isOpen = openKey === key;
          return (
            <Fragment key={key}>
              <CoverageRow
                series={one}
                trackPx={trackPx > 0 ? trackPx : UNMEASURED_PX}
                isOpen={isOpen}
                canDerive={canDeriveFromMinutes(one, all)}
                onToggle={() => setOpenKey(isOpen ? null : key)}
                onNotice={onNotice}
              />
              {isOpen && <CoverageDetail series={one} downloads={downloads} columnCount={COLUMNS.length} onNotice={onNotice} />}
            </Fragment>
          );
        })}
      </tbody>
    </table>
  );
}
