import Type from 'typebox';
import { certificateStanding, certificateWarningDays, chinaDate, ExpiringCertificate, type CertificateStanding, type ExpiringQuery } from '@union/shared';
import type { Ctx } from '../../lib/context.js';
import { toPage } from '../../lib/paging.js';
import * as repo from './certificates.repo.js';

/** Today's date where the network works: a certificate runs out by the China calendar, not UTC's. */
export const today = () => chinaDate(new Date());

export const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

export function standingOf(expiry: string | null): CertificateStanding | null {
  return expiry ? certificateStanding(expiry, today()) : null;
}

/** The expiry dates (inclusive) that `?certificate=expiring|expired` selects, as certificateStanding judges them. */
export function expiryRange(certificate: 'expiring' | 'expired' | undefined, withinDays = certificateWarningDays): repo.ExpiryRange | undefined {
  const now = today();
  if (certificate === 'expired') return { to: addDays(now, -1) };
  if (certificate === 'expiring') return { from: now, to: addDays(now, withinDays) };
  return undefined;
}

/** Certificates of active people kept by the caller's subtree that run out within `withinDays` or already have, soonest first. */
export async function listExpiring(ctx: Ctx, query: ExpiringQuery) {
  const limit = query.limit ?? 50;
  const withinDays = query.withinDays ?? certificateWarningDays;
  const now = today();
  const rows = await repo.listExpiring(ctx.db, { until: addDays(now, withinDays), kind: query.kind }, { cursor: query.cursor, limit });
  const page = toPage(rows, limit, (r) => r.certificateExpiry);
  const items: Type.Static<typeof ExpiringCertificate>[] = page.items.map((r) => ({
    ...r,
    // the query stops at the horizon, so no row is 'valid'
    standing: certificateStanding(r.certificateExpiry, now, withinDays) as 'expiring' | 'expired',
  }));
  return { items, nextCursor: page.nextCursor };
}
