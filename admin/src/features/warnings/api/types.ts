import type Type from 'typebox';
import type { LaborWarning as LaborWarningSchema } from '@union/shared';

export type LaborWarning = Type.Static<typeof LaborWarningSchema>;
