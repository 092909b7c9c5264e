import { Type } from 'typebox';
import type { Label } from '../common/i18n.js';
import { PageQuery, Timestamp, Uuid } from '../common/schemas.js';

/** 劳动关系预警: what a station or coordinator saw at an employer, before any case. */
export const warningKinds = ['wage_arrears', 'layoff', 'relocation', 'closure', 'collective_unrest', 'other'] as const;
export type WarningKind = (typeof warningKinds)[number];
export const warningKindLabels: Record<WarningKind, Label> = {
  wage_arrears: { zh: '欠薪苗头', en: 'Wage arrears' },
  layoff: { zh: '裁员', en: 'Layoffs' },
  relocation: { zh: '搬迁转产', en: 'Relocation' },
  closure: { zh: '停产关闭', en: 'Closure' },
  collective_unrest: { zh: '职工集体情绪', en: 'Collective unrest' },
  other: { zh: '其他', en: 'Other' },
};
export const warningLevels = ['attention', 'serious'] as const;
export const warningLevelLabels: Record<(typeof warningLevels)[number], Label> = {
  attention: { zh: '关注', en: 'Attention' },
  serious: { zh: '严重', en: 'Serious' },
};
export const warningStatuses = ['open', 'resolved'] as const;

export const LaborWarning = Type.Object({
  id: Uuid,
  employerId: Uuid,
  employerName: Type.String(),
  officeId: Uuid,
  officeName: Type.String(),
  kind: Type.Enum(warningKinds),
  level: Type.Enum(warningLevels),
  description: Type.String(),
  status: Type.Enum(warningStatuses),
  filedBy: Type.Union([Type.String(), Type.Null()]),
  filedAt: Timestamp,
  resolvedAt: Type.Union([Timestamp, Type.Null()]),
  resolution: Type.Union([Type.String(), Type.Null()]),
  version: Type.Integer(),
});
export const LaborWarningCreate = Type.Object(
  {
    employerId: Uuid,
    kind: Type.Enum(warningKinds),
    level: Type.Enum(warningLevels),
    description: Type.String({ minLength: 1, maxLength: 5000 }),
  },
  { additionalProperties: false },
);
export type LaborWarningCreate = Type.Static<typeof LaborWarningCreate>;
export const LaborWarningResolve = Type.Object({ resolution: Type.String({ minLength: 1, maxLength: 2000 }) }, { additionalProperties: false });
export const LaborWarningListQuery = Type.Object(
  {
    ...PageQuery,
    employerId: Type.Optional(Uuid),
    kind: Type.Optional(Type.Enum(warningKinds)),
    level: Type.Optional(Type.Enum(warningLevels)),
    status: Type.Optional(Type.Enum(warningStatuses)),
    regionCode: Type.Optional(Type.String({ pattern: '^\\d{2,9}$' })),
  },
  { additionalProperties: false },
);
export type LaborWarningListQuery = Type.Static<typeof LaborWarningListQuery>;
