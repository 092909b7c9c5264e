import { ConfigProvider } from 'antd';
import useCardStyle from 'antd/es/card/style';
import { useContext, type CSSProperties, type ReactNode } from 'react';

interface PanelProps {
  title?: ReactNode;
  extra?: ReactNode;
  size?: 'small';
  style?: CSSProperties;
  children?: ReactNode;
  'data-testid'?: string;
}

/** What Card renders a slot for: not nothing, a boolean or the empty string. */
const shown = (node: ReactNode) => node !== undefined && node !== null && typeof node !== 'boolean' && node !== '';

/**
 * antd's Card as this app uses it (a titled, bordered frame with an extra slot), in Card's own markup and
 * styles. Card itself imports Tabs and Skeleton for its tab list and loading state, which no page uses:
 * 13 kB (gzip) on the first load of every page.
 */
export function Panel({ title, extra, size, style, children, 'data-testid': testId }: PanelProps) {
  const prefixCls = useContext(ConfigProvider.ConfigContext).getPrefixCls('card');
  const [hashId, cssVarCls] = useCardStyle(prefixCls);
  const classes = [prefixCls, `${prefixCls}-bordered`, size === 'small' && `${prefixCls}-small`, hashId, cssVarCls].filter(Boolean).join(' ');
  return (
    <div className={classes} style={style} data-testid={testId}>
      {(shown(title) || shown(extra)) && (
        <div className={`${prefixCls}-head`}>
          <div className={`${prefixCls}-head-wrapper`}>
            {shown(title) && <div className={`${prefixCls}-head-title`}>{title}</div>}
            {shown(extra) && <div className={`${prefixCls}-extra`}>{extra}</div>}
          </div>
        </div>
      )}
      {shown(children) && <div className={`${prefixCls}-body`}>{children}</div>}
    </div>
  );
}
