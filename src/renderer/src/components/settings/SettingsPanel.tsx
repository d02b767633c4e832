import { useId, useState, type KeyboardEvent } from 'react';
import { tabForKey } from '../common/tablist-keys';
import { ErrorBoundary } from '../ErrorBoundary';
import { AccountsSection } from './accounts/AccountsSection';
import { AuditSection } from './audit/AuditSection';
import { BackupsSection } from './backups/BackupsSection';
import { GeneralSection } from './GeneralSection';
import { RiskSection } from './risk/RiskSection';
import { SecuritySection } from './security/SecuritySection';
import { SettingsNavBadge } from './SettingsNavBadge';

export const SETTINGS_SECTIONS = [
  { id: 'general', label: 'General' },
  { id: 'accounts', label: 'Accounts' },
  { id: 'risk', label: 'Risk' },
  { id: 'security', label: 'Security' },
  { id: 'backups', label: 'Backups & export' },
  { id: 'audit', label: 'Audit log' },
] as const;
export type SettingsSectionId = (typeof SETTINGS_SECTIONS)[number]['id'];

/**
 * Settings as a desktop app lays them out: a list of sections on the left, one section on the
 * right. General opens first. Only the open section is mounted, so the audit log and the
 * session list are fetched when they are looked at.
 */
export function SettingsPanel() {
  const [active, setActive] = useState<SettingsSectionId>('general');
  const baseId = useId();

  const onNavKey = (event: KeyboardEvent<HTMLDivElement>): void => {
    const next = tabForKey(SETTINGS_SECTIONS, active, event.key, 'vertical');
    if (next === undefined) return;
    event.preventDefault();
    setActive(next.id);
    document.getElementById(`${baseId}-nav-${next.id}`)?.focus();
  };

  const current = SETTINGS_SECTIONS.find((section) => section.id === active) ?? SETTINGS_SECTIONS[0];
  return (
    <div className="settings-shell">
      <div className="settings-nav" role="tablist" aria-orientation="vertical" aria-label="Settings sections" onKeyDown={onNavKey}>
        {SETTINGS_SECTIONS.map((section) => (
          <button
            key={section.id}
            id={`${baseId}-nav-${section.id}`}
            type="button"
            role="tab"
            className="settings-nav-item"
            data-testid={`settings-nav-${section.id}`}
            aria-selected={active === section.id}
            aria-controls={`${baseId}-section`}
            tabIndex={active === section.id ? 0 : -1}
            onClick={() => setActive(section.id)}
          >
            <span>{section.label}</span>
            <SettingsNavBadge section={section.id} />
          </button>
        ))}
      </div>
      <div className="settings-section-host" id={`${baseId}-section`} role="tabpanel" aria-labelledby={`${baseId}-nav-${active}`}>
        <ErrorBoundary key={active} label={`The ${current.label} settings`}>
          <Section id={active} />
        </ErrorBoundary>
      </div>
    </div>
  );
}

function Section({ id }: { id: SettingsSectionId }) {
  switch (id) {
    case 'general':
      return <GeneralSection />;
    case 'accounts':
      return <AccountsSection />;
    case 'risk':
      return <RiskSection />;
    case 'security':
      return <SecuritySection />;
    case 'backups':
      return <BackupsSection />;
    case 'audit':
      return <AuditSection />;
  }
}
