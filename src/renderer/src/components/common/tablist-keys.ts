const ARROWS = {
  horizontal: { back: 'ArrowLeft', forward: 'ArrowRight' },
  vertical: { back: 'ArrowUp', forward: 'ArrowDown' },
} as const;

/**
 * The tab an arrow key moves to in a tablist, wrapping at both ends as the ARIA tabs pattern
 * has it; undefined for any other key, so the caller leaves that key alone.
 */
export function tabForKey<T extends { readonly id: string }>(tabs: readonly T[], activeId: string, key: string, orientation: keyof typeof ARROWS): T | undefined {
  const { back, forward } = ARROWS[orientation];
  if (key !== back && key !== forward) return undefined;
  const index = tabs.findIndex((tab) => tab.id === activeId);
  const step = key === forward ? 1 : -1;
  return tabs[(index + step + tabs.length) % tabs.length];
}
