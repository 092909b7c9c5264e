// What other parts of the app may use of the statistics feature.
export { LazyChart } from './components/LazyChart';
export { formatShare } from './utils/format';
export type { ChartOption } from './components/EChart';
export { ReportCard, StatsAccess, StatsOfficeFilter } from './components/StatsScaffold';
