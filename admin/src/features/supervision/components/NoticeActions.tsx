import { Alert, Button, Form, Input } from 'antd';
import { NoticeEventBody, nextRung, noticeEventLabels, noticeTypeLabels, type Notice, type NoticeEventType } from '@union/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCan } from '@/features/auth';
import { EventActions, EventDialog, reasonAndNote } from '@/components/EventActions';
import { useLabel } from '@/lib/i18n';
import { stringRules } from '@/lib/schema-rules';
import { useAppendNoticeEvent } from '../api/supervision';

const { note: noteSchema } = NoticeEventBody.properties;
const forward: NoticeEventType[] = ['issue', 'respond', 'rectify', 'approve_publication'];
const dangerous: NoticeEventType[] = ['escalate', 'close'];

/** The steps the user may take now: the answer's `allowedEvents`, each with its note, and drafting the next rung when the answer's shared ladder rule allows it. */
export function NoticeActions({ n }: { n: Notice }) {
  const { t } = useTranslation();
  const label = useLabel();
  const canWrite = useCan('supervision:write');
  const canApprove = useCan('supervision:approve_publication');
  if (!canWrite) return null;
  const events = n.allowedEvents.filter((e) => e !== 'approve_publication' || canApprove);
  const next = nextRung(n.type);
  return (
    <EventActions
      events={events}
      label={(type) => label(noticeEventLabels[type])}
      forward={forward}
      dangerous={dangerous}
      extra={
        next &&
        n.mayDraftNextRung && (
          <Link to={`/notices/new?previousNoticeId=${n.id}`}>
            <Button type="primary" danger data-testid="draft-next-rung">
              {t('supervision.draftNext', { type: label(noticeTypeLabels[next]) })}
            </Button>
          </Link>
        )
      }
    >
      {(event, onClose) => <EventModal n={n} event={event} onClose={onClose} />}
    </EventActions>
  );
}

const noteLabels: Record<NoticeEventType, 'supervision.noteIssue' | 'supervision.noteRespond' | 'supervision.noteRectify' | 'supervision.noteWhy'> = {
  issue: 'supervision.noteIssue',
  approve_publication: 'supervision.noteIssue',
  respond: 'supervision.noteRespond',
  rectify: 'supervision.noteRectify',
  escalate: 'supervision.noteWhy',
  close: 'supervision.noteWhy',
};

function EventModal({ n, event, onClose }: { n: Notice; event: NoticeEventType; onClose: () => void }) {
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
