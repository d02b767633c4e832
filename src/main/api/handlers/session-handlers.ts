import { type SessionService } from '../../sessions/session-service';
import { type HandlerMap } from '../handler-types';

export function sessionHandlers(sessions: SessionService): HandlerMap<'auth.state' | 'sessions.list' | 'sessions.revoke'> {
  return {
    'auth.state': (_input, call) => {
      const currentId = call.session?.id ?? null;
      return {
        requiresSignIn: call.session !== undefined,
        isSignedIn: currentId !== null,
        session: currentId === null ? null : (sessions.list(currentId).find((session) => session.id === currentId) ?? null),
      };
    },
    'sessions.list': (_input, call) => ({ sessions: sessions.list(call.session?.id ?? null) }),
    'sessions.revoke': ({ id }) => {
      sessions.end(id, 'revoked');
      return { revoked: true } as const;
    },
  };
}
