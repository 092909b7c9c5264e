import { Type } from 'typebox';
import { clockRuleNames, clockUnits } from '../clocks/clocks.js';

export const ClockSetting = Type.Object({
  rule: Type.Enum(clockRuleNames),
  length: Type.Integer(),
  unit: Type.Enum(clockUnits),
  defaultLength: Type.Integer(),
  defaultUnit: Type.Enum(clockUnits),
  perCity: Type.Boolean(),
  version: Type.Union([Type.Integer(), Type.Null()]),
});
export const ClockSettingParams = Type.Object({ rule: Type.Enum(clockRuleNames) }, { additionalProperties: false });
export const ClockSettingUpdate = Type.Object(
  { length: Type.Integer({ minimum: 1, maximum: 365 }), unit: Type.Enum(clockUnits) },
  { additionalProperties: false },
);
