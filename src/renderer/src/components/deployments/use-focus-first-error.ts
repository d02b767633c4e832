import { useEffect, type RefObject } from 'react';

/**
 * After a refused submit, puts the focus (and so the scroll of a tall form) on the first field
 * that says what is wrong; `attempt` changes with each refusal, local or from the core.
 */
export function useFocusFirstError(form: RefObject<HTMLFormElement | null>, attempt: unknown): void {
  useEffect(() => {
    if (attempt === null || attempt === 0) return;
    const field = form.current?.querySelector<HTMLElement>('.field.has-error input, .field.has-error select, [role=alert]');
    if (field === null || field === undefined) return;
    if (field.matches('input, select')) field.focus();
    else field.scrollIntoView({ block: 'nearest' });
  }, [form, attempt]);
}
