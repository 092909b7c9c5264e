import type { FormRule } from 'antd';

interface StringSchema {
  type?: string;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  anyOf?: StringSchema[];
}

/**
 * Form rules from the bounds of a shared TypeBox string schema (or the string member of a
 * `string | null` union), so a form refuses what the server would, before it is sent.
 */
export function stringRules(schema: StringSchema, patternMessage: string): FormRule[] {
  const s = schema.anyOf?.find((member) => member.type === 'string') ?? schema;
  const rules: FormRule[] = [];
  if (s.minLength !== undefined) rules.push({ min: s.minLength });
  if (s.maxLength !== undefined) rules.push({ max: s.maxLength });
  if (s.pattern !== undefined) rules.push({ pattern: new RegExp(s.pattern, 'u'), message: patternMessage });
  return rules;
}
