import { notifyManager } from '@tanstack/react-query';
import { useState } from 'react';
import { SETTING_KEYS, type Settings, type SettingsPatch } from '../../../../shared/schemas/settings';
import { useUpdateSettings } from '../../api/use-settings';

/**
 * Controls show a change the moment it is made (a controlled input that waited for the core
 * would flick back for a frame), while the cache keeps what the core has confirmed. When a
 * save settles, the draft value gives way to the cache: the new value, or the old one if the
 * core refused.
 */
export function useSettingsForm(saved: Settings) {
  const update = useUpdateSettings();
  const [draft, setDraft] = useState<SettingsPatch>({});

  const save = (patch: SettingsPatch): void => {
    setDraft((current) => ({ ...current, ...patch }));
    void update
      .mutateAsync(patch)
      .catch(() => undefined) // shown through update.error
      // Queued behind the cache's own notification, so the confirmed value and the cleared
      // draft render together instead of showing the old value for a frame in between.
      .finally(() => notifyManager.schedule(() => setDraft((current) => withoutSettled(current, patch))));
  };

  return { values: { ...saved, ...draft } satisfies Settings, save, update };
}

/** Drops the keys this save settled, unless a later change has replaced them meanwhile. */
function withoutSettled(draft: SettingsPatch, settled: SettingsPatch): SettingsPatch {
  const next: SettingsPatch = { ...draft };
  for (const key of SETTING_KEYS) {
    if (settled[key] !== undefined && next[key] === settled[key]) delete next[key];
  }
  return next;
}
