import { type ReactNode } from 'react';

interface Props {
  readonly label: string;
  readonly htmlFor: string;
  /** Under the control, muted: what to enter, or why. */
  readonly hint?: ReactNode;
  readonly error?: string | null | undefined;
  readonly children: ReactNode;
}

/** A labelled control in a stacked form, with its hint or, when refused, the reason. */
export function Field({ label, htmlFor, hint, error, children }: Props) {
  const hasError = error !== null && error !== undefined;
  return (
    <div className={hasError ? 'field has-error' : 'field'}>
      <label className="field-title" htmlFor={htmlFor}>
        {label}
      </label>
      {children}
      {hasError ? (
        <span className="field-error" role="alert" data-testid={`${htmlFor}-error`}>
          {error}
        </span>
      ) : (
        hint !== undefined && <span className="field-hint">{hint}</span>
      )}
    </div>
  );
}
