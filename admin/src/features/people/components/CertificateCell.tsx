import { Space, Tag, Typography } from 'antd';
import { certificateStandingLabels, type CertificateStanding } from '@union/shared';
import { useTranslation } from 'react-i18next';
import { useLabel } from '@/lib/i18n';

type Standing = CertificateStanding;
const colors: Record<Standing, string> = { valid: 'green', expiring: 'orange', expired: 'red' };

export function CertificateStandingTag({ standing }: { standing: Standing }) {
  const label = useLabel();
  return <Tag color={colors[standing]}>{label(certificateStandingLabels[standing])}</Tag>;
}

/** A certificate's number, expiry and standing (持证上岗). */
export function CertificateCell({ no, expiry, standing }: { no?: string | null; expiry: string | null; standing: Standing | null }) {
  const { t } = useTranslation();
  if (!no && !expiry) return <Typography.Text type="secondary">{t('people.noCertificate')}</Typography.Text>;
  return (
    <Space orientation="vertical" size={0}>
      {no && <span style={{ fontFamily: 'monospace' }}>{no}</span>}
      <Space size={4}>
        <Typography.Text type="secondary">{expiry ? t('people.expiresOn', { date: expiry }) : t('people.noExpiry')}</Typography.Text>
        {standing && standing !== 'valid' && <CertificateStandingTag standing={standing} />}
      </Space>
    </Space>
  );
}

export function ActiveTag({ active }: { active: boolean }) {
  const { t } = useTranslation();
  return active ? <Tag color="green">{t('people.active')}</Tag> : <Tag>{t('people.inactive')}</Tag>;
}
