import { useState } from 'react';

/**
 * A form's messages by field: its own checks (replaced at each submit) over what the core
 * refused; a field edited since is quiet until the next submit, so a fixed field stops
 * complaining while the others still say what is wrong.
 */
export function useFieldErrors(server: Readonly<Record<string, string>>) {
  const [local, setLocalErrors] = useState<Readonly<Record<string, string>>>({});
  const [edited, setEdited] = useState<ReadonlySet<string>>(() => new Set());
  return {
    of: (key: string): string | undefined => (edited.has(key) ? undefined : (local[key] ?? server[key])),
    /** The field was edited: its message goes until the next submit. */
    dismiss: (key: string): void => setEdited((current) => (current.has(key) ? current : new Set([...current, key]))),
    /** A submit: these are the form's own findings, and every message shows again. */
    setLocal: (errors: Readonly<Record<string, string>>): void => {
      setLocalErrors(errors);
      setEdited(new Set());
    },
    clear: (): void => {
      setLocalErrors({});
      setEdited(new Set());
    },
  };
}
