import {
  CaseCreate,
  EmployerCreate,
  EmployerUpdate,
  errorTitles,
  labelIn,
  LawyerCreate,
  LawyerUpdate,
  LegalAidCreate,
  MediationOrgCreate,
  MediationOrgUpdate,
  MediatorCreate,
  MediatorUpdate,
  ruleMessage,
  type ImportQuery,
  type ImportReport,
  type ImportResource,
  type Language,
} from '@union/shared';
import { v7 as uuidv7 } from 'uuid';
import { networkOf } from '../../db/client.js';
import type { Ctx } from '../../lib/context.js';
import { AppError, type FieldProblem } from '../../lib/errors.js';
import { bodyValidator, databaseCode } from '../../plugins/problem.js';
import { createCase } from '../cases/cases.service.js';
import * as employersService from '../employers/employers.service.js';
import { createLawyer, getLawyer, toLawyer, updateLawyer } from '../lawyers/lawyers.service.js';
import { createApplication } from '../legal-aid/legal-aid.service.js';
import { createMediationOrg, getMediationOrg, toMediationOrg, updateMediationOrg } from '../mediation-orgs/mediation-orgs.service.js';
import { createMediator, getMediator, toMediator, updateMediator } from '../mediators/mediators.service.js';
import type { NetworkOffice } from '../offices/offices.repo.js';
import { officeInSubtree } from '../offices/offices.service.js';
import type { ImportRecord } from './imports.parse.js';
import * as repo from './imports.repo.js';

/** Rows read, checked and written together: for employers, one statement inserts and audits a batch's new records. */
const BATCH = 10000;
/** The report lists this many row errors; `failed` counts them all. */
const MAX_ERRORS = 1000;

type Row = { row: number; body: Record<string, unknown> };

class Tally {
  readonly report: ImportReport = { received: 0, created: 0, updated: 0, unchanged: 0, failed: 0, written: false, errors: [] };
  constructor(readonly language: Language) {}

  /** Adds what a batch checked ahead counted, after what this tally holds. */
  add(batch: Tally) {
    const { errors, written, ...counts } = batch.report;
    void written;
    for (const [k, n] of Object.entries(counts) as [keyof typeof counts, number][]) this.report[k] += n;
    this.report.errors.push(...errors.slice(0, MAX_ERRORS - this.report.errors.length));
  }

  fail(row: number, problems: { field: string; message: string }[]) {
    this.report.failed++;
    for (const p of problems) if (this.report.errors.length < MAX_ERRORS) this.report.errors.push({ row, ...p });
  }

  failRules(row: number, problems: FieldProblem[]) {
    this.fail(row, problems.map((p) => ({ field: p.path, message: ruleMessage(p.rule, this.language, p.params) })));
  }

  /** A row's write refused: the service's rule problems, or the database's refusal, as row errors. */
  refused(row: number, err: unknown) {
    if (err instanceof AppError) {
      if (err.opts.errors?.length) return this.failRules(row, err.opts.errors);
      const message = err.opts.rule ? ruleMessage(err.opts.rule, this.language, err.opts.params) : labelIn(errorTitles[err.code], this.language);
      return this.fail(row, [{ field: '(row)', message }]);
    }
    const code = databaseCode(err);
    if (!code || code === 'service_unavailable') throw err;
    this.fail(row, [{ field: '(row)', message: labelIn(errorTitles[code], this.language) }]);
  }
}

interface Importer {
  /** The single create's body: every row passes it. */
  schema: object;
  /**
   * Checks a batch of rows that passed the schema through the single create's rules, as far as
   * that needs no write, and answers the batch's write (which checks the rest). A batch is checked
   * while the one before is written: checking may read, never write, and counts in its own tally.
   */
  check(ctx: Ctx, rows: Row[], tally: Tally): Promise<(tally: Tally) => Promise<void>>;
  /** Runs once in the import's transaction before the first batch. */
  prepare?(ctx: Ctx): Promise<void>;
}

const ROLLBACK = Symbol('rollback');

/**
 * A batch is checked while the one before is written, on the same thread: checking gives way every
 * few hundred rows, so that the write's next statement goes out when the database answers the last
 * one, not when the check is done (a loop of awaited, already settled promises never lets I/O in).
 */
const YIELD_EVERY = 250;
const yieldToWrite = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Loads a file of records, streamed: in batches, inside one savepoint of the request's
 * transaction, so a dry run, a refused atomic import, or a server stopped half-way leaves nothing.
 */
export async function runImport(ctx: Ctx, resource: ImportResource, records: AsyncIterable<ImportRecord>, query: ImportQuery): Promise<ImportReport> {
  const tally = new Tally(ctx.language);
  const importer = importers[resource]();
  const validate = bodyValidator(importer.schema);
  const atomic = (query.mode ?? 'atomic') === 'atomic';
  try {
    await ctx.db.transaction(async (tx) => {
      const ictx = { ...ctx, db: tx };
      await importer.prepare?.(ictx);
      const reader = batches(records);
      // the next batch is read and parsed while this one is checked and written; when a write
      // fails, the read ahead is left unawaited and its own failure is not the import's
      const readAhead = () => {
        const read = reader.next();
        read.catch(() => undefined);
        return read;
      };
      let next = readAhead();
      // likewise the batch before is written while this one is checked
      let writing: Promise<void> | null = null;
      for (let read = await next; !read.done; read = await next) {
        const batch = read.value;
        next = readAhead();
        const checked = new Tally(ctx.language);
        const valid: Row[] = [];
        for (const [i, record] of batch.entries()) {
          if (i % YIELD_EVERY === 0) await yieldToWrite();
          checked.report.received++;
          if (record.problem) {
            checked.failRules(record.row, [record.problem]);
            continue;
          }
          const problems = validate(record.body, ctx.language);
          if (problems.length) checked.fail(record.row, problems.map((p) => ({ field: p.path, message: p.message })));
          else valid.push(record as Row);
        }
        const write = await importer.check(ictx, valid, checked);
        await writing;
        tally.add(checked);
        writing = write(tally);
        writing.catch(() => undefined);
      }
      await writing;
      if (query.dryRun || (atomic && tally.report.failed)) throw ROLLBACK;
    });
    tally.report.written = true;
  } catch (err) {
    if (err !== ROLLBACK) throw err;
  }
  return tally.report;
}

async function* batches(records: AsyncIterable<ImportRecord>): AsyncGenerator<ImportRecord[]> {
  let batch: ImportRecord[] = [];
  for await (const record of records) {
    batch.push(record);
    if (batch.length === BATCH) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length) yield batch;
}

/** In a savepoint, so that a refused row leaves the rest of the import going. */
async function inSavepoint(ctx: Ctx, tally: Tally, row: number, fn: (ctx: Ctx) => Promise<void>) {
  try {
    await ctx.db.transaction((tx) => fn({ ...ctx, db: tx }));
  } catch (err) {
    tally.refused(row, err);
  }
}

const same = (a: unknown, b: unknown) => JSON.stringify(typeof a === 'string' ? a.trim() : a) === JSON.stringify(b ?? null);

/** The fields of an update the row gives and that differ from the record now. */
function changes(body: Record<string, unknown>, current: Record<string, unknown>, fields: readonly string[]) {
  return Object.fromEntries(fields.filter((f) => f in body && !same(body[f], current[f])).map((f) => [f, body[f]]));
}

/**
 * Rows written one by one through the resource's own create and update, each in a savepoint:
 * the records whose creation runs workflows (filing authority, case numbers, clocks).
 */
function rowByRow<C extends Record<string, unknown>>(spec: {
  schema: object;
  /** Cases and applications are numbered by the server: a file names them by external id. */
  externalIdRequired?: boolean;
  find(ctx: Ctx, body: C): Promise<string | null>;
  create(ctx: Ctx, body: C): Promise<unknown>;
  /** Absent for records that change only by their events: a row naming one leaves it as it is. */
  update?: { schema: { properties: object }; current(ctx: Ctx, id: string): Promise<Record<string, unknown> & { version: number }>; run(ctx: Ctx, id: string, patch: never, version: number): Promise<unknown> };
}): () => Importer {
  return () => ({
    schema: spec.schema,
    check: async (ctx, rows) => async (tally) => {
      for (const { row, body } of rows) {
        if (spec.externalIdRequired && !body.externalId) {
          tally.failRules(row, [{ path: 'externalId', rule: 'import.external_id_required' }]);
          continue;
        }
        await inSavepoint(ctx, tally, row, async (c) => {
          const id = await spec.find(c, body as C);
          if (!id) {
            await spec.create(c, body as C);
            tally.report.created++;
            return;
          }
          const current = spec.update && (await spec.update.current(c, id));
          const patch = current ? changes(body, current, Object.keys(spec.update!.schema.properties)) : {};
          if (!current || !Object.keys(patch).length) {
            tally.report.unchanged++;
            return;
          }
          await spec.update!.run(c, id, patch as never, current.version);
          tally.report.updated++;
        });
      }
    },
  });
}

const network = (ctx: Ctx) => networkOf(ctx.actor.officePath);

const importers: Record<ImportResource, () => Importer> = {
  employers: employerImporter,
  'mediation-orgs': rowByRow<MediationOrgCreate>({
    schema: MediationOrgCreate,
    find: (ctx, b) => repo.findExisting.mediationOrg(ctx.db, network(ctx), b),
    create: createMediationOrg,
    update: { schema: MediationOrgUpdate, current: async (ctx, id) => toMediationOrg(await getMediationOrg(ctx, id)), run: updateMediationOrg },
  }),
  mediators: rowByRow<MediatorCreate>({
    schema: MediatorCreate,
    find: (ctx, b) => repo.findExisting.mediator(ctx.db, b),
    create: createMediator,
    update: { schema: MediatorUpdate, current: async (ctx, id) => toMediator(await getMediator(ctx, id)), run: updateMediator },
  }),
  lawyers: rowByRow<LawyerCreate>({
    schema: LawyerCreate,
    find: (ctx, b) => repo.findExisting.lawyer(ctx.db, network(ctx), b),
    create: createLawyer,
    update: { schema: LawyerUpdate, current: async (ctx, id) => toLawyer(await getLawyer(ctx, id)), run: updateLawyer },
  }),
  cases: rowByRow<CaseCreate>({
    schema: CaseCreate,
    externalIdRequired: true,
    find: (ctx, b) => repo.findExisting.case(ctx.db, network(ctx), b.externalId!),
    create: (ctx, b) => createCase(ctx, b),
  }),
  'legal-aid': rowByRow<LegalAidCreate>({
    schema: LegalAidCreate,
    externalIdRequired: true,
    find: (ctx, b) => repo.findExisting.legalAid(ctx.db, network(ctx), b.externalId!),
    create: (ctx, b) => createApplication(ctx, b),
  }),
};

// the fields an import may change: those of a single update, `externalId` first
const employerFields = Object.keys(EmployerUpdate.properties) as (keyof EmployerUpdate)[];

/**
 * Employers, the big registry (quality.md: 100,000 rows at 20,000 a second): each row passes the
 * single create's rules with the offices they name looked up once per import; then (writeEmployers)
 * a batch is written set-based: new records inserted and audited in one statement, the records the
 * other rows change updated and audited in another.
 */
function employerImporter(): Importer {
  const offices = new Map<string, Promise<NetworkOffice | null>>();
  const writable = new Map<string, Promise<boolean>>();
  /** The first row of the file that named each external id and credit code. */
  const seen = new Map<string, number>();
  /** The import's records are created and changed at one time, as the single create's are at its transaction's. */
  const at = new Date();
  return {
    schema: EmployerCreate,
    prepare: (ctx) => repo.createEmployerStaging(ctx.db),
    async check(ctx, rows, checks) {
      const lookup = (id: string) => {
        if (!offices.has(id)) offices.set(id, employersService.officeLookup(ctx)(id));
        return offices.get(id)!;
      };
      const inSubtree = (id: string) => {
        if (!writable.has(id)) writable.set(id, officeInSubtree(ctx, id).then(Boolean));
        return writable.get(id)!;
      };
      const checked: CheckedEmployer[] = [];
      for (const [i, { row, body }] of rows.entries()) {
        if (i % YIELD_EVERY === 0) await yieldToWrite();
        const values = employersService.newEmployerValues(ctx, body as EmployerCreate);
        const keys = [values.externalId && `x:${values.externalId}`, `c:${values.creditCode}`].filter(Boolean) as string[];
        const earlier = keys.map((k) => seen.get(k)).find((r) => r !== undefined);
        if (earlier !== undefined) {
          checks.failRules(row, [{ path: keys.length > 1 && seen.has(keys[0]) ? 'externalId' : 'creditCode', rule: 'import.duplicate_row', params: { row: earlier } }]);
          continue;
        }
        for (const k of keys) seen.set(k, row);
        const problems = await employersService.employerRuleProblems(ctx, values, lookup);
        if (!(await inSubtree(values.officeId))) problems.unshift({ path: 'officeId', rule: 'scope.office_outside' });
        if (problems.length) checks.failRules(row, problems);
        // staged here, while the batch before is written, rather than on the write's own path
        else checked.push({ row, values, staged: await stagedEmployer(lookup, at, row, values) });
      }
      return (tally) => writeEmployers(ctx, checked, tally, { lookup, inSubtree, at });
    },
  };
}

type CheckedEmployer = { row: number; values: ReturnType<typeof employersService.newEmployerValues>; staged: repo.StagedEmployer };
/** What a batch's write needs of the import: its office lookups, and the time its records are stamped with. */
type ImportWide = { lookup: employersService.OfficeLookup; inSubtree: (id: string) => Promise<boolean>; at: Date };
/** What a batch's write counts, kept apart until the write stands. */
type Written = { created: number; updated: number; unchanged: number; refused: { row: number; err: unknown }[] };

/**
 * A checked batch of employers, set-based. Should the database refuse a row the rules let through,
 * the batch's write is undone and its rows are written one by one, to tell which.
 */
async function writeEmployers(ctx: Ctx, checked: CheckedEmployer[], tally: Tally, importWide: ImportWide) {
  if (!checked.length) return;
  const write = (part: CheckedEmployer[]) => ctx.db.transaction((tx) => writeEmployerSet({ ...ctx, db: tx }, part, importWide));
  let written: Written[];
  try {
    written = [await write(checked)];
  } catch (err) {
    if (checked.length === 1) return tally.refused(checked[0].row, err);
    written = [];
    for (const c of checked) {
      try {
        written.push(await write([c]));
      } catch (rowErr) {
        written.push({ created: 0, updated: 0, unchanged: 0, refused: [{ row: c.row, err: rowErr }] });
      }
    }
  }
  for (const w of written) {
    tally.report.created += w.created;
    tally.report.updated += w.updated;
    tally.report.unchanged += w.unchanged;
    for (const { row, err } of w.refused) tally.refused(row, err);
  }
}

/**
 * New records are the rule: all rows are inserted (and audited) in one statement that leaves out the
 * rows naming a registered record; those are read in one query, compared, and the ones that change
 * their record update it (and are audited) in one more, as the single update would.
 */
async function writeEmployerSet(ctx: Ctx, checked: CheckedEmployer[], importWide: ImportWide): Promise<Written> {
  const written: Written = { created: 0, updated: 0, unchanged: 0, refused: [] };
  await repo.stageEmployers(ctx.db, checked.map((c) => c.staged));
  const left = new Set(await repo.insertStagedEmployers(ctx, importWide.at));
  written.created = checked.length - left.size;
  const named = checked.filter((c) => left.has(c.row));
  if (!named.length) return written;
  const existing = await repo.employersByKeys(
    ctx.db,
    network(ctx),
    named.flatMap((c) => (c.values.externalId ? [c.values.externalId] : [])),
    named.map((c) => c.values.creditCode),
  );
  const byExternalId = new Map(existing.filter((e) => e.externalId).map((e) => [e.externalId!, e]));
  const byCreditCode = new Map(existing.map((e) => [e.creditCode, e]));
  const updates: repo.StagedEmployer[] = [];
  for (const c of named) {
    const holder = byCreditCode.get(c.values.creditCode);
    // the record the row names: by external id, else by credit code (also a record imported before without one)
    const target = (c.values.externalId && byExternalId.get(c.values.externalId)) || (holder && (!c.values.externalId || !holder.externalId) ? holder : undefined);
    // a holder out of sight is another city's record: the insert left the row out all the same
    if (!target || holder !== target) {
      written.refused.push({ row: c.row, err: employersService.creditCodeTaken(c.values.creditCode) });
      continue;
    }
    // readable across the network, but only the keeping office's subtree changes it
    if (!(await importWide.inSubtree(target.officeId))) {
      written.refused.push({ row: c.row, err: new AppError('forbidden', { errors: [{ path: 'officeId', rule: 'scope.office_outside' }] }) });
      continue;
    }
    const patch = changes(c.values, target, c.values.externalId ? employerFields : employerFields.slice(1));
    if (!Object.keys(patch).length) {
      written.unchanged++;
      continue;
    }
    updates.push(await stagedEmployer(importWide.lookup, importWide.at, c.row, { ...pick(target, employerFields), ...patch, officeId: target.officeId, networkId: target.networkId }, target));
  }
  if (!updates.length) return written;
  await repo.stageEmployers(ctx.db, updates);
  const moved = await repo.updateStagedEmployers(ctx, importWide.at);
  written.updated = updates.length - moved.length;
  for (const row of moved) written.refused.push({ row, err: new AppError('version_conflict') });
  return written;
}

/**
 * A row as the import stages it, written at `at`: a new record (with its id, time-ordered as the
 * database's own), or for an update the record read; with its audit entry's `before` and `after`,
 * the API's Employer as the single create and update record them.
 */
async function stagedEmployer(lookup: employersService.OfficeLookup, at: Date, row: number, values: repo.StagedEmployer['values'], current?: repo.RegisteredEmployer): Promise<repo.StagedEmployer> {
  const name = async (id: string | null | undefined) => (id ? ((await lookup(id))?.name ?? null) : null);
  const id = current?.id ?? uuidv7();
  const after = { ...values, externalId: values.externalId ?? null, unionOfficeId: values.unionOfficeId ?? null, groupId: values.groupId ?? null, id, version: (current?.version ?? 0) + 1, createdAt: current?.createdAt ?? at, updatedAt: at };
  return {
    row,
    id,
    version: current?.version ?? null,
    values,
    before: current ? JSON.stringify(employersService.toEmployer({ ...current, unionOfficeName: await name(current.unionOfficeId), groupName: await name(current.groupId) })) : null,
    after: JSON.stringify(employersService.toEmployer({ ...after, unionOfficeName: await name(values.unionOfficeId), groupName: await name(values.groupId) })),
  };
}

const pick = <T extends object, K extends keyof T>(o: T, keys: readonly K[]) => Object.fromEntries(keys.map((k) => [k, o[k]])) as Pick<T, K>;
