import { type KeyCheck, type KeyWarning } from '../../../../../shared/schemas/accounts';
import { formatDateTimeSeconds } from '../../common/format';
import { CheckIcon, CrossIcon, InfoIcon, WarningIcon } from '../../common/Icons';
import { RESTRICTION_LABELS, canWithdraw, sortWarnings } from './account-labels';

/**
 * What the exchange said about a key. A key that can withdraw leads with a red banner that
 * cannot be scrolled past unseen: it is the one finding that can cost the whole account.
 */
export function KeyCheckPanel({ check }: { check: KeyCheck }) {
  // A failed call is reported as the error and again as a danger warning; say it once.
  const warnings = sortWarnings(check.warnings).filter((warning) => check.error === null || warning.message !== check.error.message);
  const withdraw = canWithdraw(check);
  return (
    <div className="key-check" data-testid="key-check" data-ok={check.isOk}>
      <div className="key-check-head">
        <span className={check.isOk ? 'key-verdict key-verdict--ok' : 'key-verdict key-verdict--failed'}>
          {check.isOk ? <CheckIcon /> : <CrossIcon />}
          {check.isOk ? 'Key accepted' : 'Key check failed'}
        </span>
        <span className="key-check-meta num">
          {formatDateTimeSeconds(check.testedAt)}
          {check.latencyMs !== null && ` · ${check.latencyMs} ms`}
        </span>
      </div>

      {check.error !== null && (
        <div className="key-warning key-warning--danger" role="alert" data-testid="key-check-error" data-code={check.error.code}>
          <WarningIcon size={18} className="key-warning-icon" />
          <div>
            <div className="key-warning-title">The exchange refused the key</div>
            <div className="key-warning-text">{check.error.message}</div>
          </div>
        </div>
      )}

      {warnings.map((warning) => (
        <Warning key={`${warning.code}-${warning.message}`} warning={warning} />
      ))}

      {check.isOk && (
        <dl className="perm-grid">
          <dt>Trade</dt>
          <dd>
            <Permission testId="key-can-trade" value={check.canTrade} yes="Can place orders" no="Cannot trade" />
          </dd>
          <dt>Withdraw</dt>
          <dd>
            <Permission testId="key-can-withdraw" value={withdraw} yes="CAN WITHDRAW FUNDS" no="Cannot withdraw" isYesDangerous />
          </dd>
          <dt>Deposit</dt>
          <dd>
            <Permission testId="key-can-deposit" value={check.canDeposit} yes="Can deposit" no="Cannot deposit" />
          </dd>
          <dt>Account type</dt>
          <dd className="num">{check.accountType ?? '—'}</dd>
          <dt>Permissions</dt>
          <dd className="perm-chips" data-testid="key-permissions">
            {check.permissions.length === 0 ? <span className="muted">none reported</span> : check.permissions.map((permission) => <code key={permission}>{permission}</code>)}
          </dd>
        </dl>
      )}

      {check.restrictions !== null && (
        <div className="key-restrictions" data-testid="key-restrictions">
          <div className="key-subtitle">API restrictions</div>
          <ul>
            {RESTRICTION_LABELS.map(([field, label]) => {
              const isOn = check.restrictions?.[field] === true;
              const isBad = (field === 'enableWithdrawals' && isOn) || (field === 'ipRestrict' && !isOn);
              return (
                <li key={field} className={isBad ? 'restriction is-bad' : isOn ? 'restriction is-on' : 'restriction'}>
                  {isOn ? <CheckIcon size={11} /> : <CrossIcon size={11} />}
                  {label}
                </li>
              );
            })}
          </ul>
        </div>
      )}
      {check.restrictionsNote !== null && (
        <div className="key-note" data-testid="key-restrictions-note">
          <InfoIcon size={12} /> {check.restrictionsNote}
        </div>
      )}
    </div>
  );
}

function Warning({ warning }: { warning: KeyWarning }) {
  const isDanger = warning.level === 'danger';
  return (
    <div
      className={`key-warning key-warning--${warning.level}`}
      role={isDanger ? 'alert' : undefined}
      data-testid="key-warning"
      data-level={warning.level}
      data-code={warning.code}
    >
      {warning.level === 'info' ? <InfoIcon size={15} className="key-warning-icon" /> : <WarningIcon size={isDanger ? 20 : 16} className="key-warning-icon" />}
      <div>
        {isDanger && <div className="key-warning-title">Danger · {warning.code.replaceAll('_', ' ').toLowerCase()}</div>}
        <div className="key-warning-text">{warning.message}</div>
      </div>
    </div>
  );
}

function Permission({ value, yes, no, testId, isYesDangerous = false }: { value: boolean | null; yes: string; no: string; testId: string; isYesDangerous?: boolean }) {
  const state = value === null ? 'unknown' : String(value);
  const tone = value === null ? 'unknown' : value ? (isYesDangerous ? 'danger' : 'yes') : isYesDangerous ? 'safe' : 'no';
  return (
    <span className={`perm perm--${tone}`} data-testid={testId} data-value={state}>
      {value === null ? '—' : value ? <CheckIcon /> : <CrossIcon />}
      {value === null ? 'Not reported' : value ? yes : no}
    </span>
  );
}
