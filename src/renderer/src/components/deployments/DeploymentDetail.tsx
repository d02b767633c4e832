import { useId, useState } from 'react';
import { type Account } from '../../../../shared/schemas/accounts';
import { type Deployment } from '../../../../shared/schemas/deployments';
import { TabStrip } from '../common/TabStrip';
import { openDailyReport } from '../reports/report-focus';
import { DecisionJournal } from './DecisionJournal';
import { DeploymentActions } from './DeploymentActions';
import { DeploymentStatus } from './DeploymentStatus';
import { DeploymentSummary } from './DeploymentSummary';
import { DeploymentTradesTable } from './DeploymentTradesTable';
import { DivergenceView } from './DivergenceView';
import { SessionsTable } from './SessionsTable';
import { VersionsTable } from './VersionsTable';
import { assetsOf } from './deployment-view';

const SECTIONS = [
  { id: 'trades', label: 'Trades' },
  { id: 'decisions', label: 'Decisions' },
  { id: 'sessions', label: 'Sessions' },
  { id: 'divergence', label: 'Divergence' },
  { id: 'versions', label: 'Versions' },
] as const;
type SectionId = (typeof SECTIONS)[number]['id'];

interface Props {
  readonly deployment: Deployment;
  readonly account: Account | undefined;
  readonly onBack: () => void;
  readonly onEdit: (id: number) => void;
}

/** One deployment: how it stands, and its trades, decision journal, trading sessions, their divergence from a replay, and parameter versions. */
export function DeploymentDetail({ deployment, account, onBack, onEdit }: Props) {
  const [section, setSection] = useState<SectionId>('trades');
  const baseId = useId();
  const { quote } = assetsOf(deployment.symbol);
  return (
    <div className="dp-detail" data-testid="deployment-detail" data-deployment-id={deployment.id} data-status={deployment.status}>
      <div className="toolbar dp-detail-head">
        <button type="button" className="btn btn--small" data-testid="deployment-back" onClick={onBack}>
          ← Deployments
        </button>
        <span className="toolbar-title">
          #{deployment.id} {deployment.strategyName} <span className="muted">v{deployment.paramsVersion}</span>
        </span>
        <span className="toolbar-note num">
          {deployment.symbol} {deployment.timeframe} · {account?.name ?? `account #${deployment.accountId}`}
        </span>
        <span className={`badge dp-mode dp-mode--${deployment.mode}`}>{deployment.mode}</span>
        <DeploymentStatus deployment={deployment} />
        <div className="toolbar-spacer" />
        <button type="button" className="btn btn--small" data-testid="deployment-daily-report" onClick={() => openDailyReport({ accountId: deployment.accountId, deploymentId: deployment.id })}>
          Daily report
        </button>
        <DeploymentActions deployment={deployment} onEdit={onEdit} />
      </div>
      <div className="dp-detail-body">
        <div className="dp-detail-state">
          <DeploymentSummary deployment={deployment} account={account} />
        </div>
        <div className="dp-detail-records">
          <TabStrip
            label="Deployment records"
            className="dp-tabs"
            tabs={SECTIONS}
            active={section}
            onSelect={setSection}
            baseId={baseId}
            panelOf={() => `${baseId}-section`}
            testIdPrefix="deployment-tab-"
            extra={(tab) => tab.id === 'trades' && <span className="dp-tab-count num">{deployment.state.tradesTotal}</span>}
          />
          <div className="dp-section" id={`${baseId}-section`} role="tabpanel" aria-labelledby={`${baseId}-tab-${section}`}>
            {section === 'trades' ? (
              <DeploymentTradesTable id={deployment.id} />
            ) : section === 'decisions' ? (
              <DecisionJournal id={deployment.id} interval={deployment.timeframe} />
            ) : section === 'sessions' ? (
              <SessionsTable id={deployment.id} quote={quote} />
            ) : section === 'divergence' ? (
              <DivergenceView deployment={deployment} />
            ) : (
              <VersionsTable id={deployment.id} current={deployment.paramsVersion} />
            )}
          </div>
        </div>
      </div>
    </div>
  );
}
