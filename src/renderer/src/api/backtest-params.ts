/**
 * The strategy parameter form, built from the JSON Schema `strategies.list` sends (zod's
 * `toJSONSchema`): numbers with their bounds, string enums, and numbers that may be null (a
 * stop that is off). Form values are the inputs' strings; they become params only here.
 */

export interface NumberParamField {
  readonly kind: 'number';
  readonly key: string;
  readonly label: string;
  readonly isInteger: boolean;
  readonly min: number | null;
  readonly max: number | null;
  readonly isMinExclusive: boolean;
  readonly isMaxExclusive: boolean;
  /** Empty means null ("off"). */
  readonly isNullable: boolean;
}

export interface ChoiceParamField {
  readonly kind: 'choice';
  readonly key: string;
  readonly label: string;
  readonly options: readonly string[];
}

export type ParamField = NumberParamField | ChoiceParamField;

/** One string per field, as the inputs hold them. */
export type ParamValues = Readonly<Record<string, string>>;

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const numberOr = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null);

/** "amountPerTrade" → "Amount per trade". */
export function labelOfKey(key: string): string {
  const words = key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The fields of a parameters schema, in its order; a property of a shape it cannot show is left out. */
export function paramFieldsOf(schema: Json): ParamField[] {
  const properties = isObject(schema['properties']) ? schema['properties'] : {};
  return Object.entries(properties).flatMap(([key, raw]): ParamField[] => {
    if (!isObject(raw)) return [];
    const label = labelOfKey(key);
    if (raw['type'] === 'string' && Array.isArray(raw['enum'])) {
      const options = raw['enum'].filter((option): option is string => typeof option === 'string');
      return options.length > 0 ? [{ kind: 'choice', key, label, options }] : [];
    }
    const variants = Array.isArray(raw['anyOf']) ? raw['anyOf'].filter(isObject) : [raw];
    const numeric = variants.find((variant) => variant['type'] === 'number' || variant['type'] === 'integer');
    if (numeric === undefined) return [];
    const isNullable = variants.some((variant) => variant['type'] === 'null');
    const exclusiveMin = numberOr(numeric['exclusiveMinimum']);
    const exclusiveMax = numberOr(numeric['exclusiveMaximum']);
    return [
      {
        kind: 'number',
        key,
        label,
        isInteger: numeric['type'] === 'integer',
        min: exclusiveMin ?? numberOr(numeric['minimum']),
        max: exclusiveMax ?? numberOr(numeric['maximum']),
        isMinExclusive: exclusiveMin !== null,
        isMaxExclusive: exclusiveMax !== null,
        isNullable,
      },
    ];
  });
}

/** The inputs' strings for a strategy's defaults; null becomes empty (off). */
export function paramValuesOf(fields: readonly ParamField[], defaults: Json): Record<string, string> {
  return Object.fromEntries(
    fields.map((field) => {
      const value = defaults[field.key];
      return [field.key, typeof value === 'number' || typeof value === 'string' ? String(value) : ''];
    }),
  );
}

/** "2 to 500", "above 0, below 1", "at most 5000": what a number field accepts. */
export function boundsText(field: NumberParamField): string {
  const low = field.min === null ? null : `${field.isMinExclusive ? 'above' : 'from'} ${field.min}`;
  const high = field.max === null ? null : `${field.isMaxExclusive ? 'below' : 'to'} ${field.max}`;
  const range = low !== null && high !== null && !field.isMinExclusive && !field.isMaxExclusive ? `${field.min} to ${field.max}` : [low, high].filter((part) => part !== null).join(', ');
  const kind = field.isInteger ? 'whole number' : 'number';
  return `${range === '' ? `A ${kind}` : `${kind === 'whole number' ? 'Whole, ' : ''}${range}`}${field.isNullable ? '; empty = off' : ''}`;
}

export interface ParamsResult {
  readonly params: Record<string, number | string | null>;
  /** A message per field key that cannot be sent as it is. */
  readonly errors: Readonly<Record<string, string>>;
}

/** Turns the inputs into params, checking what the schema says; the core checks again, with the strategy's own rules. */
export function paramsFromValues(fields: readonly ParamField[], values: ParamValues): ParamsResult {
  const params: Record<string, number | string | null> = {};
  const errors: Record<string, string> = {};
  for (const field of fields) {
    const text = (values[field.key] ?? '').trim();
    if (field.kind === 'choice') {
      if (field.options.includes(text)) params[field.key] = text;
      else errors[field.key] = `One of ${field.options.join(', ')}`;
      continue;
    }
    if (text === '') {
      if (field.isNullable) params[field.key] = null;
      else errors[field.key] = 'Required';
      continue;
    }
    const value = Number(text);
    const problem = numberProblem(field, value);
    if (problem === null) params[field.key] = value;
    else errors[field.key] = problem;
  }
  return { params, errors };
}

function numberProblem(field: NumberParamField, value: number): string | null {
  if (!Number.isFinite(value)) return 'Not a number';
  if (field.isInteger && !Number.isInteger(value)) return 'A whole number';
  if (field.min !== null && (field.isMinExclusive ? value <= field.min : value < field.min)) return field.isMinExclusive ? `Above ${field.min}` : `At least ${field.min}`;
  if (field.max !== null && (field.isMaxExclusive ? value >= field.max : value > field.max)) return field.isMaxExclusive ? `Below ${field.max}` : `At most ${field.max}`;
  return null;
}

/**
 * The core refuses a strategy's own rules (short < long) as "MA crossover: short: The short
 * average must be shorter than the long one": that message goes on the field it names.
 */
export function placeStrategyError(message: string, keys: readonly string[]): { readonly key: string; readonly message: string } | null {
  const match = /^[^:]+: ([A-Za-z0-9_.]+): (.+)$/.exec(message);
  if (match === null) return null;
  const key = (match[1] ?? '').split('.')[0] ?? '';
  return keys.includes(key) ? { key, message: match[2] ?? message } : null;
}
