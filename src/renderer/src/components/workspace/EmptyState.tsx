import { type ReactNode } from 'react';

/** What a panel says when it honestly has nothing to show yet. */
export function EmptyState({ title, children, testId }: { title: string; children?: ReactNode; testId?: string }) {
  return (
    <div className="empty-state" data-testid={testId}>
      <div className="empty-title">{title}</div>
      {children !== undefined && <div className="empty-text">{children}</div>}
    </div>
  );
}
