/**
 * Excel (.xlsx) exports, built in the browser from the JSON pages of a list. This module and
 * ExcelJS load only when someone exports (ExportButton imports it on click), never with a page.
 */
import ExcelJS from 'exceljs';
import {
  AuditEntry,
  Case,
  ExpiringCertificate,
  Employer,
  LaborWarning,
  Lawyer,
  LegalAidApplication,
  MajorReport,
  MediationOrg,
  Mediator,
  Notification,
  Office,
  ReportStandingRow,
  Subsidy,
  Supervisor,
  User,
  caseChannelLabels,
  caseClockLabels,
  caseStatusLabels,
  certificateStandingLabels,
  claimCategoryLabels,
  exportColumns,
  exportLabel,
  exportListSeparator,
  exportRow,
  filingStatusLabels,
  fundingProgrammeLabels,
  genderLabels,
  hardshipLabels,
  householdLabels,
  labelIn,
  lawyerKindLabels,
  lawyerPoolLabels,
  legalAidChannelLabels,
  legalAidMatterLabels,
  legalAidOutcomeLabels,
  legalAidServiceLabels,
  subsidyStatusLabels,
  legalAidStatusLabels,
  majorReportReasonLabels,
  mediationOrgTypeLabels,
  notificationKindLabels,
  officeKindRules,
  officeTierLabels,
  reportStandingLabels,
  reportingCadenceLabels,
  roleLabels,
  warningKindLabels,
  warningLevelLabels,
  type ExportKind,
  type ExportValue,
  type Label,
  type Language,
} from '@union/shared';
import { request } from './api';
import { exportFileName, saveFile, withoutPaging, type ExportList, type Query } from './export';
import { currentLanguage } from './i18n';

type Labels = Record<string, Label>;

interface ListExport {
  item: unknown;
  /** Codes a reader wants in words: field path → the code's label. */
  words?: Record<string, Labels>;
  /** The list answers whole (`{items}`), not page by page. */
  whole?: boolean;
}

const officeKindLabels: Labels = Object.fromEntries(Object.entries(officeKindRules).map(([kind, rule]) => [kind, rule.label]));
const applicant = { 'applicant.household': householdLabels, 'applicant.hardship': hardshipLabels };

const lists: Record<ExportList, ListExport> = {
  cases: {
    item: Case,
    words: { channel: caseChannelLabels, status: caseStatusLabels, clock: caseClockLabels, 'claims.category': claimCategoryLabels, 'workers.household': householdLabels, handlerOrgType: mediationOrgTypeLabels },
  },
  'major-reports': { item: MajorReport, words: { reasons: majorReportReasonLabels } },
  'legal-aid': {
    item: LegalAidApplication,
    words: { status: legalAidStatusLabels, channel: legalAidChannelLabels, matter: legalAidMatterLabels, service: legalAidServiceLabels, funding: fundingProgrammeLabels, outcome: legalAidOutcomeLabels, clock: caseClockLabels, ...applicant },
  },
  subsidies: { item: Subsidy, words: { funding: fundingProgrammeLabels, service: legalAidServiceLabels, status: subsidyStatusLabels } },
  employers: { item: Employer },
  'mediation-orgs': { item: MediationOrg, words: { type: mediationOrgTypeLabels, status: filingStatusLabels, reportingCadence: reportingCadenceLabels } },
  'org-reports/standing': { item: ReportStandingRow, words: { type: mediationOrgTypeLabels, standing: reportStandingLabels }, whole: true },
  mediators: { item: Mediator, words: { gender: genderLabels, certificateStanding: certificateStandingLabels } },
  supervisors: { item: Supervisor, words: { certificateStanding: certificateStandingLabels } },
  lawyers: { item: Lawyer, words: { kind: lawyerKindLabels, pools: lawyerPoolLabels, certificateStanding: certificateStandingLabels } },
  'certificates/expiring': { item: ExpiringCertificate, words: { kind: roleLabels, standing: certificateStandingLabels } },
  warnings: { item: LaborWarning, words: { kind: warningKindLabels, level: warningLevelLabels } },
  notifications: { item: Notification, words: { kind: notificationKindLabels } },
  users: { item: User, words: { roles: roleLabels } },
  offices: { item: Office, words: { kind: officeKindLabels, tier: officeTierLabels } },
};

/** One worksheet: headings, what each column holds, and the rows. */
export interface Sheet {
  name: string;
  columns: { header: string; kind: ExportKind }[];
  rows: ExportValue[][];
}

const yesNo = { true: { zh: '是', en: 'Yes' }, false: { zh: '否', en: 'No' } };

/** A cell as a spreadsheet reads it: money and counts as numbers, times as dates, yes/no in words. */
function cell(value: ExportValue, kind: ExportKind, lang: Language): ExcelJS.CellValue {
  if (value === null || value === '') return null;
  switch (kind) {
    case 'money':
    case 'integer':
    case 'number':
      return typeof value === 'number' ? value : Number(value);
    case 'boolean':
      return labelIn(yesNo[String(value) as 'true' | 'false'], lang);
    case 'timestamp': {
      // Excel has no time zones: the cell shows the wall-clock time of the user's zone
      const at = new Date(String(value));
      return new Date(at.getTime() - at.getTimezoneOffset() * 60_000);
    }
    default:
      return value;
  }
}

const formats: Partial<Record<ExportKind, string>> = { money: '#,##0.00', timestamp: 'yyyy-mm-dd hh:mm', integer: '0' };

/** Builds the workbook; the sheets' names are cut to Excel's 31 characters. */
export async function workbook(sheets: Sheet[], lang: Language = currentLanguage()): Promise<Blob> {
  const book = new ExcelJS.Workbook();
  for (const sheet of sheets) {
    const ws = book.addWorksheet(sheet.name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.columns = sheet.columns.map((c) => ({ header: c.header, width: Math.min(40, Math.max(10, c.header.length * 2 + 2)), style: formats[c.kind] ? { numFmt: formats[c.kind] } : {} }));
    ws.getRow(1).font = { bold: true };
    for (const row of sheet.rows) ws.addRow(row.map((value, i) => cell(value, sheet.columns[i].kind, lang)));
  }
  const buffer = await book.xlsx.writeBuffer();
  return new Blob([buffer], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
}

/** Every item of the list with the view's filters, page after page of the largest size. */
async function fetchAll(list: ExportList, query: Query, whole: boolean): Promise<unknown[]> {
  if (whole) return (await request<{ items: unknown[] }>(`/${list}`, { query })).items;
  const items: unknown[] = [];
  let cursor: string | undefined;
  do {
    const page = await request<{ items: unknown[]; nextCursor: string | null }>(`/${list}`, { query: { ...query, limit: 500, cursor } });
    items.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return items;
}

/** The whole filtered list as an Excel file, with headings and codes in the user's language. */
export async function downloadListXlsx(list: ExportList, query: Query, title: string): Promise<void> {
  const lang = currentLanguage();
  const { item, words = {}, whole = false } = lists[list];
  const columns = exportColumns(item);
  const items = await fetchAll(list, withoutPaging(query), whole);
  const rows = items.map((it) =>
    exportRow(columns, it).map((value, i) => {
      const labels = words[columns[i].path];
      if (!labels || typeof value !== 'string') return value;
      return value
        .split(exportListSeparator)
        .map((code) => (labels[code] ? labelIn(labels[code], lang) : code))
        .join(exportListSeparator);
    }),
  );
  const sheet: Sheet = { name: title, columns: columns.map((c) => ({ header: exportLabel(c.path, lang, list), kind: c.kind })), rows };
  saveFile(await workbook([sheet], lang), exportFileName(title, 'xlsx'));
}

/** Sheets built on the page (figures rather than a list) as an Excel file. */
export async function downloadSheetsXlsx(sheets: Sheet[], title: string): Promise<void> {
  saveFile(await workbook(sheets), exportFileName(title, 'xlsx'));
}
