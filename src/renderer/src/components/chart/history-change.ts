/**
 * How the loaded pages changed between two renders (newest page first): `none`, `extend` (the
 * same pages with older ones after them: a page back, to be put in front of the bars held) or
 * `rebuild` (a new series, or a refetch that changed a page: build the bars again). Pages are
 * compared by identity: react-query keeps an unchanged page the same object.
 */
export type HistoryChange = { kind: 'none' } | { kind: 'extend'; from: number } | { kind: 'rebuild' };

export function historyChange(before: readonly unknown[], after: readonly unknown[]): HistoryChange {
  const isPrefix = before.length > 0 && before.length <= after.length && before.every((page, index) => after[index] === page);
  if (isPrefix && before.length === after.length) return { kind: 'none' };
  if (isPrefix) return { kind: 'extend', from: before.length };
  if (before.length === 0 && after.length === 0) return { kind: 'none' };
  return { kind: 'rebuild' };
}
