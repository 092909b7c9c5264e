import type Type from 'typebox';
import type { CaseEvent as CaseEventSchema, DuplicateMatch as DuplicateMatchSchema, MajorReport as MajorReportSchema, TransferTarget as TransferTargetSchema } from '@union/shared';

/** The answers' shapes, from the shared schemas the server validates them with. */
export type CaseEvent = Type.Static<typeof CaseEventSchema>;
export type TransferTarget = Type.Static<typeof TransferTargetSchema>;
export type DuplicateMatch = Type.Static<typeof DuplicateMatchSchema>;
export type MajorReport = Type.Static<typeof MajorReportSchema>;

export interface MajorReportQuery {
  acknowledged?: boolean;
  alarm?: boolean;
  limit?: number;
  cursor?: string;
}

export interface DuplicateQuery {
  employerId: string;
  idNumber?: string[];
  name?: string;
  phone?: string;
}
