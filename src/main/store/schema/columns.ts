import { getTableName, sql, type SQL } from 'drizzle-orm';
import {
  check,
  customType,
  integer,
  text,
  type CheckBuilder,
  type SQLiteColumn,
} from 'drizzle-orm/sqlite-core';

/**
 * Column kinds shared by every table, and the CHECK constraints that keep them honest. Each
 * CHECK is named `<table>_<column>_<kind>`, so a violation names the column that broke it.
 */

/**
 * An exact decimal string as the exchange writes it ("0.01000000"). Declared BLOB on purpose:
 * a TEXT column would silently turn a bound float into text before any CHECK sees it, while a
 * BLOB column applies no affinity, so `decimalChecks` can reject anything that is not text.
 */
const decimalType = customType<{ data: string; driverData: string }>({
  dataType: () => 'blob',
});

export const decimal = (name: string) => decimalType(name);

/** Milliseconds since the Unix epoch, UTC. */
export const millis = (name: string) => integer(name);

export const flag = (name: string) => integer(name, { mode: 'boolean' });

/** Serialized JSON; callers parse it with the zod schema of whatever they stored. */
export const json = (name: string) => text(name);

/**
 * An unqualified column name for CHECK bodies. Drizzle's default `"table"."column"` form
 * breaks when drizzle-kit rebuilds a table under a temporary name in a later migration.
 */
export const ref = (column: SQLiteColumn): SQL => sql`${sql.identifier(column.name)}`;

const named = (column: SQLiteColumn, kind: string, body: SQL): CheckBuilder =>
  check(`${getTableName(column.table)}_${column.name}_${kind}`, body);

const quote = (value: string): string => `'${value.replaceAll("'", "''")}'`;

/** Every column must be declared with `text(name, { enum: SOME_ARRAY })` from domain/enums. */
export const enumChecks = (...columns: SQLiteColumn[]): CheckBuilder[] =>
  columns.map((column) => {
    if (column.enumValues === undefined || column.enumValues.length === 0) {
      throw new Error(`${getTableName(column.table)}.${column.name} has no enum values`);
    }
    const values = sql.raw(column.enumValues.map(quote).join(', '));
    return named(column, 'enum', sql`${ref(column)} in (${values})`);
  });

/**
 * Also rejects empty strings and exponent notation ("1e-8"), which is what a float or an
 * unformatted decimal turns into when someone calls String() on it.
 */
export const decimalChecks = (...columns: SQLiteColumn[]): CheckBuilder[] =>
  columns.map((column) => {
    const c = ref(column);
    return named(
      column,
      'decimal',
      sql`${c} is null or (typeof(${c}) = 'text' and ${c} <> '' and ${c} not glob '*[^0-9.-]*')`,
    );
  });

export const flagChecks = (...columns: SQLiteColumn[]): CheckBuilder[] =>
  columns.map((column) => named(column, 'flag', sql`${ref(column)} in (0, 1)`));

export const jsonChecks = (...columns: SQLiteColumn[]): CheckBuilder[] =>
  columns.map((column) => named(column, 'json', sql`json_valid(${ref(column)})`));
