import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import {
  chinaDate,
  clockRules,
  creditCodeCheckChar,
  deadline,
  idNumberCheckChar,
  filingAuthority,
  fundingProgrammes,
  legalAidServices,
  noticeNumber,
  officeKindRules,
  type CaseCreate,
  type CaseEventBody,
  type LegalAidCreate,
  type LegalAidEventBody,
  type FindingCategory,
  type LegalAidService,
  type MediationOrgType,
  type NoticeEventType,
  type NoticeStatus,
  type NoticeType,
  type OfficeKind,
  type Role,
} from '@union/shared';
import { hashPassword, principalOfUser } from '../modules/auth/auth.service.js';
import { appendCaseEvent, createCase } from '../modules/cases/cases.service.js';
import { appendEvent as appendApplicationEvent, createApplication } from '../modules/legal-aid/legal-aid.service.js';
import { regions } from '../modules/regions/regions.repo.js';
import type { Db, DbOrTx, Tx } from './client.js';
import { chineseCalendar } from '../modules/clocks/clocks.service.js';
import { auditLog, employers, inspections, lawyers, legalAidFeeSchedule, mediationOrgEvents, mediationOrgs, noticeCounters, noticeEvents, notices, offices, supervisors, users } from './schema.js';

type OfficeInsert = typeof offices.$inferInsert;

/** The demo networks of domain.md §1: Beijing and Pingdingshan, each a city federation's tree. */
interface CityPlan {
  regionCode: string;
  federation: string;
  legalCenter: string;
  guidanceCenter: string;
}
const cities: CityPlan[] = [
  { regionCode: '110000', federation: '北京市总工会', legalCenter: '北京市总工会法律服务中心', guidanceCenter: '北京市劳动争议调解指导中心' },
  { regionCode: '410400', federation: '平顶山市总工会', legalCenter: '平顶山市总工会法律服务中心', guidanceCenter: '平顶山市劳动争议调解指导中心' },
];

/** Demo accounts: the README lists them. Every one but `admin` signs in with `demo1234`. */
export const demoPassword = 'demo1234';
interface DemoUser {
  username: string;
  displayName: string;
  roles: Role[];
  /** The office by its name. */
  office: string;
  password?: string;
}
export const demoUsers: DemoUser[] = [
  { username: 'admin', displayName: '系统管理员', roles: ['admin'], office: '北京市总工会', password: 'admin123' },
  { username: 'city_staff', displayName: '市法律服务中心 王敏', roles: ['staff'], office: '北京市总工会法律服务中心' },
  { username: 'city_mediation', displayName: '市调解指导中心 刘洋', roles: ['staff', 'mediator'], office: '北京市劳动争议调解指导中心' },
  { username: 'chaoyang_admin', displayName: '朝阳区总工会 张伟', roles: ['office_admin'], office: '朝阳区总工会' },
  { username: 'chaoyang_staff', displayName: '朝阳区总工会 李娜', roles: ['staff'], office: '朝阳区总工会' },
  { username: 'chaoyang_mediator', displayName: '朝阳区调解中心 赵磊', roles: ['mediator'], office: '朝阳区劳动争议调解中心' },
  { username: 'chaoyang_center', displayName: '朝阳区调解中心 何佳', roles: ['staff'], office: '朝阳区劳动争议调解中心' },
  { username: 'chaoyang_supervisor', displayName: '朝阳区总工会 陈静', roles: ['supervisor'], office: '朝阳区总工会' },
  { username: 'chaoyang_lawyer', displayName: '朝阳区职工服务中心 孙律师', roles: ['lawyer'], office: '朝阳区职工服务中心' },
  { username: 'chaoyang_viewer', displayName: '朝阳区总工会 周强', roles: ['viewer'], office: '朝阳区总工会' },
  { username: 'haidian_admin', displayName: '海淀区总工会 吴芳', roles: ['office_admin'], office: '海淀区总工会' },
  { username: 'jianwai_staff', displayName: '建外街道工会服务站 郑丽', roles: ['staff'], office: '建外街道工会服务站' },
  { username: 'jinghua_staff', displayName: '京华建设集团工会 马骏', roles: ['staff'], office: '北京京华建设集团工会' },
  { username: 'pds_admin', displayName: '平顶山市总工会 管理员', roles: ['admin'], office: '平顶山市总工会' },
];

/** The demo group company: a group union under the city federation with its own mediation center. */
const demoGroup = { union: '北京京华建设集团工会', center: '京华建设集团劳动争议调解中心', regionCode: '110105' };

function officeRows(): OfficeInsert[] {
  const rows: OfficeInsert[] = [];
  const add = (kind: OfficeKind, name: string, regionCode: string, parent: OfficeInsert | null) => {
    const id = randomUUID();
    const row: OfficeInsert = { id, kind, tier: officeKindRules[kind].tier, name, regionCode, parentId: parent?.id ?? null, path: `${parent?.path ?? '/'}${id}/` };
    rows.push(row);
    return row;
  };
  const index = regions();
  for (const city of cities) {
    const root = add('city_federation', city.federation, city.regionCode, null);
    add('city_legal_service_center', city.legalCenter, city.regionCode, root);
    add('city_mediation_guidance_center', city.guidanceCenter, city.regionCode, root);
    for (const district of index.childrenOf(city.regionCode)) {
      const short = district.name;
      const federation = add('district_federation', `${short}总工会`, district.code, root);
      add('district_service_center', `${short}职工服务中心`, district.code, federation);
      add('district_mediation_center', `${short}劳动争议调解中心`, district.code, federation);
      for (const street of index.childrenOf(district.code)) {
        add('street_service_station', `${street.name}工会服务站`, street.code, federation);
        add('street_mediation_room', `${street.name}劳动争议调解室`, street.code, federation);
      }
    }
    if (city.regionCode === '110000') {
      const group = add('group_union', demoGroup.union, demoGroup.regionCode, root);
      add('group_mediation_center', demoGroup.center, demoGroup.regionCode, group);
    }
  }
  return rows;
}

/** Loads the demo network and users into an empty database; a database with offices is left alone. */
export async function seedDemo(db: Db, log?: { info(obj: unknown, msg?: string): void }): Promise<void> {
  await db.transaction(async (tx) => {
    // one seeding at a time, even when several servers start on one empty database
    await tx.execute(sql`select pg_advisory_xact_lock(2260)`);
    const [{ count }] = await tx.select({ count: sql<number>`count(*)::int` }).from(offices);
    if (count > 0) return;
    const rows = officeRows();
    for (let i = 0; i < rows.length; i += 500) await tx.insert(offices).values(rows.slice(i, i + 500));
    const byName = new Map(rows.map((r) => [r.name, r.id!]));
    await insertDemoUsers(tx, byName);
    await insertNetworkOrgs(tx, rows);
    await insertDemoEmployers(tx, rows);
    await insertDemoLegalAid(tx, rows);
    await insertDemoSupervision(tx, rows);
    await insertDemoCases(tx);
    await insertDemoApplications(tx);
    await tx.insert(auditLog).values({ action: 'seed.demo', entity: 'system', after: { offices: rows.length, users: demoUsers.length } });
    log?.info({ offices: rows.length, users: demoUsers.length }, 'demo network seeded');
  });
}

async function insertDemoUsers(tx: DbOrTx, officeIds: Map<string, string>) {
  const values = await Promise.all(
    demoUsers.map(async (u) => ({
      username: u.username,
      displayName: u.displayName,
      roles: u.roles,
      officeId: officeIds.get(u.office)!,
      passwordHash: await hashPassword(u.password ?? demoPassword),
    })),
  );
  await tx.insert(users).values(values);
}

/** The network's own centers and rooms are filed mediation organizations, one per office. */
const ownOrgTypes: Partial<Record<OfficeKind, MediationOrgType>> = {
  city_mediation_guidance_center: 'city_guidance_center',
  district_mediation_center: 'district_center',
  street_mediation_room: 'street_room',
  group_mediation_center: 'group_center',
};

const allChecked = { institution: true, sign: true, staff: true, rules: true };

async function insertNetworkOrgs(tx: DbOrTx, rows: OfficeInsert[]) {
  const networkOf = (row: OfficeInsert) => row.path.split('/')[1];
  const inNetwork = (network: string, kind: OfficeKind) => rows.find((r) => networkOf(r) === network && r.kind === kind)!;
  const orgs = rows.flatMap((office) => {
    const type = ownOrgTypes[office.kind];
    if (!type) return [];
    const network = networkOf(office);
    // the demo group's union sits directly under the city federation: rule 1
    const target = filingAuthority({
      type,
      employer: type === 'group_center' ? { regionCode: office.regionCode, unionOfficeKind: 'city_federation', groupId: office.parentId ?? null } : null,
      office: { tier: office.tier, regionCode: office.regionCode },
    });
    const filingOffice = 'kind' in target ? inNetwork(network, target.kind) : rows.find((r) => r.id === target.officeId)!;
    return [
      {
        id: randomUUID(),
        type,
        name: office.name,
        officeId: office.id!,
        filingOfficeId: filingOffice.id!,
        filingRule: target.rule,
        status: 'filed' as const,
        regionCode: office.regionCode,
        checklist: allChecked,
        reportingCadence: 'quarter' as const,
        filedAt: new Date(),
        networkId: network,
      },
    ];
  });
  for (let i = 0; i < orgs.length; i += 500) await tx.insert(mediationOrgs).values(orgs.slice(i, i + 500));
  const events = orgs.map((o) => ({ orgId: o.id, type: 'file', fromStatus: null, toStatus: 'filed' as const, note: '网络自有调解组织，初始化备案' }));
  for (let i = 0; i < events.length; i += 500) await tx.insert(mediationOrgEvents).values(events.slice(i, i + 500));
}

/** A credit code with a valid check character: `91` (enterprise), the region, a nine-character organization code. */
const creditCode = (region: string, orgCode: string) => {
  const first17 = `91${region}${orgCode}`;
  return first17 + creditCodeCheckChar(first17);
};

/** A few employers of 朝阳区, 海淀区 and 平顶山 to show the registry with. */
async function insertDemoEmployers(tx: DbOrTx, rows: OfficeInsert[]) {
  const office = (name: string) => rows.find((r) => r.name === name)!;
  const firstStreet = (district: string) => regions().childrenOf(district)[0].code;
  const beijing = office('北京市总工会');
  const chaoyang = office('朝阳区总工会');
  const group = office(demoGroup.union);
  const demo = [
    { name: '北京朝华科技有限公司', code: creditCode('110105', 'MA01CH001'), region: '110105001', industry: '信息技术', employees: 850, union: chaoyang, group: null, keeper: chaoyang },
    { name: '北京建外餐饮管理有限公司', code: creditCode('110105', 'MA01JW002'), region: '110105001', industry: '餐饮', employees: 45, union: chaoyang, group: null, keeper: chaoyang },
    { name: '北京京华建设集团有限公司', code: creditCode('110105', 'MA01JH003'), region: '110105002', industry: '建筑', employees: 12000, union: beijing, group, keeper: beijing },
    { name: '京华建设第三工程有限公司', code: creditCode('110105', 'MA01JH004'), region: '110105003', industry: '建筑', employees: 620, union: group, group, keeper: beijing },
    { name: '北京城市燃气服务有限公司', code: creditCode('110105', 'MA01RQ005'), region: '110105004', industry: '燃气供应', employees: 2300, union: beijing, group: null, keeper: beijing },
    { name: '北京中关村软件有限公司', code: creditCode('110108', 'MA01HD006'), region: firstStreet('110108'), industry: '软件', employees: 300, union: office('海淀区总工会'), group: null, keeper: office('海淀区总工会') },
    { name: '平顶山鹰城煤业有限公司', code: creditCode('410402', 'MA01PD007'), region: firstStreet('410402'), industry: '煤炭开采', employees: 4000, union: office('新华区总工会'), group: null, keeper: office('新华区总工会') },
  ];
  const inserted = await tx
    .insert(employers)
    .values(
      demo.map((e) => ({
        name: e.name,
        creditCode: e.code,
        regionCode: e.region,
        industry: e.industry,
        employeeCount: e.employees,
        unionized: true,
        unionOfficeId: e.union.id!,
        groupId: e.group?.id ?? null,
        officeId: e.keeper.id!,
        networkId: e.keeper.path.split('/')[1],
      })),
    )
    .returning({ id: employers.id, name: employers.name });
  // one enterprise committee filed with the district center (rule 4)
  const chaohua = inserted.find((e) => e.name === '北京朝华科技有限公司')!;
  const [committee] = await tx
    .insert(mediationOrgs)
    .values({
      type: 'enterprise_committee',
      name: '北京朝华科技有限公司劳动争议调解委员会',
      employerId: chaohua.id,
      officeId: chaoyang.id!,
      filingOfficeId: office('朝阳区劳动争议调解中心').id!,
      filingRule: 4,
      status: 'filed',
      regionCode: '110105001',
      checklist: { ...allChecked, sign: false },
      reportingCadence: 'month',
      filedAt: new Date(),
      networkId: beijing.id!,
    })
    .returning({ id: mediationOrgs.id });
  await tx.insert(mediationOrgEvents).values({ orgId: committee.id, type: 'file', fromStatus: null, toStatus: 'filed', note: '演示数据' });
}

/** Lawyers of the Beijing pools (the chaoyang_lawyer user is 孙明), and each city's default fee schedule. */
async function insertDemoLegalAid(tx: DbOrTx, rows: OfficeInsert[]) {
  const office = (name: string) => rows.find((r) => r.name === name)!;
  const beijing = office('北京市总工会');
  const [lawyerUser] = await tx.select({ id: users.id }).from(users).where(eq(users.username, 'chaoyang_lawyer'));
  const [chaohua] = await tx.select({ id: employers.id }).from(employers).where(eq(employers.name, '北京朝华科技有限公司'));
  const demo = [
    { name: '孙明', licenseNo: '11101201110000001', firm: '北京市明德律师事务所', pools: ['city_team'], max: 5, office: '朝阳区职工服务中心', userId: lawyerUser.id, actsFor: [] as string[] },
    { name: '李华', licenseNo: '11101201210000002', firm: '北京市正和律师事务所', pools: ['city_team'], max: 2, office: '北京市总工会法律服务中心', userId: null, actsFor: [] },
    { name: '王芳', licenseNo: '11101201310000003', firm: '北京市民生律师事务所', pools: ['volunteer'], max: 3, office: '朝阳区职工服务中心', userId: null, actsFor: [] },
    { name: '钱进', licenseNo: '11101201410000004', firm: '北京市企联律师事务所', pools: ['city_team', 'volunteer'], max: 5, office: '北京市总工会法律服务中心', userId: null, actsFor: [chaohua.id] },
  ] as const;
  await tx.insert(lawyers).values(
    demo.map((l) => ({
      name: l.name,
      licenseNo: l.licenseNo,
      firm: l.firm,
      kind: 'social' as const,
      pools: [...l.pools],
      maxActiveMatters: l.max,
      officeId: office(l.office).id!,
      networkId: beijing.id!,
      userId: l.userId,
      actsForEmployerIds: [...l.actsFor],
    })),
  );
  const roots = rows.filter((r) => !r.parentId);
  await tx.insert(legalAidFeeSchedule).values(
    roots.flatMap((root) =>
      fundingProgrammes.flatMap((funding) => legalAidServices.map((service) => ({ networkId: root.id!, funding, service, amount: defaultFees[service] }))),
    ),
  );
}

/** Product defaults until a city sets its own (yuan per matter). */
const defaultFees: Record<LegalAidService, string> = { consultation: '100.00', document_drafting: '300.00', mediation: '1000.00', arbitration: '2000.00', litigation: '3000.00' };

/**
 * Labor-law supervision in 朝阳区: two supervisors, an inspection of the restaurant company, and
 * notices on the ladder — wages: a reminder escalated to an opinion now past its deadline (the
 * first sweep lists it ready to escalate); working hours at 朝华科技: the whole ladder up to a
 * published violation.
 */
async function insertDemoSupervision(tx: DbOrTx, rows: OfficeInsert[]) {
  const chaoyang = rows.find((r) => r.name === '朝阳区总工会')!;
  const networkId = chaoyang.path.split('/')[1];
  const employerId = async (name: string) => (await tx.select({ id: employers.id }).from(employers).where(eq(employers.name, name)))[0].id;
  const restaurant = await employerId('北京建外餐饮管理有限公司');
  const chaohua = await employerId('北京朝华科技有限公司');
  const inspectors = await tx
    .insert(supervisors)
    .values(['陈静', '刘强'].map((name) => ({ name, officeId: chaoyang.id! })))
    .returning({ id: supervisors.id });
  const day = 86_400_000;
  const start = new Date(Date.now() - 60 * day);
  const [inspection] = await tx
    .insert(inspections)
    .values({
      officeId: chaoyang.id!,
      employerId: restaurant,
      kind: 'joint',
      inspectedOn: chinaDate(start),
      inspectorIds: inspectors.map((i) => i.id),
      findings: [
        { category: 'wages', description: '部分职工工资迟发一个月以上', serious: false },
        { category: 'working_hours', description: '厨房岗位每日工作时间超过 11 小时', serious: false },
      ],
      networkId,
    })
    .returning({ id: inspections.id });

  const counters = new Map<number, number>();
  let previous: string | null = null;
  const issue = async (n: { type: NoticeType; employerId: string; categories: FindingCategory[]; facts: string; legalBasis: string; at: Date; status: NoticeStatus; inspectionId?: string; chain?: boolean }) => {
    const year = Number(chinaDate(n.at).slice(0, 4));
    const seq = (counters.get(year) ?? 0) + 1;
    counters.set(year, seq);
    const deadlineAt = n.type === 'opinion' ? deadline(n.at, clockRules['notice.opinion_rectification'], chineseCalendar) : null;
    const [row] = await tx
      .insert(notices)
      .values({
        noticeNo: noticeNumber(chaoyang.name, year, seq),
        type: n.type,
        status: n.status,
        officeId: chaoyang.id!,
        employerId: n.employerId,
        inspectionId: n.inspectionId ?? null,
        categories: n.categories,
        facts: n.facts,
        legalBasis: n.legalBasis,
        previousNoticeId: n.chain ? previous : null,
        issuedAt: n.at,
        deadlineAt,
        publishedAt: n.type === 'publication' ? n.at : null,
        approvedByOfficeId: n.type === 'publication' ? chaoyang.id! : null,
        networkId,
      })
      .returning({ id: notices.id });
    const events = [{ type: (n.type === 'publication' ? 'approve_publication' : 'issue') as NoticeEventType, fromStatus: 'draft' as NoticeStatus, toStatus: 'issued' as NoticeStatus, at: n.at }];
    if (n.status === 'escalated') events.push({ type: 'escalate', fromStatus: 'issued', toStatus: 'escalated', at: new Date(n.at.getTime() + 25 * day) });
    await tx.insert(noticeEvents).values(events.map((e) => ({ noticeId: row.id, ...e, note: '演示数据', actorOfficeId: chaoyang.id! })));
    previous = row.id;
  };
  const wages = { employerId: restaurant, categories: ['wages'] as FindingCategory[], facts: '经联合检查，你单位部分职工 2026 年工资迟发一个月以上。', legalBasis: '《中华人民共和国劳动法》第五十条、《北京市工资支付规定》', inspectionId: inspection.id };
  await issue({ ...wages, type: 'reminder', at: new Date(start.getTime() + 2 * day), status: 'escalated' });
  await issue({ ...wages, type: 'opinion', at: new Date(start.getTime() + 27 * day), status: 'issued', chain: true });
  const hours = { employerId: chaohua, categories: ['working_hours'] as FindingCategory[], facts: '研发岗位职工长期每周工作超过 60 小时，且未支付加班工资。', legalBasis: '《中华人民共和国劳动法》第三十六条、第四十一条、第四十四条', chain: true };
  previous = null;
  await issue({ ...hours, type: 'reminder', at: new Date(start.getTime() - 60 * day), status: 'escalated' });
  await issue({ ...hours, type: 'opinion', at: new Date(start.getTime() - 35 * day), status: 'escalated' });
  await issue({ ...hours, type: 'recommendation', at: new Date(start.getTime() - 5 * day), status: 'escalated' });
  await issue({ ...hours, type: 'publication', at: new Date(start.getTime() + 25 * day), status: 'issued' });
  await tx.insert(noticeCounters).values([...counters].map(([year, last]) => ({ officeId: chaoyang.id!, year, last })));
}

const day = 86_400_000;
const idOf = async (tx: Tx, table: typeof employers | typeof mediationOrgs, name: string) => (await tx.select({ id: table.id }).from(table).where(eq(table.name, name)))[0].id;

/** chaoyang_staff at work, as the services see a caller, and the two demo employers their matters are against. */
async function chaoyangDesk(tx: Tx) {
  const actor = (await principalOfUser(tx, 'chaoyang_staff'))!;
  return {
    ctx: { db: tx, actor, requestId: 'seed', language: 'zh-CN' as const },
    restaurant: await idOf(tx, employers, '北京建外餐饮管理有限公司'),
    construction: await idOf(tx, employers, '京华建设第三工程有限公司'),
  };
}

/** An ID number of 朝阳区 with its check character: the region, a birth date, a sequence. */
const idNumber = (birth: string, seq: string) => {
  const first17 = `110105${birth}${seq}`;
  return first17 + idNumberCheckChar(first17);
};

/**
 * Dispute cases of 朝阳区 at every stage, so that the lists, queues and clocks have something to
 * show: taken in and moved on through the case service as 朝阳区's staff would, so they are numbered,
 * clocked, audited and on their timelines as any case is. The one received a month ago is past its
 * 15 days, and the first sweep marks it overdue.
 */
async function insertDemoCases(tx: Tx) {
  const { ctx, restaurant, construction } = await chaoyangDesk(tx);
  const center = await idOf(tx, mediationOrgs, '朝阳区劳动争议调解中心');
  const demo: (Pick<CaseCreate, 'employerId' | 'workers' | 'claims' | 'description' | 'channel'> & { daysAgo: number; steps: CaseEventBody[] })[] = [
    {
      employerId: restaurant,
      workers: [{ name: '张建国', idNumber: idNumber('19850312', '231'), phone: '13910000001', household: 'migrant' }, { name: '李秀兰', idNumber: idNumber('19900706', '342'), phone: '13910000002', household: 'migrant' }],
      claims: [{ category: 'wages', amount: '18600.00' }],
      description: '后厨两名职工 9 月、10 月工资未发，多次催要无果。',
      channel: 'walk_in',
      daysAgo: 1,
      steps: [],
    },
    {
      employerId: restaurant,
      workers: [{ name: '王海', phone: '13910000003' }],
      claims: [{ category: 'working_hours', amount: '4200.00' }],
      description: '每日工作 11 小时以上，加班费未按规定支付。',
      channel: 'hotline_12351',
      daysAgo: 3,
      steps: [{ type: 'accept' }],
    },
    {
      employerId: construction,
      workers: [{ name: '赵大勇', idNumber: idNumber('19780920', '115'), phone: '13910000004', household: 'migrant' }, { name: '孙立', idNumber: idNumber('19820117', '136'), household: 'migrant' }, { name: '周平', household: 'migrant' }],
      claims: [{ category: 'wages', amount: '56000.00' }, { category: 'social_insurance', amount: '9800.00' }],
      description: '项目完工后劳务费拖欠，社会保险未足额缴纳。',
      channel: 'walk_in',
      daysAgo: 6,
      steps: [{ type: 'accept' }, { type: 'start_mediation', note: '已通知双方到调解中心' }],
    },
    {
      employerId: construction,
      workers: [{ name: '钱文', phone: '13910000005' }],
      claims: [{ category: 'contract', amount: '12000.00' }],
      description: '未签订书面劳动合同，要求支付二倍工资差额。',
      channel: 'online',
      daysAgo: 30,
      steps: [{ type: 'accept' }, { type: 'start_mediation' }],
    },
    {
      employerId: restaurant,
      workers: [{ name: '陈晓燕', idNumber: idNumber('19950214', '428'), phone: '13910000006', household: 'urban' }],
      claims: [{ category: 'wages', amount: '7300.00' }],
      description: '离职时最后一个月工资及未休年休假工资未结算。',
      channel: 'walk_in',
      daysAgo: 12,
      steps: [{ type: 'accept' }, { type: 'start_mediation' }, { type: 'settle', note: '双方同意分两期支付' }],
    },
    {
      employerId: construction,
      workers: [{ name: '吴刚', phone: '13910000007', household: 'migrant' }],
      claims: [{ category: 'wages', amount: '15000.00' }],
      description: '春节前工资结算争议。',
      channel: 'hotline_12351',
      daysAgo: 40,
      steps: [{ type: 'accept' }, { type: 'start_mediation' }, { type: 'settle' }, { type: 'close', note: '协议已履行' }],
    },
    {
      employerId: restaurant,
      workers: [{ name: '刘佳', phone: '13910000008' }],
      claims: [{ category: 'contract', amount: '20000.00' }],
      description: '违法解除劳动合同，要求支付赔偿金。',
      channel: 'walk_in',
      daysAgo: 20,
      steps: [{ type: 'accept' }, { type: 'start_mediation' }, { type: 'fail', reason: '用人单位不同意支付赔偿金，告知申请仲裁' }],
    },
  ];
  const now = Date.now();
  for (const { daysAgo, steps, ...input } of demo) {
    const receivedAt = new Date(now - daysAgo * day);
    const created = await createCase(ctx, { ...input, handlerOrgId: center, receivedAt: receivedAt.toISOString() }, receivedAt);
    let version = created.version;
    for (const step of steps) version = (await appendCaseEvent(ctx, created.id, step, version)).version;
  }
}

/**
 * Legal-aid applications at 朝阳区总工会 for the review queue: a migrant's wage claim on the green
 * channel, one under review, one approved and waiting for a lawyer, one refused — through the
 * legal-aid service, as the desk would.
 */
async function insertDemoApplications(tx: Tx) {
  const { ctx, restaurant, construction } = await chaoyangDesk(tx);
  const demo: (LegalAidCreate & { daysAgo: number; steps: LegalAidEventBody[] })[] = [
    {
      channel: 'walk_in',
      applicant: { name: '王建华', idNumber: idNumber('19870605', '517'), phone: '13920000001', household: 'migrant', hardship: 'none' },
      employerId: construction,
      matter: 'wage_arrears',
      service: 'mediation',
      amount: '23000.00',
      funding: 'union_fund',
      description: '工地完工后工资被拖欠四个月。',
      daysAgo: 1,
      steps: [],
    },
    {
      channel: 'hotline_12351',
      applicant: { name: '刘梅', idNumber: idNumber('19910823', '626'), phone: '13920000002', household: 'urban', hardship: 'statement' },
      employerId: restaurant,
      matter: 'contract',
      service: 'arbitration',
      amount: '16000.00',
      funding: 'union_fund',
      description: '孕期被解除劳动合同。',
      daysAgo: 3,
      steps: [{ type: 'start_review' }],
    },
    {
      channel: 'walk_in',
      applicant: { name: '马强', idNumber: idNumber('19830211', '735'), phone: '13920000003', household: 'migrant', hardship: 'registered' },
      employerId: construction,
      matter: 'work_injury',
      service: 'litigation',
      amount: '86000.00',
      funding: 'lottery_fund',
      description: '高处坠落致伤，单位拒绝申报工伤。',
      daysAgo: 8,
      steps: [{ type: 'start_review' }, { type: 'approve' }],
    },
    {
      channel: 'online',
      applicant: { name: '高磊', idNumber: idNumber('19890330', '844'), phone: '13920000004', household: 'urban', hardship: 'none' },
      employerId: restaurant,
      matter: 'contract',
      service: 'consultation',
      amount: '5000.00',
      funding: 'union_fund',
      daysAgo: 10,
      steps: [{ type: 'start_review' }, { type: 'reject', reason: '不符合经济困难条件，已告知可申请法律咨询' }],
    },
  ];
  const now = Date.now();
  for (const { daysAgo, steps, ...input } of demo) {
    const receivedAt = new Date(now - daysAgo * day);
    const created = await createApplication(ctx, { ...input, receivedAt: receivedAt.toISOString() }, receivedAt);
    let version = created.version;
    for (const step of steps) version = (await appendApplicationEvent(ctx, created.id, step, version)).version;
  }
}

