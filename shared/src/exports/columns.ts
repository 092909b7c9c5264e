import { Money } from '../common/schemas.js';

/** How a column's values read: what a spreadsheet cell of it should be. */
export type ExportKind = 'text' | 'integer' | 'number' | 'boolean' | 'money' | 'timestamp' | 'date';

/**
 * One column of an exported list: a field of the item, nested objects flattened to a dotted path
 * (`source.body`), a list's values joined with `;` (`workers.name` = every worker's name).
 */
export interface ExportColumn {
  path: string;
  kind: ExportKind;
  /** The path crosses an array: the cell joins its values with `;`. */
  list: boolean;
}

export type ExportValue = string | number | boolean | null;

/** What separates a list's values in one cell. */
export const exportListSeparator = ';';

interface JsonSchema {
  type?: string | string[];
  format?: string;
  pattern?: string;
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
}

/** The columns of a list's item schema, in the schema's field order. */
export function exportColumns(itemSchema: unknown): ExportColumn[] {
  const columns: ExportColumn[] = [];
  walk(itemSchema as JsonSchema, '', false, columns);
  return columns;
}

function walk(schema: JsonSchema, path: string, list: boolean, out: ExportColumn[]): void {
  // a nullable field reads as the type it has when present; a union of objects as all their fields
  const members = schema.anyOf?.filter((s) => s.type !== 'null');
  if (members) {
    if (members.length > 0 && members.every((m) => m.type === 'object' && m.properties)) {
      return walk({ type: 'object', properties: Object.assign({}, ...members.map((m) => m.properties)) }, path, list, out);
    }
    if (members.length === 1) return walk(members[0], path, list, out);
    out.push({ path, kind: 'text', list });
    return;
  }
  if (schema.type === 'object' && schema.properties) {
    for (const [key, field] of Object.entries(schema.properties)) walk(field, path ? `${path}.${key}` : key, list, out);
    return;
  }
  if (schema.type === 'array' && schema.items) return walk(schema.items, path, true, out);
  out.push({ path, kind: kindOf(schema), list });
}

function kindOf(schema: JsonSchema): ExportKind {
  switch (schema.type) {
    case 'integer':
      return 'integer';
    case 'number':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'string':
      if (schema.format === 'date-time') return 'timestamp';
      if (schema.format === 'date') return 'date';
      return schema.pattern === (Money as JsonSchema).pattern ? 'money' : 'text';
    default:
      return 'text';
  }
}

/**
 * The item's value for each column, as the JSON answer has it: timestamps as RFC 3339 strings,
 * money as its decimal string, a list's values joined with `;`, a free-form object as JSON.
 */
export function exportRow(columns: readonly ExportColumn[], item: unknown): ExportValue[] {
  return columns.map((column) => {
    const values = collect(item, column.path.split('.'));
    if (!column.list) return scalar(values[0]);
    return values.length ? values.map((v) => String(scalar(v) ?? '')).join(exportListSeparator) : null;
  });
}

function collect(value: unknown, keys: string[]): unknown[] {
  if (value === null || value === undefined) return [];
  if (Array.isArray(value)) return value.flatMap((v) => collect(v, keys));
  if (keys.length === 0 || keys[0] === '') return [value];
  return collect((value as Record<string, unknown>)[keys[0]], keys.slice(1));
}

function scalar(value: unknown): ExportValue {
  if (value === undefined || value === null) return null;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (typeof value === 'bigint') return String(value);
  return JSON.stringify(value);
}

/**
 * The item schema of a list answer: `{items, nextCursor}` as api.md "Lists" defines it (`paged`),
 * or a whole list `{items}` (a timeline, a report); for a union of answers, the list among them.
 */
export function listItemSchema(schema: unknown): { item: unknown; paged: boolean } | null {
  const s = schema as JsonSchema | undefined;
  if (s?.anyOf) return s.anyOf.map(listItemSchema).find((found) => found?.paged) ?? null;
  const items = s?.properties?.items;
  if (s?.type !== 'object' || items?.type !== 'array' || !items.items) return null;
  return { item: items.items, paged: 'nextCursor' in s.properties! };
}
