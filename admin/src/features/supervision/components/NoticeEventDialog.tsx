import { Alert, Form, Input } from 'antd';
import { NoticeEventBody, noticeEventLabels, noticeTypeLabels, type Notice, type NoticeEventType } from '@union/shared';
import { useTranslation } from 'react-i18next';
import { EventDialog, reasonAndNote } from '@/components/EventDialog';
import { useLabel } from '@/lib/i18n';
import { stringRules } from '@/lib/schema-rules';
import { useAppendNoticeEvent } from '../api/supervision';
import { dangerous } from './NoticeActions';

const { note: noteSchema } = NoticeEventBody.properties;

const noteLabels: Record<NoticeEventType, 'supervision.noteIssue' | 'supervision.noteRespond' | 'supervision.noteRectify' | 'supervision.noteWhy'> = {
  issue: 'supervision.noteIssue',
  approve_publication: 'supervision.noteIssue',
  respond: 'supervision.noteRespond',
  rectify: 'supervision.noteRectify',
  escalate: 'supervision.noteWhy',
  close: 'supervision.noteWhy',
};

/** The dialog of one notice event, with its note. */
export default function NoticeEventDialog({ n, event, onClose }: { n: Notice; event: NoticeEventType; onClose: () => void }) {
  const { t } = useTranslation();
  const label = useLabel();
  const append = useAppendNoticeEvent();
  const eventLabel = label(noticeEventLabels[event]);
  const typeLabel = label(noticeTypeLabels[n.type]);

  return (
    <EventDialog
      record={n}
      append={append}
      body={(values: { note?: string }) => ({ type: event, ...reasonAndNote(values) })}
      title={t('supervision.eventTitle', { event: eventLabel, type: typeLabel })}
      eventLabel={eventLabel}
      danger={dangerous.includes(event)}
      doneMessage={t('supervision.eventDone', { event: eventLabel })}
      changedMessage={t('supervision.changedMeanwhile')}
      // a refusal stays in the dialog, in the server's words (a ladder rule names what is missing)
      refusalInDialog
      intro={
        (event === 'issue' || event === 'approve_publication') && (
          <Alert type="info" showIcon style={{ marginTop: 16 }} title={t(n.type === 'opinion' ? 'supervision.issueOpinionHelp' : 'supervision.issueHelp')} />
        )
      }
      onClose={onClose}
    >
      <Form.Item name="note" label={t(noteLabels[event])} rules={stringRules(noteSchema, t('common.blank'))}>
        <Input.TextArea rows={3} />
      </Form.Item>
    </EventDialog>
  );
}
