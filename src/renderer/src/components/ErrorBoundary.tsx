import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  /** What failed, in words the person knows: "The log panel", "Tradewind". */
  readonly label: string;
  readonly children: ReactNode;
  /** A whole-window boundary fills the screen; a panel boundary stays inside its panel. */
  readonly isFullScreen?: boolean;
}

interface State {
  readonly error: Error | null;
}

/**
 * A render error replaces only the part that failed with a readable message and a way out,
 * never a white window.
 */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    // The console is the only place left to put the stack; the core's log is behind the failed UI.
    // eslint-disable-next-line no-console
    console.error(`${this.props.label} failed to render`, error, info.componentStack);
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (error === null) return this.props.children;
    return (
      <div className={this.props.isFullScreen ? 'crash crash--full' : 'crash'} role="alert" data-testid="error-boundary">
        <div className="crash-title">{this.props.label} stopped working</div>
        <div className="crash-message">{error.message || error.name}</div>
        <div className="crash-actions">
          <button type="button" className="btn" onClick={() => this.setState({ error: null })}>
            Try again
          </button>
          <button type="button" className="btn btn--quiet" onClick={() => window.location.reload()}>
            Reload window
          </button>
        </div>
      </div>
    );
  }
}
