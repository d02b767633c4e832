interface Props<T extends string> {
  /** The select's id, which is also its test id. */
  readonly id: string;
  readonly className: string;
  readonly options: readonly T[];
  readonly labels: Readonly<Record<T, string>>;
  readonly value: T;
  readonly disabled?: boolean;
  readonly onChoose: (value: T) => void;
}

/**
 * A select over a fixed list of values. The DOM reports a plain string; only one of the
 * listed values is passed on, so the caller's state keeps its narrow type without a cast.
 */
export function ChoiceSelect<T extends string>({ id, className, options, labels, value, disabled, onChoose }: Props<T>) {
  return (
    <select
      id={id}
      className={className}
      data-testid={id}
      value={value}
      disabled={disabled}
      onChange={(event) => {
        const chosen = options.find((option) => option === event.target.value);
        if (chosen !== undefined) onChoose(chosen);
      }}
    >
      {options.map((option) => (
        <option key={option} value={option}>
          {labels[option]}
        </option>
      ))}
    </select>
  );
}
