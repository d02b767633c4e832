import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { PUBLIC_QUERY_ROOTS } from '../api/query-keys';
import { useAppInfo } from '../api/use-app-info';
import { useAuthState } from '../api/use-auth';
import { useEventsToCache } from '../api/use-events-to-cache';
import { useConnection } from '../bridge/bridge-context';
import { FrontDoor, SignInScreen } from './auth/SignInScreen';
import { setSignInNotice } from '../hooks/sign-in-notice';
import { RecoveryScreen } from './recovery/RecoveryScreen';
import { Workstation } from './Workstation';

/**
 * Decides what the window is: the recovery screen while the database cannot be opened, the
 * sign-in screen while a web-shell browser has no session, else the workstation. Nothing of
 * the workstation is mounted behind the other two, so none of it can be reached.
 */
export function AppGate() {
  useEventsToCache();
  const { shell } = useConnection();
  const info = useAppInfo();
  const recovery = info.data?.recovery ?? null;
  const auth = useAuthState({ enabled: recovery === null });
  const isSignedOut = auth.data !== undefined && auth.data.requiresSignIn && !auth.data.isSignedIn;
  useForgetPrivateDataOnSignOut(auth.data === undefined ? null : !isSignedOut);

  if (recovery !== null && info.data !== undefined) return <RecoveryScreen recovery={recovery} info={info.data} />;
  // The desktop never asks to sign in: draw the workstation at once rather than a splash.
  if (shell === 'desktop') return <Workstation />;
  if (auth.data !== undefined) return isSignedOut ? <SignInScreen problem={null} onRetry={() => void auth.refetch()} /> : <Workstation />;
  if (auth.isError || info.isError) {
    const problem = auth.error?.message ?? info.error?.message ?? 'no answer';
    return (
      <SignInScreen
        problem={problem}
        onRetry={() => {
          void info.refetch();
          void auth.refetch();
        }}
      />
    );
  }
  return (
    <FrontDoor testId="app-starting" title="Connecting…">
      <div className="door-waiting">Connecting to the Tradewind core…</div>
    </FrontDoor>
  );
}

/**
 * A browser that was signed in and is no longer (signed out, revoked, expired, vault locked)
 * forgets what it had fetched, and says why it is asking again.
 */
function useForgetPrivateDataOnSignOut(mayUseWorkstation: boolean | null): void {
  const queryClient = useQueryClient();
  const wasIn = useRef(false);
  useEffect(() => {
    if (mayUseWorkstation === null) return;
    if (mayUseWorkstation) {
      wasIn.current = true;
      setSignInNotice(null);
      return;
    }
    if (!wasIn.current) return;
    wasIn.current = false;
    queryClient.removeQueries({ predicate: (query) => !PUBLIC_QUERY_ROOTS.includes(String(query.queryKey[0])) });
    setSignInNotice((current) => current ?? 'Your session ended. Sign in again to continue.');
  }, [mayUseWorkstation, queryClient]);
}
