/** Marks a list that grows by itself as the core writes to it; `title` says where new rows appear. */
export function LiveBadge({ title }: { title: string }) {
  return (
    <span className="live-badge" title={title}>
      <i className="dot" aria-hidden="true" />
      live
    </span>
  );
}
