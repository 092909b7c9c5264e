import { QueryClientProvider } from '@tanstack/react-query';
import { ConfigProvider, type ThemeConfig } from 'antd';
import useAppStyle from 'antd/es/app/style';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { lazy, Suspense, useContext, type ReactNode } from 'react';
import { useLanguage } from '@/lib/i18n';
import { queryClient } from '@/lib/query-client';

const FeedbackHost = lazy(() => import('./FeedbackHost'));

const theme: ThemeConfig = {
  token: {
    // Chinese faces named before the generic fallback, so CJK text gets a real Chinese font.
    fontFamily: `-apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'PingFang SC',
'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Source Han Sans SC', 'Noto Sans', sans-serif,
'Apple Color Emoji', 'Segoe UI Emoji', 'Segoe UI Symbol', 'Noto Color Emoji'`,
  },
};

/** antd App's frame (its class and base text styles: colour, size, the theme's font) without its message, notification and modal code. */
function AppFrame({ children }: { children: ReactNode }) {
  const prefixCls = useContext(ConfigProvider.ConfigContext).getPrefixCls('app');
  const [hashId, cssVarCls] = useAppStyle(prefixCls);
  return <div className={`${hashId} ${prefixCls} ${cssVarCls}`}>{children}</div>;
}

export function Providers({ children }: { children: ReactNode }) {
  const language = useLanguage();
  return (
    <ConfigProvider locale={language === 'en' ? enUS : zhCN} theme={theme}>
      <AppFrame>
        <Suspense fallback={null}>
          <FeedbackHost />
        </Suspense>
        <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
      </AppFrame>
    </ConfigProvider>
  );
}
