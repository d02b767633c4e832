import { useState } from 'react';

interface Props {
  readonly id: string;
  readonly value: number;
  readonly min: number;
  readonly max: number;
  readonly unit: string;
  readonly onSave: (value: number) => void;
  readonly onInvalid: (message: string | null) => void;
}

/**
 * A whole number saved when the person is done with it (Enter or leaving the field), not on
 * every keystroke: typing 365 must not save 3 and 36 on the way. Escape puts back the saved
 * value.
 */
export function NumberSetting({ id, value, min, max, unit, onSave, onInvalid }: Props) {
  const [text, setText] = useState<string | null>(null);

  const commit = (): void => {
    if (text === null) return;
    const parsed = Number(text.trim());
    if (text.trim() === '' || !Number.isInteger(parsed) || parsed < min || parsed > max) {
      onInvalid(`Not saved: enter a whole number from ${min} to ${max}.`);
      return;
    }
    onInvalid(null);
    setText(null);
    if (parsed !== value) onSave(parsed);
  };

  return (
    <span className="number-setting">
      <input
        id={id}
        className="input input--number num"
        data-testid={id}
        type="number"
        inputMode="numeric"
        min={min}
        max={max}
        step={1}
        value={text ?? String(value)}
        onChange={(event) => setText(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commit();
          if (event.key === 'Escape') {
            setText(null);
            onInvalid(null);
          }
        }}
      />
      <span className="input-unit">{unit}</span>
    </span>
  );
}
