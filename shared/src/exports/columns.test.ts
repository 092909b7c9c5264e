import { Type } from 'typebox';
import { describe, expect, it } from 'vitest';
import { AuditEntry } from '../audit/schemas.js';
import { Case, MajorReport } from '../cases/schemas.js';
import { Money, Page, Timestamp } from '../common/schemas.js';
import { Employer } from '../employers/schemas.js';
import { LegalAidApplication, Subsidy } from '../legal-aid/schemas.js';
import { MediationOrg, OrgReport } from '../mediation-orgs/schemas.js';
import { Notification } from '../notifications/notifications.js';
import { Office, OfficeTree } from '../offices/schemas.js';
import { ExpiringCertificate, Lawyer, Mediator, Supervisor } from '../people/schemas.js';
import { User } from '../users/schemas.js';
import { LaborWarning } from '../warnings/warnings.js';
import { exportColumns, exportRow, listItemSchema } from './columns.js';
import { exportFieldLabels, exportHeader, exportLabel } from './labels.js';

const Item = Type.Object({
  id: Type.String(),
  source: Type.Union([Type.Object({ body: Type.String(), regionCode: Type.String() }), Type.Null()]),
  workers: Type.Array(Type.Object({ name: Type.String(), idNumber: Type.Optional(Type.String()) })),
  pools: Type.Array(Type.String()),
  amount: Money,
  count: Type.Integer(),
  share: Type.Number(),
  open: Type.Boolean(),
  at: Type.Union([Timestamp, Type.Null()]),
  day: Type.String({ format: 'date' }),
  before: Type.Unknown(),
});

describe('export columns', () => {
  it('flatten nested objects to dotted paths and lists to one column per field, each with its kind', () => {
    expect(exportColumns(Item)).toEqual([
      { path: 'id', kind: 'text', list: false },
      { path: 'source.body', kind: 'text', list: false },
      { path: 'source.regionCode', kind: 'text', list: false },
      { path: 'workers.name', kind: 'text', list: true },
      { path: 'workers.idNumber', kind: 'text', list: true },
      { path: 'pools', kind: 'text', list: true },
      { path: 'amount', kind: 'money', list: false },
      { path: 'count', kind: 'integer', list: false },
      { path: 'share', kind: 'number', list: false },
      { path: 'open', kind: 'boolean', list: false },
      { path: 'at', kind: 'timestamp', list: false },
      { path: 'day', kind: 'date', list: false },
      { path: 'before', kind: 'text', list: false },
    ]);
  });

  it('read an item as the JSON has it, joining a list’s values with ; and leaving what is absent empty', () => {
    const columns = exportColumns(Item);
    const at = new Date('2026-03-01T08:00:00.000Z');
    expect(
      exportRow(columns, {
        id: 'a',
        source: null,
        workers: [{ name: '王小明', idNumber: '1101**********1234' }, { name: '李四' }],
        pools: ['city_team', 'volunteer'],
        amount: '12.50',
        count: 3,
        share: 0.5,
        open: false,
        at,
        day: '2026-03-01',
        before: { name: 'x' },
      }),
    ).toEqual(['a', null, null, '王小明;李四', '1101**********1234', 'city_team;volunteer', '12.50', 3, 0.5, false, '2026-03-01T08:00:00.000Z', '2026-03-01', '{"name":"x"}']);
    expect(exportRow(columns, { id: 'b', workers: [], pools: [] }).slice(0, 6)).toEqual(['b', null, null, null, null, null]);
  });

  it('find the list in a paged answer, a whole-list answer, or a union of answers, and nothing in a record', () => {
    expect(listItemSchema(Page(Item))).toEqual({ item: Item, paged: true });
    expect(listItemSchema(Type.Object({ items: Type.Array(Item) }))).toEqual({ item: Item, paged: false });
    expect(listItemSchema(Type.Union([Page(Office), OfficeTree]))).toEqual({ item: Office, paged: true });
    expect(listItemSchema(Item)).toBeNull();
    expect(listItemSchema(undefined)).toBeNull();
  });
});

describe('export headers', () => {
  const lists = { cases: Case, 'major-reports': MajorReport, employers: Employer, 'mediation-orgs': MediationOrg, 'mediation-orgs/:id/reports': OrgReport, offices: Office, users: User, 'audit-log': AuditEntry, notifications: Notification, warnings: LaborWarning, mediators: Mediator, supervisors: Supervisor, lawyers: Lawyer, 'certificates/expiring': ExpiringCertificate, 'legal-aid': LegalAidApplication, subsidies: Subsidy };

  it.each(Object.entries(lists))('label every column of %s in Chinese', (_, schema) => {
    for (const { path } of exportColumns(schema)) expect(exportFieldLabels[path], path).toBeDefined();
  });

  it('are the Chinese label, or the API field name in English; a list may say more', () => {
    expect(exportHeader('caseNo', 'zh-CN')).toBe('案件编号');
    expect(exportHeader('caseNo', 'en')).toBe('caseNo');
    expect(exportHeader('name', 'zh-CN', 'lawyers')).toBe('姓名');
    expect(exportHeader('name', 'zh-CN', 'employers')).toBe('单位名称');
    expect(exportHeader('checklist.sign', 'zh-CN')).toBe('有牌子');
    expect(exportHeader('unheardOf', 'zh-CN')).toBe('unheardOf');
    expect(exportLabel('caseNo', 'en')).toBe('Case no.');
  });
});
