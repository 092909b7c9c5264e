import type { Case } from '@union/shared';

/** A settled case has a mediation agreement to print (调解协议书), before and after it is closed. */
export const hasAgreement = (c: Pick<Case, 'status' | 'outcome'>) => c.status === 'settled' || (c.status === 'closed' && c.outcome === 'settled');
