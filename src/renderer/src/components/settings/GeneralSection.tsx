import { useState } from 'react';
import { isApiError } from '../../../../shared/rpc/errors';
import { THEMES, type SettingKey, type Settings, type SettingsPatch } from '../../../../shared/schemas/settings';
import { useSettings } from '../../api/use-settings';
import { ChoiceSelect } from '../common/ChoiceSelect';
import { InlineError } from '../common/InlineError';
import { EmptyState } from '../workspace/EmptyState';
import { NumberSetting } from './NumberSetting';
import { SaveState } from './SaveState';
import { SectionToolbar } from './SectionToolbar';
import { SettingRow } from './SettingRow';
import { useSettingsForm } from './use-settings-form';

const THEME_LABELS = { dark: 'Dark', light: 'Light' } as const;

/** The settings held as a whole number. */
type NumberSettingKey = { [K in SettingKey]: Settings[K] extends number ? K : never }[SettingKey];

interface NumberSettingSpec {
  readonly key: NumberSettingKey;
  readonly id: string;
  readonly label: string;
  readonly description: string;
  /** The core's bounds (shared/schemas/settings), checked here too so a bad value is refused at once. */
  readonly min: number;
  readonly max: number;
  readonly unit: string;
}

const DATA_SETTINGS: readonly NumberSettingSpec[] = [
  {
    key: 'decisionRetentionDays',
    id: 'setting-decision-retention-days',
    label: 'Keep strategy decisions',
    description: 'Strategy decisions older than this are deleted; orders, fills and trades never are.',
    min: 1,
    max: 3650,
    unit: 'days',
  },
  {
    key: 'backupEveryHours',
    id: 'setting-backup-every-hours',
    label: 'Back up every',
    description: 'How often the running app takes a backup of the database (Backups lists them).',
    min: 1,
    max: 168,
    unit: 'hours',
  },
];

/** Every change is saved the moment it is made; there is no Save button to forget. */
export function GeneralSection() {
  const settings = useSettings();
  if (settings.isPending) return <EmptyState title="Loading settings…" />;
  if (settings.isError) {
    return (
      <InlineError testId="settings-load-error" onRetry={() => void settings.refetch()}>
        Could not load settings: {settings.error.message}
      </InlineError>
    );
  }
  return <GeneralForm saved={settings.data} />;
}

function GeneralForm({ saved }: { saved: Settings }) {
  const { values, save, update } = useSettingsForm(saved);
  const [invalid, setInvalid] = useState<Partial<Record<SettingKey, string | null>>>({});
  const errorFor = (key: SettingKey): string | null => {
    const local = invalid[key];
    if (local !== undefined && local !== null) return local;
    if (!update.isError || update.variables[key] === undefined) return null;
    const code = isApiError(update.error) ? ` (${update.error.code})` : '';
    return `Not saved: ${update.error.message}${code}`;
  };
  const markInvalid = (key: SettingKey) => (message: string | null) => setInvalid((current) => ({ ...current, [key]: message }));

  return (
    <div className="settings-panel" data-testid="general-panel">
      <SectionToolbar title="General">
        <SaveState mutation={update} />
      </SectionToolbar>
      <div className="settings-scroll">
        <div className="settings-group">
          <div className="settings-group-title">Appearance</div>
          <SettingRow label="Theme" description="Colours of the whole workstation." htmlFor="setting-theme" error={errorFor('theme')}>
            <ChoiceSelect id="setting-theme" className="select select--setting" options={THEMES} labels={THEME_LABELS} value={values.theme} onChoose={(theme) => save({ theme })} />
          </SettingRow>
        </div>
        <div className="settings-group">
          <div className="settings-group-title">Trading</div>
          <SettingRow
            label="Confirm before order"
            description="Ask for confirmation before any manual order is sent to the exchange."
            htmlFor="setting-confirm-before-order"
            error={errorFor('confirmBeforeOrder')}
          >
            <input
              id="setting-confirm-before-order"
              type="checkbox"
              role="switch"
              className="switch"
              data-testid="setting-confirm-before-order"
              checked={values.confirmBeforeOrder}
              onChange={(event) => save({ confirmBeforeOrder: event.target.checked })}
            />
          </SettingRow>
        </div>
        <div className="settings-group">
          <div className="settings-group-title">Data</div>
          {DATA_SETTINGS.map((setting) => (
            <SettingRow key={setting.key} label={setting.label} description={setting.description} htmlFor={setting.id} error={errorFor(setting.key)}>
              <NumberSetting
                id={setting.id}
                value={values[setting.key]}
                min={setting.min}
                max={setting.max}
                unit={setting.unit}
                onSave={(value) => save(patchOf(setting.key, value))}
                onInvalid={markInvalid(setting.key)}
              />
            </SettingRow>
          ))}
        </div>
      </div>
    </div>
  );
}

/** A patch for one number setting, checked per key (a computed `{ [key]: value }` is not). */
function patchOf(key: NumberSettingKey, value: number): SettingsPatch {
  const patch: SettingsPatch = {};
  patch[key] = value;
  return patch;
}
