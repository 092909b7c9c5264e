import type { Label } from '../common/i18n.js';

/** domain.md §8: the figures the network is judged by, each with its target and unit. */
export const coverageFigures = [
  'orgCoverage',
  'enterpriseMediatorsPer1000',
  'regionalMediatorsPer10000',
  'legalAidPer10000',
  'supervisionCoverage',
  'legalStaffPerDistrict',
] as const;
export type CoverageFigure = (typeof coverageFigures)[number];

interface FigureRule {
  label: Label;
  target: number;
  /** `ratio`: a share shown as a percentage; `per`: a count per `per` employees; `each`: per office. */
  unit: 'ratio' | 'per' | 'each';
  per?: number;
  source: Label;
}

const national2011 = { zh: '全总2011年意见', en: 'ACFTU opinion 2011' };
export const coverageRules: Record<CoverageFigure, FigureRule> = {
  orgCoverage: { label: { zh: '建会企业建立调解组织或配备调解员比例', en: 'Union enterprises with a mediation organization or mediator' }, target: 0.8, unit: 'ratio', source: national2011 },
  enterpriseMediatorsPer1000: { label: { zh: '企业兼职调解员（每千名职工）', en: 'Enterprise part-time mediators per 1,000 employees' }, target: 4, unit: 'per', per: 1000, source: national2011 },
  regionalMediatorsPer10000: { label: { zh: '区域性、行业性调解员（每万名职工）', en: 'Regional/industry mediators per 10,000 employees' }, target: 10, unit: 'per', per: 10000, source: national2011 },
  legalAidPer10000: { label: { zh: '法律援助工作者和志愿者（每万名职工）', en: 'Legal-aid workers and volunteers per 10,000 employees' }, target: 3, unit: 'per', per: 10000, source: national2011 },
  supervisionCoverage: { label: { zh: '基层工会建立劳动法律监督组织或配备监督员比例', en: 'Base unions with a supervision organization or supervisor' }, target: 0.5, unit: 'ratio', source: national2011 },
  legalStaffPerDistrict: { label: { zh: '区县总工会法律专业人员（每个）', en: 'Legal staff with a law background per district federation' }, target: 2, unit: 'each', source: { zh: '北京市总2015年方案', en: 'Beijing plan 2015' } },
};

/** The raw counts a subtree's figures come from. */
export interface CoverageCounts {
  unionizedEmployers: number;
  unionizedWithOrg: number;
  unionizedWithSupervisor: number;
  employees: number;
  enterpriseMediators: number;
  regionalMediators: number;
  legalAidWorkers: number;
  districtFederations: number;
  legalStaff: number;
}

export interface FigureValue {
  figure: CoverageFigure;
  value: number | null;
  target: number;
  met: boolean | null;
  numerator: number;
  denominator: number;
}

/** Turns counts into the six figures; a figure with nothing to divide by is null, not zero. */
export function coverageFiguresOf(c: CoverageCounts): FigureValue[] {
  const parts: Record<CoverageFigure, [number, number]> = {
    orgCoverage: [c.unionizedWithOrg, c.unionizedEmployers],
    enterpriseMediatorsPer1000: [c.enterpriseMediators, c.employees],
    regionalMediatorsPer10000: [c.regionalMediators, c.employees],
    legalAidPer10000: [c.legalAidWorkers, c.employees],
    supervisionCoverage: [c.unionizedWithSupervisor, c.unionizedEmployers],
    legalStaffPerDistrict: [c.legalStaff, c.districtFederations],
  };
  return coverageFigures.map((figure) => {
    const rule = coverageRules[figure];
    const [numerator, denominator] = parts[figure];
    const value = denominator === 0 ? null : (numerator * (rule.per ?? 1)) / denominator;
    return { figure, value, target: rule.target, met: value === null ? null : value >= rule.target, numerator, denominator };
  });
}
