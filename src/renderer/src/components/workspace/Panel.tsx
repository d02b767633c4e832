import { type ReactNode } from 'react';

interface Props {
  readonly title: string;
  /** Right-hand side of the panel's title bar. */
  readonly meta?: ReactNode;
  readonly className?: string;
  readonly children: ReactNode;
}

export function Panel({ title, meta, className, children }: Props) {
  return (
    <section className={className === undefined ? 'panel' : `panel ${className}`} aria-label={title}>
      <div className="panel-head">
        <span className="panel-title">{title}</span>
        {meta !== undefined && <span className="panel-meta">{meta}</span>}
      </div>
      <div className="panel-body">{children}</div>
    </section>
  );
}
