import { Select } from 'antd';
import { lazy, Suspense, type ComponentType, type CSSProperties, type ReactNode } from 'react';

interface Placeholding {
  placeholder?: ReactNode;
  style?: CSSProperties;
}

/**
 * A field widget (a cascader, a tree select) that loads after the page around it has rendered: until
 * it arrives, a closed Select of the same size and placeholder holds its place, so nothing moves. A
 * list page's filter bar thus does not hold up its first render.
 */
export function lazyField<P extends Placeholding>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  const Widget = lazy(async () => ({ default: await load() }));
  return function LazyField(props: P) {
    return (
      <Suspense fallback={<Select open={false} placeholder={props.placeholder} style={props.style} />}>
        <Widget {...props} />
      </Suspense>
    );
  };
}
