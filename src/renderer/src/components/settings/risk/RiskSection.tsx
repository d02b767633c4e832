import { useState } from 'react';
import { type Account } from '../../../../../shared/schemas/accounts';
import { type RiskLimits } from '../../../../../shared/schemas/risk';
import { describeApiError } from '../../../api/form-errors';
import { useAccounts } from '../../../api/use-accounts';
import { useRiskLimits, useSetRiskLimits } from '../../../api/use-risk';
import { InlineError } from '../../common/InlineError';
import { KILL_SWITCH_HOTKEY } from '../../risk/kill-switch-key';
import { EmptyState } from '../../workspace/EmptyState';
import { SectionToolbar } from '../SectionToolbar';
import { SettingRow } from '../SettingRow';
import { parseRiskTexts, RISK_FIELDS, textsOf, type RiskField, type RiskTexts } from './risk-limits-form';

/**
 * Each account's pre-trade limits. Every order, from the ticket or from a deployment, passes
 * them after the exchange's own filters; a refusal names the limit and by how much.
 */
export function RiskSection() {
  const accounts = useAccounts();
  const list = accounts.data?.accounts ?? [];
  const [chosenId, setChosenId] = useState<number | null>(null);
  const account = list.find((candidate) => candidate.id === chosenId) ?? list[0] ?? null;
  const limits = useRiskLimits(account?.id ?? null);

  return (
    <div className="settings-panel" data-testid="risk-panel">
      <SectionToolbar title="Risk" note={`Kill switch: the header button or ${KILL_SWITCH_HOTKEY}`}>
        {list.length > 0 && <AccountChoice accounts={list} value={account?.id ?? null} onChoose={setChosenId} />}
      </SectionToolbar>
      {account === null ? (
        <EmptyState title="No account yet">Add an account under Accounts; its limits are set here.</EmptyState>
      ) : limits.isError ? (
        <InlineError onRetry={() => void limits.refetch()} testId="risk-load-error">
          Could not load the limits: {describeApiError(limits.error)}
        </InlineError>
      ) : limits.data === undefined ? (
        <EmptyState title="Loading limits…" />
      ) : (
        <RiskLimitsForm key={account.id} saved={limits.data} />
      )}
    </div>
  );
}

function AccountChoice({ accounts, value, onChoose }: { accounts: readonly Account[]; value: number | null; onChoose: (id: number) => void }) {
  return (
    <select className="input" data-testid="risk-account" aria-label="Account" value={value ?? ''} onChange={(event) => onChoose(Number(event.target.value))}>
      {accounts.map((account) => (
        <option key={account.id} value={account.id}>
          {account.name}
        </option>
      ))}
    </select>
  );
}

function RiskLimitsForm({ saved }: { saved: RiskLimits }) {
  const [texts, setTexts] = useState<RiskTexts>(() => textsOf(saved));
  // Limits changed elsewhere (another window) while this form is untouched: show them.
  const [shown, setShown] = useState(saved);
  if (shown !== saved) {
    setShown(saved);
    if (JSON.stringify(texts) === JSON.stringify(textsOf(shown))) setTexts(textsOf(saved));
  }
  const [errors, setErrors] = useState<Partial<Record<RiskField, string>>>({});
  const save = useSetRiskLimits();
  const isDirty = JSON.stringify(texts) !== JSON.stringify(textsOf(saved));

  const submit = (): void => {
    const parsed = parseRiskTexts(saved.accountId, texts);
    setErrors(parsed.errors);
    if (Object.keys(parsed.errors).length === 0) save.mutate(parsed.input);
  };

  return (
    <form
      className="risk-limits-form"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      {RISK_FIELDS.map((field) => (
        <SettingRow key={field.key} label={field.label} description={field.description} htmlFor={`risk-${field.key}`} error={errors[field.key] ?? null}>
          <span className="risk-limit-input">
            <input
              id={`risk-${field.key}`}
              data-testid={`risk-${field.key}`}
              className="input num"
              inputMode="decimal"
              placeholder="no limit"
              value={texts[field.key]}
              onChange={(event) => setTexts((current) => ({ ...current, [field.key]: event.target.value }))}
            />
            <span className="input-unit">{field.unit}</span>
          </span>
        </SettingRow>
      ))}
      <div className="risk-limits-actions">
        <button type="submit" className="btn btn--primary" data-testid="risk-save" disabled={!isDirty || save.isPending}>
          {save.isPending ? 'Saving…' : 'Save limits'}
        </button>
        {save.isError && (
          <span className="setting-error" role="alert" data-testid="risk-save-error">
            Not saved: {describeApiError(save.error)}
          </span>
        )}
        {save.isSuccess && !isDirty && (
          <span className="risk-limits-note" data-testid="risk-saved">
            Saved. The next order is checked against these limits.
          </span>
        )}
        {saved.updatedAt === null && !save.isSuccess && <span className="risk-limits-note">No limits set for this account yet.</span>}
      </div>
    </form>
  );
}
