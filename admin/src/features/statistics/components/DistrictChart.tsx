import { coverageRules, type CoverageFigure } from '@union/shared';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLabel } from '@/lib/i18n';
import type { DistrictCoverage } from '../api/get-coverage';
import { chartValue, niceCeil } from '../utils/format';
import type { ChartOption } from './EChart';
import { metColor } from './FigureCard';
import { LazyChart } from './LazyChart';

/** One figure for each district of the subtree, the target drawn across. */
export function DistrictChart({ figure, districts }: { figure: CoverageFigure; districts: DistrictCoverage[] }) {
  const { t } = useTranslation();
  const label = useLabel();
  const rule = coverageRules[figure];
  const suffix = rule.unit === 'ratio' ? '%' : '';
  const target = chartValue(figure, rule.target);
  const figureName = label(rule.label);

  const option = useMemo<ChartOption>(() => {
    const points = districts.map((d) => {
      const v = d.figures.find((f) => f.figure === figure);
      // a district with nothing to divide by has no value: no bar, rather than a bar of zero
      return { name: d.officeName, value: v?.value == null ? null : chartValue(figure, v.value), met: v?.met ?? null };
    });
    const max = niceCeil(Math.max(target, ...points.map((p) => p.value ?? 0)) * 1.1);
    return {
      grid: { left: 16, right: 24, top: 36, bottom: 8, containLabel: true },
      tooltip: { trigger: 'axis', valueFormatter: (v: number) => `${v}${suffix}` },
      xAxis: { type: 'category', data: points.map((p) => p.name), axisLabel: { interval: 0, rotate: points.length > 8 ? 40 : 0 } },
      yAxis: { type: 'value', max, axisLabel: { formatter: `{value}${suffix}` } },
      series: [
        {
          type: 'bar',
          name: figureName,
          data: points.map((p) => ({ value: p.value ?? '-', itemStyle: { color: metColor(p.met) } })),
          barMaxWidth: 36,
          label: { show: points.length <= 20, position: 'top', formatter: `{c}${suffix}` },
          markLine: {
            symbol: 'none',
            lineStyle: { color: '#cf1322', type: 'dashed', width: 2 },
            label: { formatter: `${t('statistics.target')} ${target}${suffix}`, position: 'insideEndTop', color: '#cf1322' },
            data: [{ yAxis: target }],
          },
        },
      ],
    };
  }, [districts, figure, target, suffix, figureName, t]);

  return <LazyChart option={option} style={{ height: 380 }} ariaLabel={t('statistics.byDistrictOf', { figure: figureName })} />;
}
