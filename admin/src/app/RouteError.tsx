import { Alert, Button } from 'antd';
import { Component, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';

/** Shown in place of a route that failed to render, e.g. a lazy chunk that could not load after a deploy. */
export function RouteError() {
  const { t } = useTranslation();
  return (
    <Alert
      type="error"
      showIcon
      title={t('common.crashed')}
      action={
        <Button size="small" onClick={() => window.location.reload()}>
          {t('common.reload')}
        </Button>
      }
      style={{ margin: 24 }}
    />
  );
}

interface BoundaryProps {
  pathname: string;
  children: ReactNode;
}

interface BoundaryState {
  failed: boolean;
  pathname: string;
}

/** Catches what a route throws while rendering and shows RouteError instead, until the location changes. */
class Boundary extends Component<BoundaryProps, BoundaryState> {
  override state = { failed: false, pathname: this.props.pathname };

  static getDerivedStateFromError(): Partial<BoundaryState> {
    return { failed: true };
  }

  static getDerivedStateFromProps(props: BoundaryProps, state: BoundaryState): Partial<BoundaryState> | null {
    return props.pathname === state.pathname ? null : { failed: false, pathname: props.pathname };
  }

  override render() {
    return this.state.failed ? <RouteError /> : this.props.children;
  }
}

export function RouteErrorBoundary({ children }: { children: ReactNode }) {
  return <Boundary pathname={useLocation().pathname}>{children}</Boundary>;
}
