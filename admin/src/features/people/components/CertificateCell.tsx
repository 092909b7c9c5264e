import { Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

type Standing = 'valid' | 'expiring' | 'expired';
const colors: Record<Standing, string> = { valid: 'green', expiring: 'orange', expired: 'red' };

export function CertificateStandingTag({ standing }: { standing: Standing }) {
  const { t } = useTranslation();
  return <Tag color={colors[standing]}>{t(`people.standings.${standing}`)}</Tag>;
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
