// What other parts of the app may use of the offices feature.
import { lazyField } from '@/components/LazyField';
import type { OfficeTreeSelectProps } from './components/OfficeTreeSelect';

/** The office tree select, loaded after the page that shows it (a filter bar does not hold up the page). */
export const OfficeTreeSelect = lazyField<OfficeTreeSelectProps>(() => import('./components/OfficeTreeSelect').then((m) => m.OfficeTreeSelect));
export { useOfficeTree } from './api/get-office-tree';
