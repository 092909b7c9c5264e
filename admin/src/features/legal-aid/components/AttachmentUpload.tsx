import { Upload, type UploadProps } from 'antd';
import { attachmentMaxBytes, attachmentMimeTypes, ruleMessage } from '@union/shared';
import { useTranslation } from 'react-i18next';
import { useFeedback } from '@/lib/feedback';
import { useShowApiError } from '@/lib/form-errors';
import { useLanguage } from '@/lib/i18n';
import { useUploadAttachment } from '../api/legal-aid';
import { UploadButton } from './LegalAidAttachments';

const isAllowedType = (type: string): type is (typeof attachmentMimeTypes)[number] => (attachmentMimeTypes as readonly string[]).includes(type);

/** The file's bytes as base64, without the data-URL prefix. */
const toBase64 = (file: File) =>
  new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });

/** The upload button of an application's documents, within the shared type and size limits. */
export default function AttachmentUpload({ applicationId }: { applicationId: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { message } = useFeedback();
  const showApiError = useShowApiError();
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

  return (
    <Upload accept={attachmentMimeTypes.join(',')} beforeUpload={beforeUpload} customRequest={customRequest} showUploadList={false} multiple>
      <UploadButton loading={upload.isPending} />
    </Upload>
  );
}
