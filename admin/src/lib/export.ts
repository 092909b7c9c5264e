import { requestBlob } from './api';

export type Query = Record<string, string | number | boolean | null | undefined>;

/** A list the admin app exports: its path under /api/v1, as the server's list routes name it. */
export type ExportList =
  | 'cases'
  | 'major-reports'
  | 'legal-aid'
  | 'subsidies'
  | 'employers'
  | 'mediation-orgs'
  | 'org-reports/standing'
  | 'mediators'
  | 'supervisors'
  | 'lawyers'
  | 'certificates/expiring'
  | 'warnings'
  | 'notifications'
  | 'users'
  | 'offices';

/** Today as the file name's date, in the user's time zone. */
const today = () => {
  const d = new Date();
  return `${d.getFullYear()}${String(d.getMonth() + 1).padStart(2, '0')}${String(d.getDate()).padStart(2, '0')}`;
};

export const exportFileName = (title: string, extension: 'csv' | 'xlsx') => `${title}-${today()}.${extension}`;

/** Hands a file to the browser's downloads. */
export function saveFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  // the click has started the download; the URL is not needed after this turn
  setTimeout(() => URL.revokeObjectURL(url));
}

/** Fetches a file the API serves (behind the session's token) and hands it to the browser's downloads. */
export async function download(path: string, fileName: string): Promise<void> {
  saveFile(await requestBlob(path), fileName);
}

/** The whole filtered list as the server writes it (`Accept: text/csv`: UTF-8 with BOM, every page). */
export async function downloadCsv(list: ExportList, query: Query, title: string): Promise<void> {
  saveFile(await requestBlob(`/${list}`, { query: withoutPaging(query), accept: 'text/csv' }), exportFileName(title, 'csv'));
}

/** The filters and sort of a list view, without its page: an export is the whole list. */
export function withoutPaging(query: Query): Query {
  const { limit, cursor, ...filters } = query;
  void limit, void cursor;
  return filters;
}
