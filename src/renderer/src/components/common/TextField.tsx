import { type InputHTMLAttributes, type ReactNode } from 'react';
import { Field } from './Field';

type InputAttributes = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'value' | 'onChange'>;

interface Props extends InputAttributes {
  /** The input's id, which is also its test id and what the label points at. */
  readonly id: string;
  readonly label: string;
  readonly hint?: ReactNode;
  readonly error?: string | null | undefined;
  readonly value: string;
  readonly onValue: (value: string) => void;
}

/** A labelled text input in a stacked form; any other input attribute passes straight through. */
export function TextField({ id, label, hint, error, className = 'input', value, onValue, ...input }: Props) {
  return (
    <Field label={label} htmlFor={id} hint={hint} error={error}>
      <input {...input} id={id} className={className} data-testid={id} value={value} onChange={(event) => onValue(event.target.value)} />
    </Field>
  );
}
