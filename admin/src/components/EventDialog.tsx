import type { UseMutationResult } from '@tanstack/react-query';
import { Alert, Form, Modal } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError, type ApiError } from '@/lib/api';
import { useFeedback } from '@/lib/feedback';
import { useShowApiError } from '@/lib/form-errors';

interface EventInput<B> {
  id: string;
  /** The version the user saw; an event on a newer one answers 412. */
  version: number;
  event: B;
}

interface EventDialogProps<V extends object, B> {
  /** The record the event is appended to, at the version shown. */
  record: { id: string; version: number };
  append: UseMutationResult<unknown, Error, EventInput<B>>;
  /** The event body from what was entered. */
  body: (values: V) => B;
  title: string;
  eventLabel: string;
  danger: boolean;
  /** The toast after success, and the warning when the record changed meanwhile (the dialog then closes). */
  doneMessage: string;
  changedMessage: string;
  /** Whether a refusal stays in the dialog as an alert in the server's words, rather than on the fields. */
  refusalInDialog?: boolean;
  /** Shown above the form. */
  intro?: ReactNode;
  onClose: () => void;
  /** The fields the event asks for. */
  children: ReactNode;
}

/** The dialog of one workflow event: its fields, sent with If-Match; a refusal is shown where the user looks. */
export function EventDialog<V extends object, B>({ record, append, body, title, eventLabel, danger, doneMessage, changedMessage, refusalInDialog, intro, onClose, children }: EventDialogProps<V, B>) {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const showApiError = useShowApiError();
  const [refusal, setRefusal] = useState<ApiError | null>(null);
  const [form] = Form.useForm<V>();

  // mutateAsync, not mutate's own callbacks: TanStack Query calls those only while the observer has a
  // listener, and a re-render of the page behind the dialog can settle the event between unsubscribe
  // and subscribe — the dialog then stayed open over an event that had gone through
  const send = async (values: V) => {
    try {
      await append.mutateAsync({ id: record.id, version: record.version, event: body(values) });
    } catch (error) {
      if (isApiError(error, 'version_conflict') || isApiError(error, 'transition_not_allowed')) {
        message.warning(changedMessage);
        onClose();
      } else if (!refusalInDialog) showApiError(error, form);
      else if (isApiError(error)) setRefusal(error);
      else message.error(String(error));
      return;
    }
    message.success(doneMessage);
    onClose();
  };

  return (
    <Modal
      open
      title={title}
      okText={eventLabel}
      okButtonProps={{ danger, loading: append.isPending }}
      cancelText={t('common.cancel')}
      onCancel={onClose}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      {intro}
      {refusal && (
        <Alert
          type="error"
          showIcon
          style={{ marginTop: 16 }}
          data-testid="event-refusal"
          title={refusal.title}
          description={[...new Set([refusal.detail, ...refusal.errors.map((e) => e.message)])].filter(Boolean).join('；') || undefined}
        />
      )}
      <Form form={form} layout="vertical" onFinish={send} disabled={append.isPending} style={{ marginTop: 16 }}>
        {children}
      </Form>
    </Modal>
  );
}

/** The reason and note entered, trimmed, each only when given. */
export const reasonAndNote = ({ reason, note }: { reason?: string; note?: string }): { reason?: string; note?: string } => ({
  ...(reason?.trim() && { reason: reason.trim() }),
  ...(note?.trim() && { note: note.trim() }),
});
