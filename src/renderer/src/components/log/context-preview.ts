const MAX_PREVIEW_CHARS = 240;

/** Whether there is anything to fold away: no context and an empty one look the same. */
export function hasContext(context: Record<string, unknown> | null): context is Record<string, unknown> {
  return context !== null && Object.keys(context).length > 0;
}

/** `key=value key=value`, one line, for the muted summary beside a log message. */
export function contextPreview(context: Record<string, unknown>): string {
  let text = '';
  for (const [key, value] of Object.entries(context)) {
    text += `${text === '' ? '' : '  '}${key}=${previewValue(value)}`;
    if (text.length > MAX_PREVIEW_CHARS) return `${text.slice(0, MAX_PREVIEW_CHARS)}…`;
  }
  return text;
}

function previewValue(value: unknown): string {
  if (typeof value === 'string') return value;
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

export function contextJson(context: Record<string, unknown>): string {
  try {
    return JSON.stringify(context, null, 2);
  } catch {
    return '(context cannot be shown)';
  }
}
