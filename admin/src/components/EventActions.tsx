import { Button, Space } from 'antd';
import { Suspense, useState, type ReactNode } from 'react';

interface EventActionsProps<E extends string> {
  /** The events offered now: the detail answer's `allowedEvents` (as the user may take them). */
  events: readonly E[];
  label: (event: E) => string;
  /** Events that move the record on (primary buttons) and those that end or refuse it (danger). */
  forward: readonly E[];
  dangerous: readonly E[];
  /** More in the bar after the event buttons; when given, the bar shows even without events. */
  extra?: ReactNode;
  /** The dialog the chosen event opens (it may load on demand: nothing shows until it has). */
  children: (event: E, onClose: () => void) => ReactNode;
}

/** A workflow's action bar: one button per allowed event, each opening its dialog. */
export function EventActions<E extends string>({ events, label, forward, dangerous, extra, children }: EventActionsProps<E>) {
  const [event, setEvent] = useState<E | null>(null);
  if (events.length === 0 && extra === undefined) return null;
  return (
    <>
      <Space wrap>
        {events.map((type) => (
          <Button key={type} type={forward.includes(type) ? 'primary' : 'default'} danger={dangerous.includes(type)} onClick={() => setEvent(type)}>
            {label(type)}
          </Button>
        ))}
        {extra}
      </Space>
      {event && <Suspense fallback={null}>{children(event, () => setEvent(null))}</Suspense>}
    </>
  );
}
