import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Flex, Table, Typography, type TableColumnsType } from 'antd';
import { attachmentMaxBytes } from '@union/shared';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '@/components/QueryError';
import { useFormatDateTime } from '@/lib/format';
import { useShowApiError } from '@/lib/form-errors';
import { downloadAttachment, useAttachments, type Attachment } from '../api/legal-aid';

// antd's Upload (with its progress and list, 11 kB gzip) and the file checks load after the page; the button holds its place.
const AttachmentUpload = lazy(() => import('./AttachmentUpload'));

const formatSize = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`);

/** The upload button; also what holds its place while the upload loads. */
export function UploadButton({ loading }: { loading?: boolean }) {
  const { t } = useTranslation();
  return (
    <Button icon={<UploadOutlined />} loading={loading}>
      {t('legalAid.uploadAttachment')}
    </Button>
  );
}

/** 证明材料: the application's supporting documents, downloadable, and an upload within the shared type and size limits. */
export function LegalAidAttachments({ applicationId, canUpload }: { applicationId: string; canUpload: boolean }) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const showApiError = useShowApiError();
  const attachments = useAttachments(applicationId);

  const download = (a: Attachment) => void downloadAttachment(a).catch((error: unknown) => showApiError(error));

  const columns: TableColumnsType<Attachment> = [
    {
      key: 'name',
      title: t('legalAid.attachmentName'),
      render: (_, a) => (
        <Button type="link" size="small" icon={<DownloadOutlined />} onClick={() => download(a)} style={{ paddingInline: 0 }}>
          {a.fileName}
        </Button>
      ),
    },
    { key: 'size', title: t('legalAid.attachmentSize'), align: 'right', render: (_, a) => formatSize(a.size) },
    { key: 'by', title: t('legalAid.uploadedBy'), render: (_, a) => a.uploadedBy ?? t('legalAid.system') },
    { key: 'at', title: t('legalAid.uploadedAt'), render: (_, a) => formatDateTime(a.createdAt) },
  ];

  return (
    <Flex vertical gap="small">
      {canUpload && (
        <Flex gap="small" align="center" wrap>
          <Suspense fallback={<UploadButton />}>
            <AttachmentUpload applicationId={applicationId} />
          </Suspense>
          <Typography.Text type="secondary">{t('legalAid.attachmentLimits', { max: attachmentMaxBytes / 1024 / 1024 })}</Typography.Text>
        </Flex>
      )}
      {attachments.isError ? (
        <QueryError error={attachments.error} onRetry={() => void attachments.refetch()} />
      ) : (
        <Table<Attachment>
          data-testid="attachments"
          rowKey="id"
          size="small"
          columns={columns}
          loading={attachments.isLoading}
          dataSource={attachments.data}
          pagination={false}
          locale={{ emptyText: t('legalAid.noAttachments') }}
        />
      )}
    </Flex>
  );
}
