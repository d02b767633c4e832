interface Props {
  readonly dataDir: string | null;
  readonly databaseFile: string | null;
}

/** Long paths lose their start, not their end: the folder's own name is what identifies it. */
export function DataDir({ dataDir, databaseFile }: Props) {
  const title = dataDir === null ? 'Data folder' : `Data folder: ${dataDir}${databaseFile === null ? '' : `\nDatabase: ${databaseFile}`}`;
  return (
    <span className="data-dir" title={title}>
      <svg className="data-dir-icon" viewBox="0 0 16 16" width="12" height="12" aria-hidden="true">
        <path d="M1.5 3.5h4l1.5 1.5h7.5v8h-13z" fill="none" stroke="currentColor" strokeWidth="1.2" strokeLinejoin="round" />
      </svg>
      <span className="data-dir-path" data-testid="data-dir" title={dataDir ?? undefined}>
        <bdi>{dataDir ?? '…'}</bdi>
      </span>
    </span>
  );
}
