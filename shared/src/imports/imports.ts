import { caseChannelLabels, claimCategoryLabels } from '../cases/cases.js';
import type { Label } from '../common/i18n.js';
import {
  fundingProgrammeLabels,
  hardshipLabels,
  householdLabels,
  legalAidChannelLabels,
  legalAidMatterLabels,
  legalAidServiceLabels,
} from '../legal-aid/legal-aid.js';
import { checklistItems, checklistLabels, mediationOrgTypeLabels, reportingCadenceLabels } from '../mediation-orgs/mediation-orgs.js';
import { genderLabels, lawyerKindLabels, lawyerPoolLabels } from '../people/people.js';
import type { Permission } from '../users/roles.js';

/** The records a file can load (api.md "Bulk imports"). */
export const importResources = ['employers', 'mediation-orgs', 'mediators', 'lawyers', 'cases', 'legal-aid'] as const;
export type ImportResource = (typeof importResources)[number];

export const importResourceLabels: Record<ImportResource, Label> = {
  employers: { zh: '用人单位', en: 'Employers' },
  'mediation-orgs': { zh: '调解组织', en: 'Mediation organizations' },
  mediators: { zh: '调解员', en: 'Mediators' },
  lawyers: { zh: '律师', en: 'Lawyers' },
  cases: { zh: '争议案件', en: 'Dispute cases' },
  'legal-aid': { zh: '法律援助申请', en: 'Legal-aid applications' },
};

/**
 * One CSV column. `field` is the API field; `a.b` is a nested field, and `a[].b` a field of each
 * item of the list `a`: the cell holds one value per item, separated by `;` (or `；`).
 */
export interface ImportColumn {
  field: string;
  /** The column name users see; the Chinese one heads the template. */
  label: Label;
  kind: 'text' | 'integer' | 'boolean' | 'list';
  /** An enumerated field: its labels (either language) are read as its values. */
  values?: Record<string, Label>;
}

const col = (field: string, zh: string, en: string, kind: ImportColumn['kind'] = 'text', values?: Record<string, Label>): ImportColumn => ({
  field,
  label: { zh, en },
  kind,
  ...(values && { values }),
});
const externalId = col('externalId', '外部编号', 'External ID');

/** The alias tables: API names and the admin app's Chinese labels, per resource. */
export const importColumns: Record<ImportResource, readonly ImportColumn[]> = {
  employers: [
    externalId,
    col('name', '单位名称', 'Name'),
    col('creditCode', '统一社会信用代码', 'Credit code'),
    col('regionCode', '所在街道代码', 'Street code'),
    col('industry', '行业', 'Industry'),
    col('employeeCount', '职工人数', 'Employees', 'integer'),
    col('unionized', '是否建会', 'Unionized', 'boolean'),
    col('unionOfficeId', '工会隶属', 'Union office'),
    col('groupId', '所属集团', 'Group'),
    col('officeId', '管理机构', 'Kept by'),
  ],
  'mediation-orgs': [
    externalId,
    col('type', '组织类型', 'Type', 'text', mediationOrgTypeLabels),
    col('name', '组织名称', 'Name'),
    col('employerId', '用人单位', 'Employer'),
    col('officeId', '报送单位', 'Submitting office'),
    ...checklistItems.map((i) => col(`checklist.${i}`, checklistLabels[i].zh, checklistLabels[i].en, 'boolean')),
    col('coordinatorName', '协调员姓名', 'Coordinator'),
    col('phone', '联系电话', 'Phone'),
    col('address', '地址', 'Address'),
    col('reportingCadence', '信息报送周期', 'Reporting cadence', 'text', reportingCadenceLabels),
    col('overrideReason', '备案机关调整理由', 'Override reason'),
  ],
  mediators: [
    externalId,
    col('orgId', '所属调解组织', 'Organization'),
    col('name', '姓名', 'Name'),
    col('gender', '性别', 'Gender', 'text', genderLabels),
    col('phone', '联系电话', 'Phone'),
    col('partTime', '兼职', 'Part-time', 'boolean'),
    col('alsoSupervisor', '兼任监督员', 'Also supervisor', 'boolean'),
    col('active', '在岗', 'Active', 'boolean'),
    col('certificateNo', '证书编号', 'Certificate no.'),
    col('certificateExpiry', '证书有效期至', 'Certificate expiry'),
  ],
  lawyers: [
    externalId,
    col('name', '姓名', 'Name'),
    col('licenseNo', '执业证号', 'Licence no.'),
    col('firm', '律师事务所', 'Law firm'),
    col('kind', '律师类别', 'Kind', 'text', lawyerKindLabels),
    col('pools', '服务队伍', 'Pools', 'list', lawyerPoolLabels),
    col('maxActiveMatters', '在办援助案件上限', 'Max active matters', 'integer'),
    col('active', '在岗', 'Active', 'boolean'),
    col('phone', '联系电话', 'Phone'),
    col('certificateExpiry', '执业证有效期至', 'Licence expiry'),
    col('officeId', '管理机构', 'Kept by'),
  ],
  cases: [
    externalId,
    col('channel', '来源渠道', 'Channel', 'text', caseChannelLabels),
    col('employerId', '用人单位', 'Employer'),
    col('handlerOrgId', '承办调解组织', 'Handling organization'),
    col('workers[].name', '职工姓名', 'Worker name'),
    col('workers[].idNumber', '身份证号', 'ID number'),
    col('workers[].phone', '联系电话', 'Phone'),
    col('claims[].category', '争议类别', 'Category', 'text', claimCategoryLabels),
    col('claims[].amount', '请求金额（元）', 'Amount (yuan)'),
    col('description', '案情简介', 'Description'),
    col('source.body', '来源机关', 'Source body'),
    col('source.regionCode', '来源机关所在区县', 'Source district'),
    col('source.reference', '来源文号', 'Source reference'),
    col('massIncident', '职工群体性事件', 'Mass incident', 'boolean'),
    col('major', '重大案件', 'Major', 'boolean'),
    col('receivedAt', '收案时间', 'Received at'),
  ],
  'legal-aid': [
    externalId,
    col('channel', '申请渠道', 'Channel', 'text', legalAidChannelLabels),
    col('applicant.name', '申请人姓名', 'Applicant'),
    col('applicant.idNumber', '身份证号', 'ID number'),
    col('applicant.phone', '联系电话', 'Phone'),
    col('applicant.household', '户籍类型', 'Household', 'text', householdLabels),
    col('applicant.hardship', '经济困难证明', 'Hardship', 'text', hardshipLabels),
    col('employerId', '用人单位', 'Employer'),
    col('matter', '援助事项', 'Matter', 'text', legalAidMatterLabels),
    col('service', '服务方式', 'Service', 'text', legalAidServiceLabels),
    col('amount', '涉案金额（元）', 'Amount (yuan)'),
    col('funding', '资金渠道', 'Funding', 'text', fundingProgrammeLabels),
    col('description', '案情简介', 'Description'),
    col('receivedAt', '收件时间', 'Received at'),
  ],
};

/** The column a header names: the API field, or its label in either language (spaces and case ignored). */
export function importColumnFor(resource: ImportResource, header: string): ImportColumn | null {
  const h = header.replace(/^\uFEFF/, '').trim().toLowerCase();
  return importColumns[resource].find((c) => c.field.toLowerCase() === h || c.label.zh === h || c.label.en.toLowerCase() === h) ?? null;
}

const truthy = new Set(['是', 'true', '1', 'y', 'yes', '有']);
const falsy = new Set(['否', 'false', '0', 'n', 'no', '无']);

function cellValue(column: ImportColumn, raw: string): unknown {
  const fromLabel = (v: string) => {
    if (!column.values) return v;
    const hit = Object.entries(column.values).find(([value, l]) => value === v || l.zh === v || l.en.toLowerCase() === v.toLowerCase());
    return hit ? hit[0] : v;
  };
  switch (column.kind) {
    case 'boolean': {
      const v = raw.toLowerCase();
      return truthy.has(v) ? true : falsy.has(v) ? false : raw;
    }
    case 'integer':
      return /^-?\d{1,15}$/.test(raw) ? Number(raw) : raw;
    case 'list':
      return splitCell(raw).filter(Boolean).map(fromLabel);
    default:
      return fromLabel(raw);
  }
}

/** The items of a list cell, by position: an empty item leaves that item's field out. */
const splitCell = (raw: string) => raw.split(/[;；]/).map((s) => s.trim());

/**
 * A CSV row (cells by column) as the body a single create takes. Empty cells are left out, so the
 * create's own defaults and `required` checks apply; values stay as written where they do not
 * convert, for the create's schema to refuse with the field's name.
 */
export function importRowBody(cells: readonly (readonly [ImportColumn, string])[]): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const [column, raw] of cells) {
    const text = raw.trim();
    if (!text) continue;
    const list = column.field.match(/^(\w+)\[\]\.(\w+)$/);
    if (list) {
      const items = (body[list[1]] ??= []) as Record<string, unknown>[];
      splitCell(text).forEach((v, i) => {
        const item = (items[i] ??= {});
        if (v) item[list[2]] = cellValue(column, v);
      });
      continue;
    }
    const [head, sub] = column.field.split('.');
    if (sub) ((body[head] ??= {}) as Record<string, unknown>)[sub] = cellValue(column, text);
    else body[head] = cellValue(column, text);
  }
  return body;
}

/** The template file of a resource: its Chinese headers, UTF-8 with BOM so Excel opens it. */
export function importTemplate(resource: ImportResource): string {
  return `\uFEFF${importColumns[resource].map((c) => c.label.zh).join(',')}\r\n`;
}

export const importModes = ['atomic', 'partial'] as const;
/** The permission an import needs: the one a single create of the resource needs. */
export const importPermissions: Record<ImportResource, Permission> = {
  employers: 'employers:write',
  'mediation-orgs': 'mediation_orgs:write',
  mediators: 'people:write',
  lawyers: 'people:write',
  cases: 'cases:write',
  'legal-aid': 'legal_aid:write',
};
