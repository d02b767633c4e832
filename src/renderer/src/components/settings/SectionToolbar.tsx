import { type ReactNode } from 'react';

/** The bar at the top of a settings section: its name, a short note, and its actions. */
export function SectionToolbar({ title, note, children }: { title: string; note?: ReactNode; children?: ReactNode }) {
  return (
    <div className="toolbar section-toolbar">
      <span className="toolbar-title">{title}</span>
      {note !== undefined && <span className="toolbar-note">{note}</span>}
      <div className="toolbar-spacer" />
      {children}
    </div>
  );
}
