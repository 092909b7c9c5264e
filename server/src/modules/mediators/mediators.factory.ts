import { and, eq } from 'drizzle-orm';
import type { FilingStatus, MediationOrgType } from '@union/shared';
import type { TestApp } from '../../../test/app.js';
import { mediationOrgs } from '../../db/schema.js';

/** The offices a Beijing mediation organization needs: its own, its filing authority, the network root. */
export const orgOffices = ['建外街道劳动争议调解室', '北京市劳动争议调解指导中心', '北京市总工会'];

/**
 * A mediation organization written straight into the database for tests of the people who staff
 * it, in any filing status; filing is another module's. By default 建外街道劳动争议调解室, filed with
 * the city guidance center: the demo seed holds the network's own rooms, and the seeded one is used.
 */
export async function insertMediationOrg(
  t: TestApp,
  ids: Record<string, string>,
  over: { name?: string; type?: MediationOrgType; status?: FilingStatus; officeId?: string } = {},
): Promise<{ id: string; name: string }> {
  const values = {
    name: '建外街道劳动争议调解室',
    type: 'street_room' as MediationOrgType,
    status: 'filed' as FilingStatus,
    officeId: ids['建外街道劳动争议调解室'],
    ...over,
  };
  const db = t.database.db;
  const [row] = await db
    .insert(mediationOrgs)
    .values({
      ...values,
      filingOfficeId: ids['北京市劳动争议调解指导中心'],
      filingRule: 4,
      regionCode: '110105001',
      checklist: { institution: true, sign: true, staff: true, rules: true },
      networkId: ids['北京市总工会'],
      filedAt: values.status === 'filed' ? new Date() : null,
    })
    .onConflictDoNothing()
    .returning({ id: mediationOrgs.id, name: mediationOrgs.name });
  if (row) return row;
  const [seeded] = await db
    .select({ id: mediationOrgs.id, name: mediationOrgs.name })
    .from(mediationOrgs)
    .where(and(eq(mediationOrgs.officeId, values.officeId), eq(mediationOrgs.type, values.type)));
  return seeded;
}
