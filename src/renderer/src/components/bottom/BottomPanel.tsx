import { useId, useState, type KeyboardEvent } from 'react';
import { BacktestsPanel } from '../backtests/BacktestsPanel';
import { tabForKey } from '../common/tablist-keys';
import { DataPanel } from '../data/DataPanel';
import { ErrorBoundary } from '../ErrorBoundary';
import { LogPanel } from '../log/LogPanel';
import { OrdersPanel } from '../orders/OrdersPanel';
import { SettingsPanel } from '../settings/SettingsPanel';
import { useResizableHeight } from './use-resizable-height';

const TABS = [
  { id: 'orders', label: 'Orders' },
  { id: 'data', label: 'Data' },
  { id: 'backtests', label: 'Backtests' },
  { id: 'log', label: 'Log' },
  { id: 'settings', label: 'Settings' },
] as const;
type TabId = (typeof TABS)[number]['id'];

/**
 * Tabs for the panels whose data exists today. All stay mounted so switching keeps each one's
 * filter and scroll position.
 */
export function BottomPanel() {
  const [active, setActive] = useState<TabId>('orders');
  const { height, startDrag, nudge } = useResizableHeight(300);
  const baseId = useId();

  const onTabKey = (event: KeyboardEvent<HTMLDivElement>): void => {
    const next = tabForKey(TABS, active, event.key, 'horizontal');
    if (next === undefined) return;
    setActive(next.id);
    document.getElementById(`${baseId}-tab-${next.id}`)?.focus();
  };

  return (
    <section className="bottom-panel" style={{ height }}>
      <div
        className="resize-handle"
        role="separator"
        aria-orientation="horizontal"
        aria-label="Resize bottom panel"
        aria-valuenow={height}
        tabIndex={0}
        onPointerDown={startDrag}
        onKeyDown={(event) => {
          if (event.key === 'ArrowUp') nudge(24);
          if (event.key === 'ArrowDown') nudge(-24);
        }}
      />
      <div className="tab-bar" role="tablist" aria-label="Bottom panel" onKeyDown={onTabKey}>
        {TABS.map((tab) => (
          <button
            key={tab.id}
            id={`${baseId}-tab-${tab.id}`}
            type="button"
            role="tab"
            className="tab"
            data-testid={`tab-${tab.id}`}
            aria-selected={active === tab.id}
            aria-controls={`${baseId}-panel-${tab.id}`}
            tabIndex={active === tab.id ? 0 : -1}
            onClick={() => setActive(tab.id)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      {TABS.map((tab) => (
        <div
          key={tab.id}
          id={`${baseId}-panel-${tab.id}`}
          className="tab-panel"
          role="tabpanel"
          aria-labelledby={`${baseId}-tab-${tab.id}`}
          hidden={active !== tab.id}
        >
          <ErrorBoundary label={`The ${tab.label.toLowerCase()} panel`}>
            <TabContent id={tab.id} />
          </ErrorBoundary>
        </div>
      ))}
    </section>
  );
}

function TabContent({ id }: { id: TabId }) {
  switch (id) {
    case 'orders':
      return <OrdersPanel />;
    case 'data':
      return <DataPanel />;
    case 'backtests':
      return <BacktestsPanel />;
    case 'log':
      return <LogPanel />;
    case 'settings':
      return <SettingsPanel />;
  }
}
