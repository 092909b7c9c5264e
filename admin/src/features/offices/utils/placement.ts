import {
  checkOfficePlacement,
  labelIn,
  officeKindRules,
  officeKinds,
  officeTierLabels,
  ruleMessage,
  type Language,
  type OfficeKind,
} from '@union/shared';

interface Placed {
  kind: OfficeKind;
  regionCode: string;
}

/** The kinds of office that may sit under an office of `parentKind`. */
export const childKindsOf = (parentKind: OfficeKind): OfficeKind[] =>
  officeKinds.filter((kind) => officeKindRules[kind].parents.includes(parentKind));

/**
 * The shared placement rules worded for the form, per field, as the server words them: problems
 * of the parent under `parentId`, problems of the region code under `regionCode`.
 */
export function placementMessages(office: Placed, parent: Placed | null, language: Language): { parentId: string[]; regionCode: string[] } {
  const label = (kind: OfficeKind) => labelIn(officeKindRules[kind].label, language);
  const messages = { parentId: [] as string[], regionCode: [] as string[] };
  for (const p of checkOfficePlacement(office, parent)) {
    switch (p.rule) {
      case 'office.root_kind':
        messages.parentId.push(ruleMessage(p.rule, language));
        break;
      case 'office.parent_kind':
        messages.parentId.push(ruleMessage(p.rule, language, { kind: label(p.kind), parentKind: label(p.parentKind) }));
        break;
      case 'office.region_tier':
        messages.regionCode.push(ruleMessage(p.rule, language, { tier: labelIn(officeTierLabels[p.tier], language), digits: p.digits }));
        break;
      case 'office.region_outside_parent':
        messages.regionCode.push(ruleMessage(p.rule, language, p));
        break;
    }
  }
  return messages;
}
