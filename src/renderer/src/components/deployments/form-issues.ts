import { type z } from 'zod';

/**
 * A zod issue in a trader's words: bounds as "At least 1" / "At most 100", a whole number where
 * one is needed; a message the schema wrote itself ("A Binance symbol such as BTCUSDT") stays.
 */
function issueText(issue: z.core.$ZodIssue): string {
  if (issue.code === 'too_small') {
    if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? 'Required' : `At least ${issue.minimum} characters`;
    return issue.inclusive === false ? `Above ${issue.minimum}` : `At least ${issue.minimum}`;
  }
  if (issue.code === 'too_big') {
    if (issue.origin === 'string') return `At most ${issue.maximum} characters`;
    return issue.inclusive === false ? `Below ${issue.maximum}` : `At most ${issue.maximum}`;
  }
  if (issue.code === 'invalid_type' && (issue.expected === 'int' || issue.expected === 'number')) return issue.expected === 'int' ? 'A whole number' : 'A number';
  return issue.message;
}

/** One message per field, keyed by the issue's path ("symbol", "limits.maxTradesPerDay"); the first issue of a field wins. */
export function issuesByPath(issues: readonly z.core.$ZodIssue[]): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of issues) {
    const key = issue.path.map(String).join('.');
    errors[key] ??= issueText(issue);
  }
  return errors;
}
