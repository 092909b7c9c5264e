import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Flex, Table, Typography, Upload, type TableColumnsType, type UploadProps } from 'antd';
import { attachmentMaxBytes, attachmentMimeTypes, ruleMessage } from '@union/shared';
import { useTranslation } from 'react-i18next';
import { QueryError } from '@/components/QueryError';
import { useFeedback } from '@/lib/feedback';
import { useFormatDateTime } from '@/lib/format';
import { useShowApiError } from '@/lib/form-errors';
import { useLanguage } from '@/lib/i18n';
import { downloadAttachment, useAttachments, useUploadAttachment, type Attachment } from '../api/legal-aid';

const isAllowedType = (type: string): type is (typeof attachmentMimeTypes)[number] => (attachmentMimeTypes as readonly string[]).includes(type);

/** The file's bytes as base64, without the data-URL prefix. */
const toBase64 = (file: File) =>
  new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });

const formatSize = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`);

/** 证明材料: the application's supporting documents, downloadable, and an upload within the shared type and size limits. */
export function LegalAidAttachments({ applicationId, canUpload }: { applicationId: string; canUpload: boolean }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const formatDateTime = useFormatDateTime();
  const { message } = useFeedback();
  const showApiError = useShowApiError();
  const attachments = useAttachments(applicationId);
  const upload = useUploadAttachment(applicationId);

  // checked here for a quick answer; the server checks type, content and size again
  const beforeUpload: UploadProps['beforeUpload'] = (file) => {
    if (!isAllowedType(file.type)) {
      message.error(ruleMessage('legal_aid.attachment_type', language, { types: 'PDF, JPEG, PNG' }));
      return Upload.LIST_IGNORE;
    }
    if (file.size > attachmentMaxBytes) {
      message.error(ruleMessage('legal_aid.attachment_size', language, { max: attachmentMaxBytes / 1024 / 1024 }));
      return Upload.LIST_IGNORE;
    }
    return true;
  };

  const customRequest: UploadProps['customRequest'] = ({ file, onSuccess, onError }) => {
    const f = file as File;
    void toBase64(f)
      .then((contentBase64) => upload.mutateAsync({ fileName: f.name, mimeType: f.type, contentBase64 }))
      .then((created) => {
        message.success(t('legalAid.attachmentUploaded', { name: created.fileName }));
        onSuccess?.(created);
      })
      .catch((error: unknown) => {
        showApiError(error);
        onError?.(error as Error);
      });
  };

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
          <Upload accept={attachmentMimeTypes.join(',')} beforeUpload={beforeUpload} customRequest={customRequest} showUploadList={false} multiple>
            <Button icon={<UploadOutlined />} loading={upload.isPending}>
              {t('legalAid.uploadAttachment')}
            </Button>
          </Upload>
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
