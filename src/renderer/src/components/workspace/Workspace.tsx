import { ChartPanel } from '../chart/ChartPanel';
import { ErrorBoundary } from '../ErrorBoundary';
import { OrderTicket } from '../ticket/OrderTicket';

/** The trading area: the chart takes the room, the order ticket keeps a narrow column. */
export function Workspace() {
  return (
    <div className="workspace">
      <ErrorBoundary label="The chart">
        <ChartPanel />
      </ErrorBoundary>
      <ErrorBoundary label="The order ticket">
        <OrderTicket />
      </ErrorBoundary>
    </div>
  );
}
