import { useId, useState } from 'react';
import { BacktestsPanel } from '../backtests/BacktestsPanel';
import { TabStrip } from '../common/TabStrip';
import { DataPanel } from '../data/DataPanel';
import { DeploymentsPanel } from '../deployments/DeploymentsPanel';
import { ErrorBoundary } from '../ErrorBoundary';
import { LogPanel } from '../log/LogPanel';
import { FillsPanel } from '../history/FillsPanel';
import { HistoryPanel } from '../history/HistoryPanel';
import { OpenOrdersPanel } from '../orders/OpenOrdersPanel';
import { OrdersToolbar } from '../orders/OrdersToolbar';
import { PnlPanel } from '../positions/PnlPanel';
import { PositionsPanel } from '../positions/PositionsPanel';
import { ReportsPanel } from '../reports/ReportsPanel';
import { useOnReportFocus } from '../reports/report-focus';
import { SettingsPanel } from '../settings/SettingsPanel';
import { useResizableHeight } from './use-resizable-height';

const TABS = [
  { id: 'open-orders', label: 'Open orders', isTrading: true },
  { id: 'history', label: 'History', isTrading: true },
  { id: 'fills', label: 'Fills', isTrading: true },
  { id: 'positions', label: 'Positions', isTrading: true },
  { id: 'pnl', label: 'P&L', isTrading: true },
  { id: 'deployments', label: 'Deployments', isTrading: false },
  { id: 'data', label: 'Data', isTrading: false },
  { id: 'backtests', label: 'Backtests', isTrading: false },
  { id: 'reports', label: 'Reports', isTrading: false },
  { id: 'log', label: 'Log', isTrading: false },
  { id: 'settings', label: 'Settings', isTrading: false },
] as const;
type TabId = (typeof TABS)[number]['id'];

/**
 * The trading tabs (they follow the chart's account, picked at the right of the tab bar), then
 * the rest. A trading tab mounts when first shown (a history of 100,000 orders is not asked for
 * until someone looks); after that every tab stays mounted so switching keeps each one's filter
 * and scroll position.
 */
export function BottomPanel() {
  const [active, setActive] = useState<TabId>('open-orders');
  const [shown, setShown] = useState<ReadonlySet<TabId>>(() => new Set([active]));
  const isTradingTab = TABS.find((tab) => tab.id === active)?.isTrading === true;
  const show = (id: TabId): void => {
    setActive(id);
    setShown((before) => (before.has(id) ? before : new Set([...before, id])));
  };
  const { height, startDrag, nudge } = useResizableHeight(300);
  // Another panel opened a daily report (a deployment's): show it.
  useOnReportFocus(() => show('reports'));
  const baseId = useId();

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
      <div className="tab-bar">
        <TabStrip label="Bottom panel" className="tab-list" tabs={TABS} active={active} onSelect={show} baseId={baseId} panelOf={(id) => `${baseId}-panel-${id}`} testIdPrefix="tab-" />
        {isTradingTab && <OrdersToolbar />}
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
          {(!tab.isTrading || shown.has(tab.id)) && (
            <ErrorBoundary label={`The ${tab.label.toLowerCase()} panel`}>
              <TabContent id={tab.id} isActive={active === tab.id} />
            </ErrorBoundary>
          )}
        </div>
      ))}
    </section>
  );
}

function TabContent({ id, isActive }: { id: TabId; isActive: boolean }) {
  switch (id) {
    case 'open-orders':
      return <OpenOrdersPanel />;
    case 'history':
      return <HistoryPanel />;
    case 'fills':
      return <FillsPanel />;
    case 'positions':
      return <PositionsPanel isVisible={isActive} />;
    case 'pnl':
      return <PnlPanel />;
    case 'deployments':
      return <DeploymentsPanel />;
    case 'data':
      return <DataPanel />;
    case 'backtests':
      return <BacktestsPanel />;
    case 'reports':
      return <ReportsPanel />;
    case 'log':
      return <LogPanel />;
    case 'settings':
      return <SettingsPanel />;
  }
}
