import type { Label } from '../common/i18n.js';

export const lawyerKinds = ['social', 'public', 'corporate'] as const;
export type LawyerKind = (typeof lawyerKinds)[number];
export const lawyerKindLabels: Record<LawyerKind, Label> = {
  social: { zh: '社会律师', en: 'Practising lawyer' },
  public: { zh: '公职律师', en: 'Public-sector lawyer' },
  corporate: { zh: '公司律师', en: 'Corporate lawyer' },
};

/** The city lawyer team serves district centers; volunteers serve street stations (domain.md §4). */
export const lawyerPools = ['city_team', 'volunteer'] as const;
export type LawyerPool = (typeof lawyerPools)[number];
export const lawyerPoolLabels: Record<LawyerPool, Label> = {
  city_team: { zh: '职工法律服务律师团', en: 'City lawyer team' },
  volunteer: { zh: '律师志愿者', en: 'Volunteer' },
};

export const genders = ['male', 'female'] as const;
export const genderLabels: Record<(typeof genders)[number], Label> = { male: { zh: '男', en: 'Male' }, female: { zh: '女', en: 'Female' } };

/** Certificates are listed as expiring this many days ahead unless the caller asks otherwise. */
export const certificateWarningDays = 90;

export type CertificateStanding = 'valid' | 'expiring' | 'expired';
export function certificateStanding(expiry: string, today: string, withinDays = certificateWarningDays): CertificateStanding {
  if (expiry < today) return 'expired';
  const limit = new Date(Date.parse(`${today}T00:00:00Z`) + withinDays * 86_400_000).toISOString().slice(0, 10);
  return expiry <= limit ? 'expiring' : 'valid';
}

export const certificateStandingLabels: Record<CertificateStanding, Label> = {
  valid: { zh: '有效', en: 'Valid' },
  expiring: { zh: '即将到期', en: 'Expiring' },
  expired: { zh: '已过期', en: 'Expired' },
};
