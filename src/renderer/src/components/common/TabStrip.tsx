import { type KeyboardEvent, type ReactNode } from 'react';
import { tabForKey } from './tablist-keys';

interface Props<T extends { readonly id: string; readonly label: string }> {
  readonly label: string;
  readonly className: string;
  readonly tabs: readonly T[];
  readonly active: T['id'];
  readonly onSelect: (id: T['id']) => void;
  /** From `useId`: tab i is `${baseId}-tab-${id}`, which its panel names as its label. */
  readonly baseId: string;
  /** The id of the panel a tab shows. */
  readonly panelOf: (id: T['id']) => string;
  readonly testIdPrefix: string;
  /** Anything shown after a tab's label (a count). */
  readonly extra?: (tab: T) => ReactNode;
}

/** A row of tabs, as the ARIA tabs pattern has it: one in the tab order, arrow keys move and show. */
export function TabStrip<T extends { readonly id: string; readonly label: string }>({ label, className, tabs, active, onSelect, baseId, panelOf, testIdPrefix, extra }: Props<T>) {
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    const next = tabForKey(tabs, active, event.key, 'horizontal');
    if (next === undefined) return;
    onSelect(next.id);
    document.getElementById(`${baseId}-tab-${next.id}`)?.focus();
  };
  return (
    <div className={className} role="tablist" aria-label={label} onKeyDown={onKeyDown}>
      {tabs.map((tab) => (
        <button
          key={tab.id}
          id={`${baseId}-tab-${tab.id}`}
          type="button"
          role="tab"
          className="tab"
          data-testid={`${testIdPrefix}${tab.id}`}
          aria-selected={active === tab.id}
          aria-controls={panelOf(tab.id)}
          tabIndex={active === tab.id ? 0 : -1}
          onClick={() => onSelect(tab.id)}
        >
          {tab.label}
          {extra?.(tab)}
        </button>
      ))}
    </div>
  );
}
