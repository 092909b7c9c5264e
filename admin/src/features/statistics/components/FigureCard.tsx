import { Flex, Statistic, Tag, Typography } from 'antd';
import { coverageRules } from '@union/shared';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLabel } from '@/lib/i18n';
import type { FigureValue } from '../api/get-coverage';
import { chartValue, formatFigure, niceCeil } from '../utils/format';
import type { ChartOption } from './EChart';
import { LazyChart } from './LazyChart';
import { Panel } from '@/components/Panel';

export const metColor = (met: boolean | null) => (met === null ? '#8c8c8c' : met ? '#52c41a' : '#fa8c16');

export function MetTag({ met }: { met: boolean | null }) {
  const { t } = useTranslation();
  if (met === null) return <Tag>{t('statistics.noData')}</Tag>;
  return met ? <Tag color="success">{t('statistics.met')}</Tag> : <Tag color="warning">{t('statistics.notMet')}</Tag>;
}

/** One figure of domain.md §8 against its target: the value, the target, and a bar with the target marked. */
export function FigureCard({ value }: { value: FigureValue }) {
  const { t } = useTranslation();
  const label = useLabel();
  const rule = coverageRules[value.figure];
  const target = chartValue(value.figure, value.target);
  const shown = value.value === null ? null : chartValue(value.figure, value.value);
  const suffix = rule.unit === 'ratio' ? '%' : '';

  const option = useMemo<ChartOption>(
    () => ({
      grid: { left: 8, right: 48, top: 28, bottom: 8, containLabel: true },
      xAxis: { type: 'value', max: niceCeil(Math.max(target, shown ?? 0) * 1.15), axisLabel: { formatter: `{value}${suffix}` } },
      yAxis: { type: 'category', data: [''], axisTick: { show: false } },
      tooltip: { trigger: 'axis', valueFormatter: (v: number) => `${v}${suffix}` },
      series: [
        {
          type: 'bar',
          name: t('statistics.value'),
          data: [shown ?? 0],
          barWidth: 22,
          itemStyle: { color: metColor(value.met), borderRadius: [0, 4, 4, 0] },
          label: { show: shown !== null, position: 'right', formatter: `{c}${suffix}` },
          markLine: {
            symbol: 'none',
            lineStyle: { color: '#cf1322', type: 'dashed', width: 2 },
            label: { formatter: `${t('statistics.target')} ${target}${suffix}`, position: 'end', color: '#cf1322' },
            data: [{ xAxis: target }],
          },
        },
      ],
    }),
    [shown, target, suffix, value.met, t],
  );

  return (
    <Panel size="small" title={<Typography.Text ellipsis={{ tooltip: label(rule.label) }}>{label(rule.label)}</Typography.Text>} extra={<MetTag met={value.met} />}>
      <Flex gap="large" align="flex-end">
        <Statistic title={t('statistics.value')} value={formatFigure(value.figure, value.value)} />
        <Statistic title={t('statistics.target')} value={formatFigure(value.figure, value.target)} styles={{ content: { color: '#8c8c8c', fontSize: 18 } }} />
        <Typography.Text type="secondary" style={{ marginLeft: 'auto' }}>
          {value.numerator.toLocaleString()} / {value.denominator.toLocaleString()}
        </Typography.Text>
      </Flex>
      <LazyChart option={option} style={{ height: 100 }} ariaLabel={`${label(rule.label)}: ${formatFigure(value.figure, value.value)}, ${t('statistics.target')} ${formatFigure(value.figure, value.target)}`} />
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('statistics.source', { source: label(rule.source) })}
      </Typography.Text>
    </Panel>
  );
}
