export type ExportValue = string | number | boolean | null;

/**
 * A spreadsheet runs a cell that starts with one of these as a formula (OWASP's list, plus
 * LF). Such a cell gets a leading apostrophe, which spreadsheets show as plain text.
 */
const FORMULA_START = /^[=+\-@\t\r\n]/;

/**
 * A plain decimal such as "-1.5" is a number to a spreadsheet, not a formula, and must reach
 * a tax tool unchanged, so it is left alone.
 */
const PLAIN_DECIMAL = /^-?(\d+(\.\d*)?|\.\d+)$/;

export function neutralizeFormula(text: string): string {
  return FORMULA_START.test(text) && !PLAIN_DECIMAL.test(text) ? `'${text}` : text;
}

/** One field per RFC 4180: quoted only when it holds a comma, a quote or a line break. */
export function csvField(value: ExportValue): string {
  if (value === null) return '';
  const text = typeof value === 'string' ? neutralizeFormula(value) : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvRecord(values: readonly ExportValue[]): string {
  return `${values.map(csvField).join(',')}\r\n`;
}
