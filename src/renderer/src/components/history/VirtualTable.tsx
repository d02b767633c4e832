import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, type ReactNode } from 'react';
import { type HistoryRows } from '../../api/history-pages';

/** Every row is this tall, so the list's height is known from the row count before any row is loaded. */
export const ROW_HEIGHT = 24;
const HEADER_HEIGHT = 24;
/** Rows drawn beyond each edge of the view, so a short scroll never shows a blank. */
const OVERSCAN = 12;

export interface VirtualColumn<T> {
  readonly title: string;
  /** A CSS grid track: "148px", "minmax(120px, 1fr)". */
  readonly width: string;
  readonly isNumber?: boolean;
  readonly cell: (row: T) => ReactNode;
  readonly cellClass?: (row: T) => string;
  readonly testId?: string;
}

interface Props<T> {
  readonly label: string;
  readonly columns: readonly VirtualColumn<T>[];
  readonly rows: HistoryRows<T>;
  readonly rowKey: (row: T) => string;
  readonly rowClass?: (row: T) => string;
  readonly rowData?: (row: T) => Readonly<Record<`data-${string}`, string>>;
  readonly selectedKey?: string | null;
  readonly onRowClick?: (row: T) => void;
  /** Called with the first and last row index in view (overscan included) whenever they change: load the pages there. */
  readonly onRangeInView: (firstIndex: number, lastIndex: number) => void;
  readonly testId: string;
  readonly rowTestId: string;
}

/**
 * A table as tall as all its rows (the count is known before the rows are) that puts only the
 * rows in view into the DOM. Rows not loaded yet show as placeholders until their page arrives;
 * the page of any row can be asked for by itself, so a jump anywhere loads only what is there.
 */
export function VirtualTable<T>({ label, columns, rows, rowKey, rowClass, rowData, selectedKey = null, onRowClick, onRangeInView, testId, rowTestId }: Props<T>) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // The React Compiler is not used here; the virtualizer re-renders this component itself on scroll.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: OVERSCAN,
    scrollMargin: HEADER_HEIGHT,
  });
  const items = virtualizer.getVirtualItems();
  const firstIndex = items.at(0)?.index ?? -1;
  const lastIndex = items.at(-1)?.index ?? -1;
  useEffect(() => {
    if (firstIndex >= 0 && lastIndex >= 0) onRangeInView(firstIndex, lastIndex);
  }, [firstIndex, lastIndex, onRangeInView]);

  const template = columns.map((column) => column.width).join(' ');
  return (
    <div className="vtable-scroll" ref={scrollRef} data-testid={testId} role="table" aria-label={label} aria-rowcount={rows.total + 1}>
      <div className="vtable-head" role="row" aria-rowindex={1} style={{ gridTemplateColumns: template, height: HEADER_HEIGHT }}>
        {columns.map((column) => (
          <div key={column.title} role="columnheader" className={column.isNumber === true ? 'vcell cell-right' : 'vcell'}>
            {column.title}
          </div>
        ))}
      </div>
      <div className="vtable-body" style={{ height: virtualizer.getTotalSize() }}>
        {items.map((item) => {
          const row = rows.at(item.index);
          const style = { gridTemplateColumns: template, height: ROW_HEIGHT, transform: `translateY(${item.start - HEADER_HEIGHT}px)` };
          if (row === undefined) {
            return (
              <div key={`pending-${item.index}`} role="row" aria-rowindex={item.index + 2} className="vrow vrow--pending" style={style} data-testid={`${rowTestId}-pending`}>
                <div role="cell" className="vcell">
                  <span className="vrow-placeholder" />
                </div>
              </div>
            );
          }
          const key = rowKey(row);
          const isSelected = key === selectedKey;
          return (
            <div
              key={key}
              role="row"
              aria-rowindex={item.index + 2}
              aria-selected={onRowClick === undefined ? undefined : isSelected}
              tabIndex={onRowClick === undefined ? undefined : -1}
              className={`vrow${onRowClick === undefined ? '' : ' is-clickable'}${isSelected ? ' is-selected' : ''} ${rowClass?.(row) ?? ''}`}
              style={style}
              data-testid={rowTestId}
              data-index={item.index}
              {...rowData?.(row)}
              onClick={onRowClick === undefined ? undefined : () => onRowClick(row)}
            >
              {columns.map((column) => (
                <div
                  key={column.title}
                  role="cell"
                  className={`vcell${column.isNumber === true ? ' num cell-right' : ''} ${column.cellClass?.(row) ?? ''}`}
                  data-testid={column.testId}
                >
                  {column.cell(row)}
                </div>
              ))}
            </div>
          );
        })}
      </div>
    </div>
  );
}
