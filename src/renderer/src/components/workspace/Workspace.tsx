import { ErrorBoundary } from '../ErrorBoundary';
import { ChartPlaceholder } from './ChartPlaceholder';
import { OrderTicketPlaceholder } from './OrderTicketPlaceholder';

/** The trading area: the chart takes the room, the order ticket keeps a narrow column. */
export function Workspace() {
  return (
    <div className="workspace">
      <ErrorBoundary label="The chart">
        <ChartPlaceholder />
      </ErrorBoundary>
      <ErrorBoundary label="The order ticket">
        <OrderTicketPlaceholder />
      </ErrorBoundary>
    </div>
  );
}
