/** One choice of a segmented control: its key (also the end of its test id) and its words. */
export interface SegmentedOption<K extends string> {
  readonly key: K;
  readonly label: string;
}

interface Props<K extends string> {
  /** What is chosen, for screen readers. */
  readonly label: string;
  readonly options: readonly SegmentedOption<K>[];
  readonly value: K;
  readonly onChange: (key: K) => void;
  /** Each option's test id is this prefix and its key. */
  readonly testIdPrefix: string;
}

/** A row of buttons of which one is chosen: a radio group. */
export function Segmented<K extends string>({ label, options, value, onChange, testIdPrefix }: Props<K>) {
  return (
    <div className="segmented" role="radiogroup" aria-label={label}>
      {options.map((option) => (
        <button
          key={option.key}
          type="button"
          role="radio"
          aria-checked={value === option.key}
          className={`segmented-option${value === option.key ? ' is-active' : ''}`}
          data-testid={`${testIdPrefix}${option.key}`}
          onClick={() => onChange(option.key)}
        >
          {option.label}
        </button>
      ))}
    </div>
  );
}
