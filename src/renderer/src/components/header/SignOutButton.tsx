import { useWebSignOut } from '../../api/use-auth';
import { useConnection } from '../../bridge/bridge-context';
import { setSignInNotice } from '../../hooks/sign-in-notice';

/** Web shell only: ends this browser's session; others stay signed in. */
export function SignOutButton() {
  const { shell } = useConnection();
  const signOut = useWebSignOut();
  if (shell !== 'web') return null;
  return (
    <button
      type="button"
      className="btn btn--small btn--quiet header-signout"
      data-testid="sign-out"
      disabled={signOut.isPending}
      title="End this browser's session. Other browsers stay signed in."
      onClick={() => {
        setSignInNotice('You signed out.');
        signOut.mutate();
      }}
    >
      Sign out
    </button>
  );
}
