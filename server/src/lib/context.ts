import type { Language, OfficeKind, OfficeTier, Permission, Role } from '@union/shared';
import type { Db, Tx } from '../db/client.js';

/** Who is calling: a signed-in user, or an integration's API key acting for an office. */
export interface Principal {
  via: 'session' | 'api_key';
  id: string;
  username: string;
  displayName: string;
  officeId: string;
  officeName: string;
  officeKind: OfficeKind;
  officeTier: OfficeTier;
  /** The materialized path of the caller's office: its subtree is the caller's scope. */
  officePath: string;
  roles: Role[];
  permissions: ReadonlySet<Permission>;
  sessionId: string | null;
}

/** What every service function is handed: the scoped transaction and who asked. */
export interface Ctx {
  db: Tx;
  actor: Principal;
  requestId: string;
  language: Language;
}

/** For work the system does on its own account (login, scheduler, seeding): no scope applies. */
export interface SystemCtx {
  db: Db | Tx;
  requestId?: string;
  /** The user the system acts for, where there is one (a login names who logged in). */
  actor?: { id: string; username: string; officeId: string } | null;
}
