import { LOG_LEVELS } from '../../../../shared/domain/enums';
import { toggleLevel, type LogFilter } from '../../api/log-filter';
import { LiveBadge } from '../common/LiveBadge';

interface Props {
  readonly filter: LogFilter;
  readonly onFilterChange: (filter: LogFilter) => void;
  readonly modules: readonly string[];
  readonly rowCount: number;
  readonly isRefreshing: boolean;
}

export function LogToolbar({ filter, onFilterChange, modules, rowCount, isRefreshing }: Props) {
  // The selected module stays selectable even before the list that names it has loaded.
  const moduleOptions = filter.module !== null && !modules.includes(filter.module) ? [filter.module, ...modules] : modules;
  return (
    <div className="toolbar log-toolbar">
      <div className="level-toggles" role="group" aria-label="Levels">
        {LOG_LEVELS.map((level) => (
          <label key={level} className={`chip chip--${level}`}>
            <input
              type="checkbox"
              data-testid={`log-level-${level}`}
              checked={filter.levels.includes(level)}
              onChange={() => onFilterChange(toggleLevel(filter, level))}
            />
            <i className="dot" aria-hidden="true" />
            {level}
          </label>
        ))}
      </div>
      <label className="field-inline">
        <span className="field-label">Module</span>
        <select
          className="select"
          data-testid="log-module"
          value={filter.module ?? ''}
          onChange={(event) => onFilterChange({ ...filter, module: event.target.value === '' ? null : event.target.value })}
        >
          <option value="">All modules</option>
          {moduleOptions.map((module) => (
            <option key={module} value={module}>
              {module}
            </option>
          ))}
        </select>
      </label>
      <div className="toolbar-spacer" />
      <span className="toolbar-note num" data-testid="log-count">
        {isRefreshing ? 'loading…' : `${rowCount.toLocaleString()} ${rowCount === 1 ? 'line' : 'lines'}`}
      </span>
      <LiveBadge title="New lines appear at the top as the core writes them" />
    </div>
  );
}
