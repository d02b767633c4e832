import { type ReactNode } from 'react';
import { useAppInfo } from '../../api/use-app-info';
import { useVaultStatus } from '../../api/use-vault';
import { useLinkStatus } from '../../bridge/use-link-status';
import { LogoMark } from '../header/LogoMark';
import { SignInForm } from './SignInForm';
import { useSignInNotice } from '../../hooks/sign-in-notice';

interface Props {
  /** Why the page could not even ask whether it is signed in, if it could not. */
  readonly problem: string | null;
  readonly onRetry: () => void;
}

/**
 * The web shell's front door: one calm card over the terminal background, and nothing behind
 * it. The first browser to arrive at a new data folder chooses the passphrase; later ones
 * unlock with it.
 */
export function SignInScreen({ problem, onRetry }: Props) {
  const vault = useVaultStatus();
  const notice = useSignInNotice();
  const mode = vault.data === undefined ? null : vault.data.state === 'uninitialized' ? 'setup' : 'unlock';
  const trouble = problem ?? (vault.isError ? vault.error.message : null);

  return (
    <FrontDoor testId="signin-screen" title={mode === 'setup' ? 'Choose a passphrase' : 'Sign in'}>
      <p className="door-lede">This workstation is protected by your passphrase.</p>
      {notice !== null && (
        <div className="door-notice" role="status" data-testid="signin-notice">
          {notice}
        </div>
      )}
      {trouble !== null ? (
        <div className="door-problem" role="alert" data-testid="signin-error">
          <span>The core did not answer: {trouble}</span>
          <button
            type="button"
            className="btn btn--small"
            onClick={() => {
              onRetry();
              void vault.refetch();
            }}
          >
            Retry
          </button>
        </div>
      ) : mode === null ? (
        <div className="door-waiting">Connecting to the Tradewind core…</div>
      ) : (
        <SignInForm key={mode} mode={mode} />
      )}
    </FrontDoor>
  );
}

/** The full-window frame shared by the sign-in, start-up and recovery screens. */
export function FrontDoor({ testId, title, wide = false, children }: { testId: string; title: string; wide?: boolean; children: ReactNode }) {
  return (
    <div className="door" data-testid={testId}>
      <main className={wide ? 'door-card door-card--wide' : 'door-card'} aria-labelledby={`${testId}-title`}>
        <div className="door-brand">
          <LogoMark size={20} />
          <span className="door-brand-name">Tradewind</span>
        </div>
        <h1 className="door-title" id={`${testId}-title`}>
          {title}
        </h1>
        {children}
      </main>
      <DoorFooter />
    </div>
  );
}

function DoorFooter() {
  const info = useAppInfo();
  const link = useLinkStatus();
  return (
    <footer className="door-foot">
      <span className={`status-value link--${link}`} data-testid="link-state">
        <i className="dot" aria-hidden="true" />
        {link}
      </span>
      <span className="door-foot-sep" aria-hidden="true" />
      <span className="num">{window.location.host}</span>
      {info.data !== undefined && (
        <>
          <span className="door-foot-sep" aria-hidden="true" />
          <span>
            {info.data.shell} shell · v<span className="num">{info.data.version}</span>
          </span>
        </>
      )}
    </footer>
  );
}
