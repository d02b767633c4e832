import { useApplyTheme } from '../hooks/use-apply-theme';
import { BottomPanel } from './bottom/BottomPanel';
import { ErrorBoundary } from './ErrorBoundary';
import { ConnectionBanner } from './header/ConnectionBanner';
import { Header } from './header/Header';
import { Workspace } from './workspace/Workspace';

/** The signed-in window: header, the trading area, and the tabbed bottom panel. */
export function Workstation() {
  useApplyTheme();
  return (
    <div className="workstation">
      <ErrorBoundary label="The header">
        <Header />
        <ConnectionBanner />
      </ErrorBoundary>
      <div className="work-area">
        <Workspace />
        <BottomPanel />
      </div>
    </div>
  );
}
