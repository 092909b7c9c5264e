import { expect, test } from 'vitest';
import { chunkNamed, entryChunks, firstLoads, readChunk, staticClosure } from '../support/bundle';

// quality.md: under 400 kB of JavaScript (gzip) before the first page renders — whichever page a visit opens first.
const budget = 400 * 1000;

test('every route page, opened first, loads under 400 kB of gzipped JavaScript', () => {
  const loads = firstLoads();
  expect(loads.map(({ page }) => page)).toEqual(expect.arrayContaining(['LoginPage', 'CasesPage', 'CaseDetailPage', 'NewCasePage']));
  console.info(`first loads (gzip): ${loads.map(({ page, bytes }) => `${page} ${(bytes / 1000).toFixed(1)} kB`).join(', ')}`);
  expect(loads.filter(({ bytes }) => bytes >= budget).map(({ page, bytes }) => `${page} ${(bytes / 1000).toFixed(1)} kB`)).toEqual([]);
});

test('the dispute-case, legal-aid, supervision, warning, inbox and settings and integrations pages load on demand, never with the first load', () => {
  const initial = staticClosure([...entryChunks(), chunkNamed('LoginPage'), chunkNamed('OfficesPage')]);
  for (const page of ['MyQueuePage', 'CasesPage', 'NewCasePage', 'CaseDetailPage', 'AgreementPage', 'MajorReportsPage', 'LegalAidListPage', 'NewLegalAidPage', 'LegalAidDetailPage', 'SubsidiesPage', 'InspectionsPage', 'NoticesPage', 'NewNoticePage', 'NoticeDetailPage', 'EscalationQueuePage', 'NoticeLetterPage', 'PublicViolationsPage', 'SupervisionStatsPage', 'WarningsPage', 'NotificationsPage', 'ClockSettingsPage', 'ApiClientsPage', 'WebhooksPage']) {
    expect(initial.has(chunkNamed(page)), `${page} is in the first load`).toBe(false);
  }
});

test('ECharts loads only with the statistics charts, never with the first load', () => {
  const initial = staticClosure(entryChunks());
  for (const file of initial) expect(readChunk(file), `${file} carries ECharts`).not.toMatch(/zrender|echarts/i);
  // and the chart chunk holds only the parts the page uses: no line, pie or map series
  const chart = readChunk(chunkNamed('EChart'));
  expect(chart).toMatch(/markLine/);
  expect(chart).not.toMatch(/series\.pie|series\.line|geo(Json)?Component/);
});
