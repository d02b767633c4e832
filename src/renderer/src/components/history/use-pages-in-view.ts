import { useCallback, useState } from 'react';
import { pageOf } from '../../api/history-pages';
import { type PagesInView } from '../../api/use-order-history';

/**
 * Which pages the rows in view (overscan included) are on. The list reports its first and last
 * row in view; this changes (and the panel renders again) only when a page boundary is crossed.
 * Each page in view is then asked for by itself, by offset: a jump to the end asks for the last
 * page, not every page above it.
 */
export function usePagesInView(): readonly [PagesInView, (firstIndex: number, lastIndex: number) => void] {
  const [view, setView] = useState<PagesInView>({ first: 0, last: 0 });
  const onRangeInView = useCallback((firstIndex: number, lastIndex: number) => {
    const first = pageOf(firstIndex);
    const last = pageOf(lastIndex);
    setView((current) => (current.first === first && current.last === last ? current : { first, last }));
  }, []);
  return [view, onRangeInView] as const;
}
