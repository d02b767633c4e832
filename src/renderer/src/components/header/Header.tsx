import { useAppInfo } from '../../api/use-app-info';
import { useConnection } from '../../bridge/bridge-context';
import { useLinkStatus } from '../../bridge/use-link-status';
import { KillSwitchControl } from '../risk/KillSwitchControl';
import { AppStatusIndicator } from './AppStatusIndicator';
import { DataDir } from './DataDir';
import { ExchangeIndicator } from './ExchangeIndicator';
import { LinkIndicator } from './LinkIndicator';
import { LogoMark } from './LogoMark';
import { NotificationBell } from './NotificationBell';
import { SignOutButton } from './SignOutButton';
import { VaultIndicator } from './VaultIndicator';

/** One slim bar: who we are, which build and schema, which shell, and whether the core is alive. */
export function Header() {
  const { shell } = useConnection();
  const info = useAppInfo();
  const link = useLinkStatus();
  const data = info.data;
  return (
    <header className="app-header">
      <div className="brand">
        <LogoMark />
        <span className="brand-name">Tradewind</span>
      </div>
      <div className="header-group">
        <span className="build">
          <span className="build-v">v</span>
          <span data-testid="app-version" className="num">
            {data?.version ?? '…'}
          </span>
        </span>
        <span data-testid="schema-version" className="header-muted num" title={schemaTitle(data?.schemaTag ?? null)}>
          {data === undefined ? 'schema …' : `schema v${data.schemaVersion}`}
        </span>
        <span data-testid="app-shell" className="badge" title={shellTitle(data?.shell ?? shell)}>
          {data?.shell ?? shell}
        </span>
      </div>
      {info.isError && (
        <span data-testid="app-error" className="header-error" title={info.error.message}>
          core not answering
        </span>
      )}
      <div className="header-spacer" />
      <KillSwitchControl />
      <NotificationBell />
      <div className="header-group">
        <ExchangeIndicator />
        <VaultIndicator />
        <AppStatusIndicator status={data?.status ?? null} heartbeatAt={info.dataUpdatedAt} isLinkUp={link === 'connected'} />
        <LinkIndicator />
      </div>
      <DataDir dataDir={data?.dataDir ?? null} databaseFile={data?.databaseFile ?? null} />
      <SignOutButton />
    </header>
  );
}

function schemaTitle(tag: string | null): string {
  return tag === null ? 'Database schema version' : `Database schema version (migration ${tag})`;
}

function shellTitle(shell: string): string {
  return shell === 'web' ? 'Served by the web shell on this machine' : `Running in the ${shell} shell`;
}
