/**
 * `pnpm bench:data`: fills the benchmark database with a city's load over the seeded Beijing
 * network: employers, enterprise mediation committees, mediators, supervisors, lawyers, cases with
 * workers and timelines, legal-aid applications with theirs, and supervision notices with their
 * events. BENCH_SCALE (default 0.01) scales every count; 1 is the production volume of
 * quality.md "Performance". The database is migrated and seeded by the server's own code first.
 *
 * Rows follow the model the server enforces: a case belongs to its handling organization's office
 * (or to the street station that took it in, which then grants the room's office access), so the
 * row-level security of a district's staff sees exactly what it would in production.
 */
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import {
  caseChannels,
  claimCategories,
  clockRules,
  idNumberCheckChar,
  isCollective,
  legalAidMatters,
  legalAidServices,
  findingCategoryLabels,
  noticeNumber,
  noticeTypes,
  type CaseStatus,
  type FindingCategory,
  type LegalAidStatus,
  type NoticeEventType,
  type NoticeStatus,
  type NoticeType,
  type OfficeKind,
} from '@union/shared';
import { openDatabase } from '../server/src/db/client.js';
import { seedDemo } from '../server/src/db/seed.js';
import { CopySink, pgArray } from './copy.js';
import { benchDatabaseUrl } from './pg.js';
import { creditCode, migrationsDir, scale } from './common.js';

const DAY = 86_400_000;
const now = Date.now();
const years3 = 3 * 365 * DAY;

// --- a seeded random source, so two runs make the same city --------------------------------------
let seed = 20_261_130;
const rand = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const int = (min: number, max: number) => min + Math.floor(rand() * (max - min + 1));
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
/** A picker over weighted choices. */
function weighted<T>(pairs: [T, number][]): () => T {
  const total = pairs.reduce((s, [, w]) => s + w, 0);
  const cum: number[] = [];
  let acc = 0;
  for (const [, w] of pairs) cum.push((acc += w / total));
  return () => {
    const r = rand();
    let lo = 0;
    let hi = cum.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cum[mid] < r) lo = mid + 1;
      else hi = mid;
    }
    return pairs[lo][0];
  };
}
/** Skewed towards the first items: a few employers see many cases. */
const skewed = <T>(xs: readonly T[]) => xs[Math.floor(xs.length * rand() ** 2.2)];
const iso = (ms: number) => new Date(ms).toISOString();

// --- people ---------------------------------------------------------------------------------------
const surnames = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const given = '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉萍红娥玲芬燕彬鹏辉斌宇浩凯健俊帆帅旭宁龙林欣佳琪晨阳博文志鑫';
const personName = () => pick([...surnames]) + pick([...given]) + (rand() < 0.6 ? pick([...given]) : '');
const phone = () => `1${pick(['3', '5', '7', '8', '9'])}${String(int(0, 999_999_999)).padStart(9, '0')}`;
/** Birthplaces: Beijing's districts for local workers, other provinces' cities for migrant ones. */
const migrantRegions = ['410402', '130102', '370102', '510104', '420102', '340102', '230102', '610102', '411302', '130602'];
function idNumber(region: string): string {
  const birth = new Date(now - int(18, 62) * 365.25 * DAY - int(0, 364) * DAY);
  const first17 = `${region}${birth.toISOString().slice(0, 10).replace(/-/g, '')}${String(int(0, 999)).padStart(3, '0')}`;
  return first17 + idNumberCheckChar(first17);
}

// --- employers ------------------------------------------------------------------------------------
const nameParts = ['华', '京', '鑫', '恒', '泰', '安', '诚', '信', '达', '兴', '盛', '源', '通', '宏', '远', '博', '创', '星', '联', '力', '中', '天', '嘉', '瑞', '新', '发', '海', '东', '建', '宇'];
const trades: [string, string][] = [
  ['科技', '信息技术'], ['软件', '软件'], ['餐饮管理', '餐饮'], ['建设工程', '建筑'], ['物流', '物流'], ['物业管理', '物业'],
  ['商贸', '批发零售'], ['制造', '制造业'], ['家政服务', '居民服务'], ['保安服务', '安保'], ['劳务派遣', '人力资源'], ['快递', '快递'],
  ['酒店管理', '住宿'], ['医药', '医药'], ['汽车销售', '批发零售'], ['文化传媒', '文化'], ['教育咨询', '教育'], ['环境工程', '环保'],
];

/** Districts of Beijing weighted by their working population (thousands, roughly). */
const districtWeights: Record<string, number> = {
  '110101': 50, '110102': 60, '110105': 160, '110106': 90, '110107': 30, '110108': 140, '110109': 12, '110111': 40,
  '110112': 60, '110113': 50, '110114': 70, '110115': 70, '110116': 14, '110117': 12, '110118': 14, '110119': 9,
};

interface Office {
  id: string;
  kind: OfficeKind;
  regionCode: string;
  path: string;
  parentId: string | null;
}
interface District {
  code: string;
  federation: Office;
  serviceCenter: Office;
  mediationCenter: Office;
  centerOrgId: string;
  /** Per street: its room's organization and office, and its station. */
  streets: { code: string; roomOrgId: string; room: Office; station: Office }[];
  employers: { id: string; regionCode: string; committeeOrgId: string | null }[];
  lawyers: string[];
}

async function main() {
  const url = benchDatabaseUrl();
  const target = await prepareDatabase(url);
  const pool = new pg.Pool({ connectionString: target, max: 8 });
  const started = Date.now();
  const counts = {
    employers: Math.round(200_000 * scale),
    cases: Math.round(1_000_000 * scale),
    legalAid: Math.round(300_000 * scale),
    notices: Math.round(100_000 * scale),
    lawyers: Math.max(20, Math.round(3_000 * scale)),
  };
  console.log(`[bench:data] BENCH_SCALE=${scale}: ${JSON.stringify(counts)}`);

  const { rows: officeRows } = await pool.query<Office>(`select id, kind, region_code as "regionCode", path, parent_id as "parentId" from offices`);
  const { rows: orgRows } = await pool.query<{ id: string; officeId: string; type: string }>(`select id, office_id as "officeId", type from mediation_orgs`);
  const beijing = officeRows.find((o) => o.kind === 'city_federation' && o.regionCode === '110000')!;
  const network = beijing.id;
  const inBeijing = officeRows.filter((o) => o.path.startsWith(beijing.path));
  const byKind = (kind: OfficeKind, parentId?: string) => inBeijing.filter((o) => o.kind === kind && (!parentId || o.parentId === parentId));
  const orgOf = (officeId: string) => orgRows.find((o) => o.officeId === officeId)!.id;
  const cityLegalCenter = byKind('city_legal_service_center')[0];
  const cityGuidance = byKind('city_mediation_guidance_center')[0];
  const cityGuidanceOrg = orgOf(cityGuidance.id);

  const districts: District[] = byKind('district_federation').map((federation) => {
    const under = (kind: OfficeKind) => byKind(kind, federation.id);
    const mediationCenter = under('district_mediation_center')[0];
    const rooms = under('street_mediation_room');
    const stations = new Map(under('street_service_station').map((s) => [s.regionCode, s]));
    return {
      code: federation.regionCode,
      federation,
      serviceCenter: under('district_service_center')[0],
      mediationCenter,
      centerOrgId: orgOf(mediationCenter.id),
      streets: rooms.map((room) => ({ code: room.regionCode, roomOrgId: orgOf(room.id), room, station: stations.get(room.regionCode)! })),
      employers: [],
      lawyers: [],
    };
  });
  const pickDistrict = weighted(districts.map((d) => [d, districtWeights[d.code] ?? 10]));

  await withIndexesDropped(pool, ['employers', 'mediation_orgs', 'mediation_org_events', 'mediators', 'supervisors', 'lawyers'], async () => {
    await registries(pool, counts, network, districts, pickDistrict, cityLegalCenter);
  });
  // loaded with triggers off: the coverage counts they keep are recounted once
  await pool.query('select coverage_rebuild()');
  console.log(`[bench:data] registries loaded in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  await withIndexesDropped(pool, ['cases', 'case_workers', 'case_events', 'case_access', 'major_reports'], async () => {
    await loadCases(pool, counts.cases, network, districts, pickDistrict, { cityGuidance, cityGuidanceOrg, cityLegalCenter });
  });
  console.log(`[bench:data] cases loaded in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  await withIndexesDropped(pool, ['legal_aid_applications', 'legal_aid_events'], async () => {
    await loadLegalAid(pool, counts.legalAid, network, districts, pickDistrict, cityLegalCenter);
  });
  console.log(`[bench:data] legal aid loaded in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  await withIndexesDropped(pool, ['notices', 'notice_events'], async () => {
    await loadNotices(pool, counts.notices, network, districts, pickDistrict);
  });
  console.log(`[bench:data] notices loaded in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  console.log('[bench:data] vacuum analyze');
  await pool.query('vacuum analyze');
  const { rows } = await pool.query(
    `select relname as table, n_live_tup::int as rows from pg_stat_user_tables where n_live_tup > 0 order by n_live_tup desc limit 14`,
  );
  console.table(rows);
  console.log(`[bench:data] done in ${((Date.now() - started) / 1000).toFixed(0)} s: ${target}`);
  await pool.end();
}

/** Our own cluster gets a fresh `bench` database each time; a given DATABASE_URL must hold no cases yet. */
async function prepareDatabase(url: string): Promise<string> {
  let target = url;
  if (!process.env.DATABASE_URL) {
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query('drop database if exists bench with (force)');
    await admin.query('create database bench');
    await admin.end();
    target = url.replace(/\/[^/]*$/, '/bench');
  }
  const database = await openDatabase({ databaseUrl: target, dataDir: '.bench' });
  await database.migrate(migrationsDir);
  // asked before seeding: the demo seed has a few cases of its own
  const check = new pg.Client({ connectionString: target });
  await check.connect();
  const { rows } = await check.query<{ n: number }>('select count(*)::int as n from cases');
  await check.end();
  if (rows[0].n > 0) {
    await database.close();
    throw new Error(`${target} already holds cases: give an empty database`);
  }
  await seedDemo(database.db);
  await database.close();
  return target;
}

/**
 * Bulk load as the owner: foreign keys and triggers are not checked row by row (the generator
 * makes consistent rows), and secondary indexes are built once at the end rather than row by row.
 */
async function withIndexesDropped(pool: pg.Pool, tables: string[], load: () => Promise<void>) {
  const { rows } = await pool.query<{ name: string; def: string }>(
    `select i.indexname as name, i.indexdef as def from pg_indexes i
     where i.schemaname = 'public' and i.tablename = any($1)
       and not exists (select 1 from pg_constraint c where c.conname = i.indexname)`,
    [tables],
  );
  for (const r of rows) await pool.query(`drop index "${r.name}"`);
  await load();
  const t = Date.now();
  // two at a time: the machine has two cores
  const queue = [...rows];
  await Promise.all(
    [0, 1].map(async () => {
      for (let r = queue.shift(); r; r = queue.shift()) await pool.query(r.def);
    }),
  );
  for (const table of tables) await pool.query(`analyze ${table}`);
  console.log(`[bench:data] ${rows.length} indexes of ${tables.join(', ')} rebuilt in ${((Date.now() - t) / 1000).toFixed(0)} s`);
}

/** A sink per table, each on its own connection with per-row checks off. */
async function sinks<K extends string>(pool: pg.Pool, specs: Record<K, [string, string[]]>) {
  const clients: pg.PoolClient[] = [];
  const out = {} as Record<K, CopySink>;
  for (const [key, [table, columns]] of Object.entries(specs) as [K, [string, string[]]][]) {
    const client = await pool.connect();
    await client.query(`set session_replication_role = replica`);
    clients.push(client);
    out[key] = new CopySink(client, table, columns);
  }
  return {
    sinks: out,
    async end() {
      for (const s of Object.values(out) as CopySink[]) await s.end();
      for (const c of clients) {
        await c.query('reset session_replication_role');
        c.release();
      }
      return Object.fromEntries((Object.entries(out) as [K, CopySink][]).map(([k, s]) => [k, s.rows]));
    },
  };
}

async function registries(
  pool: pg.Pool,
  counts: { employers: number; lawyers: number },
  network: string,
  districts: District[],
  pickDistrict: () => District,
  cityLegalCenter: Office,
) {
  const s = await sinks(pool, {
    employers: ['employers', ['id', 'name', 'credit_code', 'region_code', 'industry', 'employee_count', 'unionized', 'union_office_id', 'office_id', 'network_id', 'created_at', 'updated_at']],
    orgs: ['mediation_orgs', ['id', 'type', 'name', 'employer_id', 'office_id', 'filing_office_id', 'filing_rule', 'status', 'region_code', 'checklist', 'coordinator_name', 'phone', 'reporting_cadence', 'filed_at', 'network_id', 'created_at', 'updated_at']],
    orgEvents: ['mediation_org_events', ['id', 'org_id', 'type', 'from_status', 'to_status', 'note', 'at']],
    mediators: ['mediators', ['id', 'org_id', 'name', 'gender', 'phone', 'part_time', 'also_supervisor', 'active', 'certificate_no', 'certificate_expiry']],
    supervisors: ['supervisors', ['id', 'name', 'office_id', 'employer_id', 'phone', 'active', 'certificate_expiry']],
    lawyers: ['lawyers', ['id', 'name', 'license_no', 'firm', 'kind', 'pools', 'max_active_matters', 'active', 'office_id', 'network_id', 'phone', 'certificate_expiry']],
  });
  const { employers, orgs, orgEvents, mediators, supervisors, lawyers } = s.sinks;
  const checklist = JSON.stringify({ institution: true, sign: true, staff: true, rules: true });
  let certificate = 0;
  const mediatorsOf = async (orgId: string, n: number) => {
    for (let i = 0; i < n; i++) {
      await mediators.add([randomUUID(), orgId, personName(), rand() < 0.5 ? 'male' : 'female', phone(), rand() < 0.7, rand() < 0.1, rand() < 0.95, `TJ${String(++certificate).padStart(8, '0')}`, iso(now + int(-200, 1100) * DAY).slice(0, 10)]);
    }
  };
  // the network's own centers and rooms have their mediators too
  for (const d of districts) {
    await mediatorsOf(d.centerOrgId, int(6, 12));
    for (const st of d.streets) await mediatorsOf(st.roomOrgId, int(2, 5));
  }
  for (let i = 0; i < counts.employers; i++) {
    const d = pickDistrict();
    const street = pick(d.streets);
    const id = randomUUID();
    const [word, industry] = pick(trades);
    const name = `北京${pick(nameParts)}${pick(nameParts)}${word}有限公司${i % 7 === 0 ? `第${(i % 97) + 1}分公司` : ''}`;
    const size = Math.round(Math.exp(rand() * rand() * 9) + 3);
    const unionized = rand() < (size > 100 ? 0.85 : 0.55);
    const created = now - int(0, 1500) * DAY;
    await employers.add([id, name, creditCode(d.code, i), street.code, industry, size, unionized, unionized ? d.federation.id : null, d.federation.id, network, iso(created), iso(created)]);
    let committeeOrgId: string | null = null;
    // an enterprise committee in about one unionized employer of five, more in large ones; filed with the district center (rule 4)
    if (unionized && rand() < (size > 200 ? 0.6 : 0.12)) {
      committeeOrgId = randomUUID();
      const filed = rand() < 0.92;
      const filedAt = created + int(10, 200) * DAY;
      await orgs.add([committeeOrgId, 'enterprise_committee', `${name}劳动争议调解委员会`, id, d.federation.id, d.mediationCenter.id, 4, filed ? 'filed' : 'submitted', street.code, checklist, personName(), phone(), 'quarter', filed ? iso(filedAt) : null, network, iso(filedAt), iso(filedAt)]);
      await orgEvents.add([randomUUID(), committeeOrgId, 'file', null, filed ? 'filed' : 'submitted', null, iso(filedAt)]);
      await mediatorsOf(committeeOrgId, int(2, 5));
    }
    if (unionized && rand() < 0.3) {
      await supervisors.add([randomUUID(), personName(), d.federation.id, id, phone(), rand() < 0.93, iso(now + int(-100, 1000) * DAY).slice(0, 10)]);
    }
    d.employers.push({ id, regionCode: street.code, committeeOrgId });
  }
  const firms = ['北京市明德律师事务所', '北京市正和律师事务所', '北京市民生律师事务所', '北京市企联律师事务所', '北京市京师律师事务所', '北京市中伦文德律师事务所', '北京市盈科律师事务所', '北京市大成律师事务所'];
  for (let i = 0; i < counts.lawyers; i++) {
    const d = rand() < 0.15 ? null : pickDistrict();
    const id = randomUUID();
    const office = d ? d.serviceCenter : cityLegalCenter;
    await lawyers.add([id, personName(), `1110${String(2010 + (i % 15))}${String(i + 100).padStart(9, '0')}`, pick(firms), rand() < 0.8 ? 'social' : 'public', pgArray(rand() < 0.6 ? ['city_team'] : ['volunteer']), int(3, 8), rand() < 0.95, office.id, network, phone(), iso(now + int(-50, 1000) * DAY).slice(0, 10)]);
    (d ?? districts[0]).lawyers.push(id);
  }
  console.log('[bench:data] registries', await s.end());
}

// --- cases ----------------------------------------------------------------------------------------
const caseChannel = weighted<(typeof caseChannels)[number]>([['walk_in', 40], ['hotline_12351', 15], ['online', 20], ['arbitration_transfer', 10], ['court_entrusted', 5], ['enterprise_referral', 5], ['assigned', 5]]);
const category = weighted<(typeof claimCategories)[number]>([['wages', 45], ['contract', 15], ['social_insurance', 15], ['work_injury', 10], ['working_hours', 7], ['dispatch', 3], ['other', 5]]);
/** Where a case stands, by how long ago it came in. */
const statusByAge: [number, () => CaseStatus][] = [
  [15, weighted<CaseStatus>([['received', 25], ['accepted', 25], ['mediating', 38], ['settled', 5], ['withdrawn', 4], ['rejected', 3]])],
  [60, weighted<CaseStatus>([['received', 2], ['accepted', 4], ['mediating', 14], ['settled', 28], ['failed', 10], ['closed', 35], ['withdrawn', 4], ['rejected', 3]])],
  [Infinity, weighted<CaseStatus>([['mediating', 0.5], ['settled', 2], ['failed', 1], ['closed', 83], ['withdrawn', 7], ['rejected', 6.5]])],
];
/** The events that brought a case to its status, after the intake. */
const pathTo: Record<CaseStatus, () => string[]> = {
  received: () => [],
  accepted: () => ['accept'],
  mediating: () => ['accept', 'start_mediation'],
  settled: () => ['accept', 'start_mediation', 'settle'],
  failed: () => ['accept', 'start_mediation', 'fail'],
  closed: () => ['accept', 'start_mediation', rand() < 0.75 ? 'settle' : 'fail', 'close'],
  rejected: () => ['reject'],
  withdrawn: () => (rand() < 0.5 ? ['withdraw'] : ['accept', 'withdraw']),
};
const eventTo: Record<string, CaseStatus> = { accept: 'accepted', start_mediation: 'mediating', settle: 'settled', fail: 'failed', close: 'closed', reject: 'rejected', withdraw: 'withdrawn' };
const reasons: Record<string, string> = { reject: '不属于调解受理范围', fail: '双方分歧较大，调解不成' };
const open = new Set<CaseStatus>(['received', 'accepted', 'mediating']);
const caseDueSoonMs = clockRules['case.mediation'].dueSoonHours * 3_600_000;

async function loadCases(
  pool: pg.Pool,
  total: number,
  network: string,
  districts: District[],
  pickDistrict: () => District,
  city: { cityGuidance: Office; cityGuidanceOrg: string; cityLegalCenter: Office },
) {
  const s = await sinks(pool, {
    cases: ['cases', ['id', 'case_no', 'channel', 'source_body', 'source_region_code', 'source_reference', 'status', 'office_id', 'handler_org_id', 'employer_id', 'worker_count', 'claims', 'amount_claimed', 'description', 'collective', 'received_at', 'due_at', 'clock', 'closed_at', 'outcome', 'network_id', 'version', 'created_at', 'updated_at']],
    workers: ['case_workers', ['id', 'case_id', 'position', 'name', 'id_number', 'phone', 'household']],
    events: ['case_events', ['id', 'case_id', 'type', 'from_status', 'to_status', 'reason', 'note', 'actor_name', 'actor_office_id', 'at']],
    access: ['case_access', ['case_id', 'office_id', 'role', 'at']],
    reports: ['major_reports', ['id', 'case_id', 'office_id', 'reasons', 'reported_at', 'acknowledge_by', 'acknowledged_at']],
  });
  const { cases, workers, events, access, reports } = s.sinks;
  const counters = await seededCounters(pool, 'case_counters');
  const workerCount = weighted<[number, number]>([[[1, 1], 70], [[2, 3], 22], [[4, 9], 6], [[10, 40], 2]]);
  for (let i = 0; i < total; i++) {
    const d = pickDistrict();
    const employer = skewed(d.employers) ?? pickDistrict().employers[0];
    // who handles it: the district center, a street room (taken in by its station a third of the time), the employer's committee, or the city center
    const r = rand();
    let handlerOrg: string;
    let handlerOffice: Office;
    let responsible: Office;
    if (r < 0.05) [handlerOrg, handlerOffice, responsible] = [city.cityGuidanceOrg, city.cityGuidance, city.cityGuidance];
    else if (r < 0.12 && employer.committeeOrgId) [handlerOrg, handlerOffice, responsible] = [employer.committeeOrgId, d.federation, d.federation];
    else if (r < 0.55) {
      const st = pick(d.streets);
      [handlerOrg, handlerOffice] = [st.roomOrgId, st.room];
      responsible = rand() < 0.33 ? st.station : st.room;
    } else [handlerOrg, handlerOffice, responsible] = [d.centerOrgId, d.mediationCenter, d.mediationCenter];

    // more cases lately: the density grows over the three years
    const received = now - years3 * rand() ** 1.3;
    const ageDays = (now - received) / DAY;
    const status = statusByAge.find(([max]) => ageDays < max)![1]();
    const year = new Date(received + 8 * 3_600_000).getUTCFullYear();
    const counterKey = `${responsible.id}|${year}`;
    const seq = (counters.get(counterKey) ?? 0) + 1;
    counters.set(counterKey, seq);
    const id = randomUUID();
    const channel = caseChannel();
    const sourced = channel === 'arbitration_transfer' || channel === 'court_entrusted';
    const [lo, hi] = workerCount();
    const nWorkers = int(lo, hi);
    const collective = isCollective(nWorkers);
    const claims = [...new Set(Array.from({ length: int(1, 3) }, category))].map((c) => ({ category: c, amount: (int(20, 3000) * 100 * (collective ? nWorkers : 1)).toFixed(2) }));
    const amount = claims.reduce((sum, c) => sum + Number(c.amount), 0).toFixed(2);

    // the timeline: each event a few days after the one before
    const path = pathTo[status]();
    let at = received;
    const steps = path.map((type) => ({ type, at: (at = Math.min(now - 60_000, at + int(1, 10) * DAY * rand() + 3_600_000)) }));
    const closedAt = open.has(status) ? null : steps[steps.length - 1].at;
    const due = received + 15 * DAY;
    const clock = !open.has(status) ? 'stopped' : due <= now ? 'overdue' : due <= now + caseDueSoonMs ? 'due_soon' : 'running';
    const outcome = status === 'settled' || status === 'failed' ? status : status === 'closed' ? (path.includes('settle') ? 'settled' : 'failed') : null;

    await cases.add([
      id, `${year}-${responsible.regionCode}-${responsible.id.slice(0, 4).toUpperCase()}-${String(seq).padStart(5, '0')}`, channel,
      sourced ? (channel === 'arbitration_transfer' ? `${d.code.slice(0, 6)}劳动人事争议仲裁委员会` : `北京市${d.code}人民法院`) : null,
      sourced ? d.code : null, sourced ? `京劳仲字〔${year}〕第${int(1, 9999)}号` : null,
      status, responsible.id, handlerOrg, employer.id, nWorkers, JSON.stringify(claims), amount,
      `${claims.map((c) => c.category).join('、')}纠纷，申请调解`, collective, iso(received), iso(due), clock,
      closedAt === null ? null : iso(closedAt), outcome, network, 1 + path.length, iso(received), iso(steps.length ? steps[steps.length - 1].at : received),
    ]);
    if (responsible !== handlerOffice) await access.add([id, handlerOffice.id, 'handler', iso(received)]);
    const household = rand() < 0.45 ? 'migrant' : 'urban';
    for (let w = 0; w < nWorkers; w++) {
      const region = household === 'migrant' ? pick(migrantRegions) : d.code;
      await workers.add([randomUUID(), id, w, personName(), rand() < 0.9 ? idNumber(region) : null, phone(), household]);
    }
    const actorOffice = responsible.id;
    await events.add([randomUUID(), id, 'receive', null, 'received', null, channel, '登记员', actorOffice, iso(received)]);
    let from: CaseStatus = 'received';
    for (const step of steps) {
      const to = eventTo[step.type];
      await events.add([randomUUID(), id, step.type, from, to, reasons[step.type] ?? null, null, '调解员', handlerOffice.id, iso(step.at)]);
      from = to;
    }
    if (collective) {
      const ack = received + int(1, 30) * 3_600_000;
      await reports.add([randomUUID(), id, city.cityLegalCenter.id, pgArray(['collective']), iso(received), iso(received + DAY), ack < now ? iso(ack) : null]);
      await access.add([id, city.cityLegalCenter.id, 'report', iso(received)]);
    }
  }
  const loaded = await s.end();
  // the next intake numbers on from what was loaded
  const values = [...counters].map(([key, last]) => {
    const [office, year] = key.split('|');
    return `('${office}', ${year}, ${last})`;
  });
  for (let i = 0; i < values.length; i += 1000) {
    await pool.query(`insert into case_counters (office_id, year, last) values ${values.slice(i, i + 1000).join(',')} on conflict (office_id, year) do update set last = greatest(case_counters.last, excluded.last)`);
  }
  console.log('[bench:data] cases', loaded);
}

// --- legal aid ------------------------------------------------------------------------------------
const legalAidStatusByAge: [number, () => LegalAidStatus][] = [
  [7, weighted<LegalAidStatus>([['submitted', 35], ['under_review', 35], ['needs_materials', 10], ['approved', 10], ['rejected', 5], ['assigned', 5]])],
  [60, weighted<LegalAidStatus>([['under_review', 3], ['needs_materials', 3], ['approved', 4], ['rejected', 12], ['assigned', 18], ['in_progress', 45], ['closed', 15]])],
  [Infinity, weighted<LegalAidStatus>([['rejected', 12], ['in_progress', 6], ['closed', 82]])],
];
const legalAidPath: Record<LegalAidStatus, string[]> = {
  submitted: [],
  under_review: ['start_review'],
  needs_materials: ['start_review', 'request_materials'],
  approved: ['start_review', 'approve'],
  rejected: ['start_review', 'reject'],
  assigned: ['start_review', 'approve', 'assign'],
  in_progress: ['start_review', 'approve', 'assign', 'start'],
  closed: ['start_review', 'approve', 'assign', 'start', 'close'],
};
const legalAidEventTo: Record<string, LegalAidStatus> = { start_review: 'under_review', request_materials: 'needs_materials', approve: 'approved', reject: 'rejected', assign: 'assigned', start: 'in_progress', close: 'closed' };
const decisionRule = clockRules['legal_aid.decision'];
const assignmentRule = clockRules['legal_aid.assignment'];

/** The numbers the seed's own records took, by office and year (`<office id>|<year>`): the generated ones number on from them. */
async function seededCounters(pool: pg.Pool, table: 'case_counters' | 'legal_aid_counters' | 'notice_counters') {
  const { rows } = await pool.query<{ key: string; last: number }>(`select office_id || '|' || year as key, last from ${table}`);
  return new Map(rows.map((r) => [r.key, r.last]));
}

async function loadLegalAid(pool: pg.Pool, total: number, network: string, districts: District[], pickDistrict: () => District, cityLegalCenter: Office) {
  const s = await sinks(pool, {
    apps: ['legal_aid_applications', ['id', 'application_no', 'channel', 'status', 'office_id', 'intake_office_id', 'applicant_name', 'id_number', 'phone', 'household', 'hardship', 'employer_id', 'matter', 'service', 'amount', 'funding', 'description', 'hardship_exempt', 'green_channel', 'received_at', 'decision_due_at', 'decided_at', 'approved_at', 'assignment_due_at', 'clock_rule', 'due_at', 'clock', 'lawyer_id', 'assigned_at', 'rejection_reason', 'outcome', 'amount_recovered', 'closed_at', 'network_id', 'version', 'created_at', 'updated_at']],
    events: ['legal_aid_events', ['id', 'application_id', 'type', 'from_status', 'to_status', 'reason', 'note', 'lawyer_id', 'outcome', 'actor_name', 'actor_office_id', 'at']],
  });
  const { apps, events } = s.sinks;
  const counters = await seededCounters(pool, 'legal_aid_counters');
  const channel = weighted([['walk_in', 50], ['online', 25], ['hotline_12351', 20], ['other_locality', 5]]);
  const hardship = weighted([['registered', 20], ['statement', 50], ['none', 30]]);
  const matter = weighted<(typeof legalAidMatters)[number]>([['wage_arrears', 50], ['work_injury', 18], ['contract', 15], ['social_insurance', 10], ['other', 7]]);
  const service = weighted<(typeof legalAidServices)[number]>([['consultation', 15], ['document_drafting', 10], ['mediation', 25], ['arbitration', 35], ['litigation', 15]]);
  const allLawyers = districts.flatMap((d) => d.lawyers);
  for (let i = 0; i < total; i++) {
    const d = pickDistrict();
    const r = rand();
    const office = r < 0.1 ? cityLegalCenter : r < 0.7 ? d.serviceCenter : r < 0.9 ? pick(d.streets).station : d.federation;
    const employer = skewed(d.employers) ?? districts[0].employers[0];
    const received = now - years3 * rand() ** 1.3;
    const ageDays = (now - received) / DAY;
    const status = legalAidStatusByAge.find(([max]) => ageDays < max)![1]();
    const year = new Date(received + 8 * 3_600_000).getUTCFullYear();
    const key = `${office.id}|${year}`;
    const seq = (counters.get(key) ?? 0) + 1;
    counters.set(key, seq);
    const id = randomUUID();
    const h = hardship();
    const green = h === 'registered' || rand() < 0.08;
    const household = rand() < 0.5 ? 'migrant' : 'urban';
    const path = legalAidPath[status];
    let at = received;
    const steps = path.map((type) => ({ type, at: (at = Math.min(now - 60_000, at + int(1, 6) * DAY * rand() + 3_600_000)) }));
    const when = (type: string) => steps.find((st) => st.type === type)?.at ?? null;
    const decisionDue = received + decisionRule.length * DAY;
    const decided = when('approve') ?? when('reject');
    const approved = when('approve');
    const assignmentDue = approved === null ? null : approved + (assignmentRule.length + 2) * DAY;
    const onDecision = status === 'submitted' || status === 'under_review' || status === 'needs_materials';
    const onAssignment = status === 'approved';
    const dueAt = onDecision ? decisionDue : onAssignment ? assignmentDue! : null;
    const dueSoon = (onDecision ? decisionRule : assignmentRule).dueSoonHours * 3_600_000;
    const clock = dueAt === null ? 'stopped' : dueAt <= now ? 'overdue' : dueAt <= now + dueSoon ? 'due_soon' : 'running';
    const lawyer = when('assign') !== null ? pick(d.lawyers.length ? d.lawyers : allLawyers) : null;
    const closed = when('close');
    const outcome = closed !== null ? pick(['won', 'settled', 'settled', 'lost', 'withdrawn']) : null;
    const amount = int(10, 2000) * 100;
    await apps.add([
      id, `FY${year}-${office.regionCode}-${office.id.slice(0, 4).toUpperCase()}-${String(seq).padStart(5, '0')}`, channel(), status, office.id, office.id,
      personName(), idNumber(household === 'migrant' ? pick(migrantRegions) : d.code), phone(), household, h, employer.id, matter(), service(), amount.toFixed(2),
      rand() < 0.8 ? 'union_fund' : 'lottery_fund', '申请法律援助，追索劳动报酬', h !== 'none', green, iso(received), iso(decisionDue),
      decided === null ? null : iso(decided), approved === null ? null : iso(approved), assignmentDue === null ? null : iso(assignmentDue),
      onDecision ? 'legal_aid.decision' : onAssignment ? 'legal_aid.assignment' : null, dueAt === null ? null : iso(dueAt), clock, lawyer,
      when('assign') === null ? null : iso(when('assign')!), status === 'rejected' ? '不符合经济困难标准' : null, outcome,
      outcome === 'won' || outcome === 'settled' ? (amount * (0.5 + rand() / 2)).toFixed(2) : null, closed === null ? null : iso(closed), network,
      1 + path.length, iso(received), iso(steps.length ? steps[steps.length - 1].at : received),
    ]);
    await events.add([randomUUID(), id, 'submit', null, 'submitted', null, 'walk_in', null, null, '受理员', office.id, iso(received)]);
    let from: LegalAidStatus = 'submitted';
    for (const step of steps) {
      const to = legalAidEventTo[step.type];
      await events.add([randomUUID(), id, step.type, from, to, step.type === 'reject' ? '不符合经济困难标准' : step.type === 'request_materials' ? '请补充劳动合同' : null, null, step.type === 'assign' ? lawyer : null, step.type === 'close' ? outcome : null, '审查员', office.id, iso(step.at)]);
      from = to;
    }
  }
  const loaded = await s.end();
  const values = [...counters].map(([key, last]) => {
    const [office, year] = key.split('|');
    return `('${office}', ${year}, ${last})`;
  });
  for (let i = 0; i < values.length; i += 1000) {
    await pool.query(`insert into legal_aid_counters (office_id, year, last) values ${values.slice(i, i + 1000).join(',')} on conflict (office_id, year) do update set last = greatest(legal_aid_counters.last, excluded.last)`);
  }
  console.log('[bench:data] legal aid', loaded);
}

// --- supervision notices --------------------------------------------------------------------------
/** How far a ladder climbs: most employers put things right after a reminder. */
const ladderTop = weighted<NoticeType>([['reminder', 62], ['opinion', 27], ['recommendation', 8], ['publication', 3]]);
const legalBases: Partial<Record<FindingCategory, string>> = {
  contract: '《中华人民共和国劳动合同法》第十条',
  wages: '《中华人民共和国劳动法》第五十条、《保障农民工工资支付条例》第十五条',
  working_hours: '《中华人民共和国劳动法》第四十一条',
  social_insurance: '《中华人民共和国社会保险法》第五十八条',
};
const opinionRule = clockRules['notice.opinion_rectification'];
/** 15 working days, roughly: the generator does not need the holiday calendar to the day. */
const opinionDeadlineMs = Math.ceil((opinionRule.length * 7) / 5) * DAY;

/**
 * Supervision notices (劳动法律监督提示函、意见书、建议书、公布) as ladders: each climbs reminder →
 * opinion → recommendation → publication for one employer and breach, every rung escalated by the one
 * issued on top of it (an opinion marked serious may open a ladder). Issued by the district
 * federation or a street station; publications approved by the district federation. Numbers run
 * per issuing office and year; opinions carry their rectification deadline.
 */
async function loadNotices(pool: pg.Pool, total: number, network: string, districts: District[], pickDistrict: () => District) {
  const { rows: names } = await pool.query<{ id: string; name: string }>(`select id, name from offices`);
  const officeName = new Map(names.map((o) => [o.id, o.name]));
  const s = await sinks(pool, {
    notices: ['notices', ['id', 'notice_no', 'type', 'status', 'office_id', 'employer_id', 'categories', 'facts', 'legal_basis', 'serious', 'previous_notice_id', 'issued_at', 'deadline_at', 'ready_to_escalate_at', 'responded_at', 'rectified_at', 'published_at', 'approved_by_office_id', 'closed_at', 'network_id', 'version', 'created_at', 'updated_at']],
    events: ['notice_events', ['id', 'notice_id', 'type', 'from_status', 'to_status', 'note', 'actor_name', 'actor_office_id', 'at']],
  });
  const { notices, events } = s.sinks;
  const counters = await seededCounters(pool, 'notice_counters');
  const number = (office: string, at: number) => {
    const year = new Date(at + 8 * 3_600_000).getUTCFullYear();
    const key = `${office}|${year}`;
    const seq = (counters.get(key) ?? 0) + 1;
    counters.set(key, seq);
    return noticeNumber(officeName.get(office)!, year, seq);
  };
  const categoryPick = weighted<FindingCategory>([['wages', 40], ['contract', 20], ['working_hours', 15], ['social_insurance', 15], ['safety_health', 4], ['dispatch', 4], ['female_workers', 2]]);
  let written = 0;
  while (written < total) {
    const d = pickDistrict();
    const employer = skewed(d.employers) ?? districts[0].employers[0];
    const issuer = rand() < 0.7 ? d.federation : pick(d.streets).station;
    const categories = [...new Set([categoryPick(), ...(rand() < 0.3 ? [categoryPick()] : [])])];
    const facts = `该单位存在${categories.map((c) => findingCategoryLabels[c].zh).join('、')}方面的违法行为，经法律体检查实。`;
    const legalBasis = categories.map((c) => legalBases[c] ?? '《中华人民共和国工会法》第二十二条').join('；');
    const serious = rand() < 0.05;
    const top = ladderTop();
    const rungs = noticeTypes.slice(serious && top !== 'reminder' ? 1 : 0, noticeTypes.indexOf(top) + 1).slice(0, total - written);
    let at = now - years3 * rand() ** 1.3;
    let previous: string | null = null;
    for (const [i, type] of rungs.entries()) {
      const id = randomUUID();
      const last = i === rungs.length - 1;
      const created = at;
      // the top rung may still be a draft when recent
      const draft = last && now - created < 10 * DAY && rand() < 0.3;
      const issued = draft ? null : Math.min(now - 60_000, created + int(1, 48) * 3_600_000);
      const evs: { type: NoticeEventType; from: NoticeStatus; to: NoticeStatus; at: number }[] = [];
      let status = 'draft' as NoticeStatus;
      const move = (type: NoticeEventType, to: NoticeStatus, when: number) => {
        evs.push({ type, from: status, to, at: when });
        status = to;
      };
      let deadline: number | null = null;
      let responded: number | null = null;
      let rectified: number | null = null;
      let closed: number | null = null;
      let next = issued;
      if (issued !== null) {
        move(type === 'publication' ? 'approve_publication' : 'issue', 'issued', issued);
        if (type === 'opinion') deadline = issued + opinionDeadlineMs;
        if (type !== 'publication' && rand() < 0.6 && issued + 3 * DAY < now) move('respond', 'responded', (responded = issued + int(2, 10) * DAY * rand() + DAY));
        // the next rung: a recommendation waits out the opinion's deadline
        next = Math.max(responded ?? issued, issued + (type === 'opinion' ? opinionDeadlineMs : int(10, 30) * DAY)) + int(1, 10) * DAY;
        if (!last && next < now) move('escalate', 'escalated', next);
        else if (type !== 'publication') {
          const settleAt = (responded ?? issued) + int(5, 40) * DAY;
          if (settleAt < now) {
            if (rand() < 0.8) move('rectify', 'rectified', (rectified = settleAt));
            else move('close', 'closed', (closed = settleAt));
          }
        }
      }
      const ready = type === 'opinion' && (status === 'issued' || status === 'responded') && deadline !== null && deadline < now ? deadline + DAY : null;
      const updated = evs.length ? evs[evs.length - 1].at : created;
      await notices.add([
        id, issued === null ? null : number(issuer.id, issued), type, status, issuer.id, employer.id, pgArray(categories), facts, legalBasis,
        serious && i === 0 && type === 'opinion', previous, issued === null ? null : iso(issued), deadline === null ? null : iso(deadline),
        ready === null ? null : iso(ready), responded === null ? null : iso(responded), rectified === null ? null : iso(rectified),
        type === 'publication' && issued !== null ? iso(issued) : null, type === 'publication' && issued !== null ? d.federation.id : null,
        closed === null ? null : iso(closed), network, 1 + evs.length, iso(created), iso(updated),
      ]);
      for (const e of evs) {
        const actorOffice = e.type === 'approve_publication' ? d.federation.id : issuer.id;
        await events.add([randomUUID(), id, e.type, e.from, e.to, e.type === 'respond' ? '单位书面答复，承诺整改' : null, '监督员', actorOffice, iso(e.at)]);
      }
      written++;
      previous = id;
      if (status !== 'escalated') break;
      at = next!;
    }
  }
  const loaded = await s.end();
  const values = [...counters].map(([key, last]) => {
    const [office, year] = key.split('|');
    return `('${office}', ${year}, ${last})`;
  });
  for (let i = 0; i < values.length; i += 1000) {
    await pool.query(`insert into notice_counters (office_id, year, last) values ${values.slice(i, i + 1000).join(',')} on conflict (office_id, year) do update set last = greatest(notice_counters.last, excluded.last)`);
  }
  console.log('[bench:data] notices', loaded);
}

await main();
