import { contextJson } from './context-preview';

interface ToggleProps {
  readonly isOpen: boolean;
  readonly onToggle: () => void;
  /** What the context is called in the button's tooltip: "Show {what}". */
  readonly what: string;
  readonly testId: string;
}

/** The `{ }` button at the end of a row that unfolds its context; − folds it again. */
export function ContextToggle({ isOpen, onToggle, what, testId }: ToggleProps) {
  return (
    <button type="button" className="context-toggle" data-testid={testId} aria-expanded={isOpen} title={isOpen ? `Hide ${what}` : `Show ${what}`} onClick={onToggle}>
      {isOpen ? '−' : '{ }'}
    </button>
  );
}

interface RowProps {
  readonly context: Record<string, unknown>;
  /** The table's column count, so the context spans the whole row. */
  readonly colSpan: number;
  readonly className: string;
  readonly testId: string;
}

/** The unfolded context, as indented JSON in a row of its own under the row it belongs to. */
export function ContextRow({ context, colSpan, className, testId }: RowProps) {
  return (
    <tr className={className}>
      <td colSpan={colSpan}>
        <pre className="log-context" data-testid={testId}>
          {contextJson(context)}
        </pre>
      </td>
    </tr>
  );
}
