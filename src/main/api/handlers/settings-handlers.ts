import { type SettingsService } from '../../settings/settings-service';
import { type HandlerMap } from '../handler-types';

export function settingsHandlers(settings: SettingsService): HandlerMap<'settings.get' | 'settings.set'> {
  return {
    'settings.get': () => settings.get(),
    'settings.set': (patch) => settings.set(patch, 'user'),
  };
}
