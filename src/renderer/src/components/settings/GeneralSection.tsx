import { useState } from 'react';
import { isApiError } from '../../../../shared/rpc/errors';
import { THEMES, type SettingKey, type Settings } from '../../../../shared/schemas/settings';
import { useSettings } from '../../api/use-settings';
import { EmptyState } from '../workspace/EmptyState';
import { NumberSetting } from './NumberSetting';
import { SaveState } from './SaveState';
import { SectionToolbar } from './SectionToolbar';
import { SettingRow } from './SettingRow';
import { useSettingsForm } from './use-settings-form';

const THEME_LABELS = { dark: 'Dark', light: 'Light' } as const;

/** Every change is saved the moment it is made; there is no Save button to forget. */
export function GeneralSection() {
  const settings = useSettings();
  if (settings.isPending) return <EmptyState title="Loading settings…" />;
  if (settings.isError) {
    return (
      <div className="inline-error" role="alert" data-testid="settings-load-error">
        Could not load settings: {settings.error.message}
        <button type="button" className="btn btn--small" onClick={() => void settings.refetch()}>
          Retry
        </button>
      </div>
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
            <select
              id="setting-theme"
              className="select select--setting"
              data-testid="setting-theme"
              value={values.theme}
              onChange={(event) => {
                const theme = THEMES.find((candidate) => candidate === event.target.value);
                if (theme !== undefined) save({ theme });
              }}
            >
              {THEMES.map((theme) => (
                <option key={theme} value={theme}>
                  {THEME_LABELS[theme]}
                </option>
              ))}
            </select>
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
          <SettingRow
            label="Keep strategy decisions"
            description="Strategy decisions older than this are deleted; orders, fills and trades never are."
            htmlFor="setting-decision-retention-days"
            error={errorFor('decisionRetentionDays')}
          >
            <NumberSetting
              id="setting-decision-retention-days"
              value={values.decisionRetentionDays}
              min={1}
              max={3650}
              unit="days"
              onSave={(decisionRetentionDays) => save({ decisionRetentionDays })}
              onInvalid={markInvalid('decisionRetentionDays')}
            />
          </SettingRow>
          <SettingRow
            label="Back up every"
            description="How often the running app takes a backup of the database (Backups lists them)."
            htmlFor="setting-backup-every-hours"
            error={errorFor('backupEveryHours')}
          >
            <NumberSetting
              id="setting-backup-every-hours"
              value={values.backupEveryHours}
              min={1}
              max={168}
              unit="hours"
              onSave={(backupEveryHours) => save({ backupEveryHours })}
              onInvalid={markInvalid('backupEveryHours')}
            />
          </SettingRow>
        </div>
      </div>
    </div>
  );
}
