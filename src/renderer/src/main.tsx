import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createQueryClient } from './api/query-client';
import { BridgeProvider } from './bridge/bridge-context';
import { connectToCore } from './bridge/bridge-connection';
import { AppGate } from './components/AppGate';
import { ErrorBoundary } from './components/ErrorBoundary';
import { applyThemeHint } from './hooks/use-apply-theme';
import './styles/tokens.css';
import './styles/base.css';
import './styles/controls.css';
import './styles/header.css';
import './styles/workspace.css';
import './styles/bottom-panel.css';
import './styles/log.css';
import './styles/settings.css';
import './styles/forms.css';
import './styles/data-table.css';
import './styles/dialog.css';
import './styles/door.css';
import './styles/vault.css';
import './styles/accounts.css';
import './styles/security.css';
import './styles/backups.css';
import './styles/orders.css';
import './styles/chart.css';
import './styles/data.css';
import './styles/backtests.css';
import './styles/deployments.css';
import './styles/ticket.css';
import './styles/trading.css';
import './styles/risk.css';
import './styles/notifications.css';

applyThemeHint();

const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root element');

const connection = connectToCore();
const queryClient = createQueryClient();

createRoot(root).render(
  <StrictMode>
    <ErrorBoundary label="Tradewind" isFullScreen>
      <QueryClientProvider client={queryClient}>
        <BridgeProvider connection={connection}>
          <AppGate />
        </BridgeProvider>
      </QueryClientProvider>
    </ErrorBoundary>
  </StrictMode>,
);
