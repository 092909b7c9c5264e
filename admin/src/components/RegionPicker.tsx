import { lazyField } from './LazyField';
import type { RegionPickerProps } from './RegionCascader';

/** The region cascader (RegionCascader), loaded after the page that shows it. */
export const RegionPicker = lazyField<RegionPickerProps>(() => import('./RegionCascader').then((m) => m.RegionCascader));
