import { useState, type FormEvent } from 'react';
import { type ChartLayouts } from '../../../../shared/schemas/chart';
import { ChartPopover } from './ChartPopover';
import { freeLayoutName, layoutNameProblem, layoutNames, MAX_LAYOUTS, withActive, withNewLayout, withRemoved, withRenamed } from './layout-edits';

interface Props {
  readonly layouts: ChartLayouts;
  readonly onChange: (edit: (layouts: ChartLayouts) => ChartLayouts) => void;
}

/** Named layouts: switch, add (a copy of the current one), rename and delete. */
export function LayoutPicker({ layouts, onChange }: Props) {
  const names = layoutNames(layouts);
  return (
    <div className="chart-layouts">
      <select
        className="select chart-layout-select"
        data-testid="chart-layout"
        aria-label="Chart layout"
        title="Chart layout: each remembers its account, symbol, timeframe and indicators"
        value={layouts.active}
        onChange={(event) => {
          const name = event.target.value;
          onChange((current) => withActive(current, name));
        }}
      >
        {names.map((name) => (
          <option key={name} value={name}>
            {name}
          </option>
        ))}
      </select>
      <ChartPopover
        label="New layout"
        panelTestId="chart-layout-new-form"
        align="right"
        trigger={({ isOpen, toggle }) => (
          <button
            type="button"
            className="chart-icon-button"
            data-testid="chart-layout-new"
            aria-expanded={isOpen}
            title={names.length >= MAX_LAYOUTS ? `At most ${MAX_LAYOUTS} layouts` : 'New layout (a copy of this one)'}
            disabled={names.length >= MAX_LAYOUTS}
            onClick={toggle}
          >
            +
          </button>
        )}
      >
        {(close) => (
          <NameForm
            layouts={layouts}
            initial={freeLayoutName(layouts)}
            submitLabel="Add layout"
            onSubmit={(name) => {
              onChange((current) => withNewLayout(current, name));
              close();
            }}
          />
        )}
      </ChartPopover>
      <ChartPopover
        label="Manage layout"
        panelTestId="chart-layout-manage"
        align="right"
        trigger={({ isOpen, toggle }) => (
          <button type="button" className="chart-icon-button" data-testid="chart-layout-menu" aria-expanded={isOpen} title="Rename or delete this layout" onClick={toggle}>
            ⋯
          </button>
        )}
      >
        {(close) => (
          <div className="chart-layout-manage">
            <NameForm
              layouts={layouts}
              initial={layouts.active}
              except={layouts.active}
              submitLabel="Rename"
              onSubmit={(name) => {
                const from = layouts.active;
                onChange((current) => withRenamed(current, from, name));
                close();
              }}
            />
            <button
              type="button"
              className="btn btn--small chart-layout-delete"
              data-testid="chart-layout-delete"
              disabled={names.length <= 1}
              title={names.length <= 1 ? 'The last layout stays' : `Delete layout "${layouts.active}"`}
              onClick={() => {
                const name = layouts.active;
                onChange((current) => withRemoved(current, name));
                close();
              }}
            >
              Delete “{layouts.active}”
            </button>
          </div>
        )}
      </ChartPopover>
    </div>
  );
}

interface NameFormProps {
  readonly layouts: ChartLayouts;
  readonly initial: string;
  readonly except?: string;
  readonly submitLabel: string;
  readonly onSubmit: (name: string) => void;
}

function NameForm({ layouts, initial, except, submitLabel, onSubmit }: NameFormProps) {
  const [name, setName] = useState(initial);
  const problem = layoutNameProblem(layouts, name, except);
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    if (problem === null) onSubmit(name.trim());
  };
  return (
    <form className="chart-name-form" onSubmit={submit}>
      <input
        className="input"
        data-testid="chart-layout-name"
        aria-label="Layout name"
        aria-invalid={problem !== null}
        autoFocus
        maxLength={40}
        value={name}
        onChange={(event) => setName(event.target.value)}
      />
      <button type="submit" className="btn btn--small btn--primary" data-testid="chart-layout-save" disabled={problem !== null}>
        {submitLabel}
      </button>
      {problem !== null && name !== initial && <div className="chart-indicator-problem">{problem}</div>}
    </form>
  );
}
