import { type UseMutationResult } from '@tanstack/react-query';
import { isApiError } from '../../../../shared/rpc/errors';
import { type Settings, type SettingsPatch } from '../../../../shared/schemas/settings';

interface Props {
  readonly mutation: Pick<UseMutationResult<Settings, Error, SettingsPatch>, 'status' | 'error' | 'submittedAt'>;
}

/** Whether the last change reached the core: the person should never have to wonder. */
export function SaveState({ mutation }: Props) {
  switch (mutation.status) {
    case 'idle':
      return (
        <span className="save-state" data-testid="settings-save-state" data-state="idle">
          Changes are saved as you make them
        </span>
      );
    case 'pending':
      return (
        <span className="save-state" data-testid="settings-save-state" data-state="saving">
          Saving…
        </span>
      );
    case 'success':
      return (
        <span className="save-state save-state--ok" data-testid="settings-save-state" data-state="saved">
          <svg viewBox="0 0 16 16" width="12" height="12" aria-hidden="true">
            <path d="M3 8.5l3 3 7-7" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" />
          </svg>
          Saved
        </span>
      );
    case 'error': {
      const error = mutation.error;
      const code = isApiError(error) ? ` (${error.code})` : '';
      return (
        <span className="save-state save-state--error" data-testid="settings-save-state" data-state="error" title={`${error?.message ?? ''}${code}`}>
          Not saved
        </span>
      );
    }
  }
}
