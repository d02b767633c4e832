import { type ReactNode } from 'react';

interface Props {
  readonly label: string;
  readonly description: string;
  /** The control's id, when the label should focus it. */
  readonly htmlFor?: string;
  /** Why the last change to this setting was refused, shown under it. */
  readonly error?: string | null;
  readonly children: ReactNode;
}

export function SettingRow({ label, description, htmlFor, error = null, children }: Props) {
  return (
    <div className="setting-row">
      <div className="setting-text">
        {htmlFor === undefined ? (
          <span className="setting-label">{label}</span>
        ) : (
          <label className="setting-label" htmlFor={htmlFor}>
            {label}
          </label>
        )}
        <span className="setting-description">{description}</span>
        {error !== null && (
          <span className="setting-error" role="alert" data-testid="settings-error">
            {error}
          </span>
        )}
      </div>
      <div className="setting-control">{children}</div>
    </div>
  );
}
