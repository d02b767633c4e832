import { useState } from 'react';
import { studyTitle } from '../../../../shared/indicators';
import { type IndicatorConfig } from '../../../../shared/schemas/chart';
import { CrossIcon } from '../common/Icons';
import { ChartPopover } from './ChartPopover';
import { defaultIndicator, INDICATOR_KINDS, INDICATOR_NAMES, INDICATOR_SHORT_NAMES, MAX_INDICATORS, paramFields, withParam, type ParamField } from './indicator-params';

interface Props {
  readonly indicators: readonly IndicatorConfig[];
  /** Colours the studies are drawn in, by position, for the swatches. */
  readonly colors: readonly string[];
  readonly onChange: (indicators: IndicatorConfig[]) => void;
}

/** Add, remove and tune the studies of the layout; every change is saved with the layout. */
export function IndicatorMenu({ indicators, colors, onChange }: Props) {
  return (
    <ChartPopover
      label="Indicators"
      panelTestId="chart-indicator-menu"
      trigger={({ isOpen, toggle }) => (
        <button type="button" className="chart-tool-button" data-testid="chart-indicators" aria-expanded={isOpen} onClick={toggle}>
          Indicators{indicators.length > 0 && <span className="chart-count">{indicators.length}</span>}
        </button>
      )}
    >
      {() => (
        <div className="chart-indicators">
          {indicators.length === 0 && <div className="chart-search-empty">No indicators on this layout.</div>}
          {indicators.map((config, index) => (
            <IndicatorRow
              // The position is the identity: two EMA 21 may sit side by side.
              key={`${index}:${config.kind}`}
              index={index}
              config={config}
              color={colors[index % Math.max(1, colors.length)] ?? 'currentColor'}
              onChange={(next) => onChange(indicators.map((candidate, at) => (at === index ? next : candidate)))}
              onRemove={() => onChange(indicators.filter((_, at) => at !== index))}
            />
          ))}
          <div className="chart-indicator-add">
            <span className="field-label">Add</span>
            {INDICATOR_KINDS.map((kind) => (
              <button
                key={kind}
                type="button"
                className="btn btn--small"
                data-testid={`chart-indicator-add-${kind}`}
                title={INDICATOR_NAMES[kind]}
                disabled={indicators.length >= MAX_INDICATORS}
                onClick={() => onChange([...indicators, defaultIndicator(kind)])}
              >
                {INDICATOR_SHORT_NAMES[kind]}
              </button>
            ))}
          </div>
        </div>
      )}
    </ChartPopover>
  );
}

interface RowProps {
  readonly index: number;
  readonly config: IndicatorConfig;
  readonly color: string;
  readonly onChange: (config: IndicatorConfig) => void;
  readonly onRemove: () => void;
}

function IndicatorRow({ index, config, color, onChange, onRemove }: RowProps) {
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <div className="chart-indicator-row" data-testid={`chart-indicator-${index}`}>
      <span className="chart-swatch" style={{ background: color }} aria-hidden="true" />
      <span className="chart-indicator-title" title={INDICATOR_NAMES[config.kind]}>
        {studyTitle(config)}
      </span>
      <span className="chart-indicator-params">
        {paramFields(config).map((field) => (
          <ParamInput
            key={`${field.key}:${field.value}`}
            field={field}
            testId={`chart-indicator-${index}-${field.key}`}
            onCommit={(value) => {
              const edit = withParam(config, field.key, value);
              setProblem(edit.ok ? null : edit.reason);
              if (edit.ok) onChange(edit.config);
            }}
          />
        ))}
      </span>
      <button type="button" className="chart-icon-button" data-testid={`chart-indicator-remove-${index}`} title={`Remove ${studyTitle(config)}`} onClick={onRemove}>
        <CrossIcon size={10} />
      </button>
      {problem !== null && (
        <div className="chart-indicator-problem" role="alert">
          {problem}
        </div>
      )}
    </div>
  );
}

/** A number typed freely and taken on Enter or on leaving the field; the key resets it after a save. */
function ParamInput({ field, testId, onCommit }: { field: ParamField; testId: string; onCommit: (value: number) => void }) {
  const [text, setText] = useState(String(field.value));
  const commit = (): void => {
    if (text.trim() === String(field.value)) return;
    onCommit(Number(text.trim() === '' ? NaN : text));
  };
  return (
    <label className="chart-param">
      <span className="chart-param-label">{field.label}</span>
      <input
        className="input input--number chart-param-input"
        data-testid={testId}
        type="number"
        inputMode="decimal"
        min={field.min}
        max={field.max}
        step={field.step}
        value={text}
        onChange={(event) => setText(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commit();
        }}
      />
    </label>
  );
}
