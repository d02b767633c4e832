import { type ReactNode } from 'react';

/** A load that failed, said where its content would be, with a way to ask again. */
export function InlineError({ children, onRetry, testId }: { children: ReactNode; onRetry: () => void; testId?: string }) {
  return (
    <div className="inline-error" role="alert" data-testid={testId}>
      {children}
      <button type="button" className="btn btn--small" onClick={onRetry}>
        Retry
      </button>
    </div>
  );
}
