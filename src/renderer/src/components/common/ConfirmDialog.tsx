import { useEffect, useRef, type ReactNode } from 'react';

interface Props {
  readonly title: string;
  readonly children: ReactNode;
  readonly confirmLabel: string;
  /** `danger` draws the confirm button in the alarm colour: the action cannot be undone. */
  readonly tone?: 'danger' | 'normal';
  readonly isBusy?: boolean;
  /** Why the action failed, shown inside the dialog so the person can try again or cancel. */
  readonly error?: string | null;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
  /** Prefix of the dialog's test ids: `${testId}`, `${testId}-confirm`, `${testId}-cancel`. */
  readonly testId: string;
}

/**
 * A modal question before something that cannot be taken back. The native <dialog> makes the
 * rest of the window inert and returns focus when it closes; Escape cancels. Cancel comes first,
 * so it is the button that has the focus when the dialog opens.
 */
export function ConfirmDialog({ title, children, confirmLabel, tone = 'normal', isBusy = false, error = null, onConfirm, onCancel, testId }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog !== null && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);

  return (
    <dialog
      ref={ref}
      className="dialog"
      data-testid={testId}
      aria-labelledby={`${testId}-title`}
      onCancel={(event) => {
        event.preventDefault();
        if (!isBusy) onCancel();
      }}
    >
      <div className="dialog-head" id={`${testId}-title`}>
        {title}
      </div>
      <div className="dialog-body">{children}</div>
      {error !== null && (
        <div className="form-error" role="alert" data-testid={`${testId}-error`}>
          {error}
        </div>
      )}
      <div className="dialog-actions">
        <button type="button" className="btn" data-testid={`${testId}-cancel`} disabled={isBusy} onClick={onCancel}>
          Cancel
        </button>
        <button
          type="button"
          className={tone === 'danger' ? 'btn btn--danger' : 'btn btn--primary'}
          data-testid={`${testId}-confirm`}
          disabled={isBusy}
          onClick={onConfirm}
        >
          {isBusy ? 'Working…' : confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
