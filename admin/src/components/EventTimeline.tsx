import type { UseQueryResult } from '@tanstack/react-query';
import { Empty, Skeleton, Space, Timeline, Typography } from 'antd';
import type { ReactNode } from 'react';
import { QueryError } from '@/components/QueryError';
import { useFormatDateTime } from '@/lib/format';

/** One step as the timeline shows it. */
export interface TimelineStep {
  key: string;
  at: string;
  color: string;
  /** What happened. */
  title: ReactNode;
  /** The state it left, when shown, and the state it reached (status tags). */
  from?: ReactNode;
  to: ReactNode;
  /** Who did it. */
  actor: ReactNode;
  /** What was recorded with it: reason, note, target… */
  details?: ReactNode;
}

interface EventTimelineProps<T> {
  events: UseQueryResult<T[]>;
  /** Said when there is no step yet (the default empty text otherwise). */
  empty?: string;
  step: (event: T) => TimelineStep;
}

/** Every step of a record's workflow: who, when, what, from which state to which, and what was recorded. */
export function EventTimeline<T>({ events, empty, step }: EventTimelineProps<T>) {
  const formatDateTime = useFormatDateTime();

  if (events.isError) return <QueryError error={events.error} onRetry={() => void events.refetch()} />;
  if (!events.data) return <Skeleton active />;
  if (events.data.length === 0) return <Empty description={empty} />;

  return (
    <Timeline
      items={events.data.map(step).map((s) => ({
        key: s.key,
        color: s.color,
        content: (
          <Space orientation="vertical" size={2} data-testid="timeline-event">
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {formatDateTime(s.at)}
            </Typography.Text>
            <Space wrap size={4}>
              <Typography.Text strong>{s.title}</Typography.Text>
              {s.from && (
                <>
                  {s.from}
                  <span>→</span>
                </>
              )}
              {s.to}
            </Space>
            <Typography.Text type="secondary">{s.actor}</Typography.Text>
            {s.details}
          </Space>
        ),
      }))}
    />
  );
}
