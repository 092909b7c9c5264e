import { Type } from 'typebox';
import { importModes } from './imports.js';

// The request and answer of an import, apart from the column tables: the admin app's template
// download and menu use those, and a module of TypeBox schemas would bring TypeBox into its first load.
export const ImportQuery = Type.Object(
  {
    mode: Type.Optional(Type.Enum(importModes, { description: '`atomic` (default): one bad row and nothing is written; `partial`: good rows are written' })),
    dryRun: Type.Optional(Type.Boolean({ description: 'validate only, write nothing' })),
  },
  { additionalProperties: false },
);
export type ImportQuery = Type.Static<typeof ImportQuery>;

export const ImportRowError = Type.Object({
  /** The data row, from 1 (a CSV's header line is not counted). */
  row: Type.Integer(),
  /** The API name of the field, or `(row)` for the row as a whole. */
  field: Type.String(),
  message: Type.String(),
});
export type ImportRowError = Type.Static<typeof ImportRowError>;

export const ImportReport = Type.Object({
  received: Type.Integer(),
  created: Type.Integer(),
  updated: Type.Integer(),
  unchanged: Type.Integer(),
  failed: Type.Integer(),
  /** Whether the rows counted as created and updated were written (false on a dry run or a refused atomic import). */
  written: Type.Boolean(),
  errors: Type.Array(ImportRowError),
});
export type ImportReport = Type.Static<typeof ImportReport>;
