import { Type } from 'typebox';
import { Uuid } from '../common/schemas.js';
import { coverageFigures } from './coverage.js';

export const CoverageQuery = Type.Object(
  { officeId: Type.Optional(Uuid), by: Type.Optional(Type.Literal('district')) },
  { additionalProperties: false },
);
export const FigureValueSchema = Type.Object({
  figure: Type.Enum(coverageFigures),
  value: Type.Union([Type.Number(), Type.Null()]),
  target: Type.Number(),
  met: Type.Union([Type.Boolean(), Type.Null()]),
  numerator: Type.Integer(),
  denominator: Type.Integer(),
});
export const CoverageReport = Type.Object({
  officeId: Uuid,
  officeName: Type.String(),
  figures: Type.Array(FigureValueSchema),
  /** With `?by=district`: the same figures for each district federation of the subtree. */
  districts: Type.Optional(Type.Array(Type.Object({ officeId: Uuid, officeName: Type.String(), regionCode: Type.String(), figures: Type.Array(FigureValueSchema) }))),
});
