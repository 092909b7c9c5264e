import { Tag } from 'antd';
import { filingStatusLabels, type FilingStatus } from '@union/shared';
import { useLabel } from '@/lib/i18n';

const colors: Record<FilingStatus, string> = {
  submitted: 'processing',
  resubmitted: 'processing',
  returned: 'warning',
  filed: 'success',
  revoked: 'error',
  dissolved: 'default',
};

export function FilingStatusTag({ status }: { status: FilingStatus }) {
  const label = useLabel();
  return (
    <Tag color={colors[status]} style={{ marginInlineEnd: 0 }}>
      {label(filingStatusLabels[status])}
    </Tag>
  );
}
