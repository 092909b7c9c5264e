import { Skeleton } from 'antd';
import { lazy, Suspense, type ComponentProps } from 'react';

// ECharts comes with the first chart drawn, never with the app's first load.
const EChart = lazy(() => import('./EChart'));

export type LazyChartProps = ComponentProps<typeof EChart>;

export function LazyChart(props: LazyChartProps) {
  return (
    <Suspense fallback={<Skeleton.Node active style={{ width: '100%', height: (props.style?.height as number | undefined) ?? 220 }} />}>
      <EChart {...props} />
    </Suspense>
  );
}
