import type { UseQueryResult } from '@tanstack/react-query';
import { Button, Flex, Modal, type FormInstance } from 'antd';
import { Fragment, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PageSpinner } from '@/components/PageSpinner';
import { QueryError } from '@/components/QueryError';
import { isApiError } from '@/lib/api';
import { useFeedback } from '@/lib/feedback';
import { useShowApiError } from '@/lib/form-errors';
import { changedFields } from '../utils/changes';

interface PersonFormModalProps<P> {
  open: boolean;
  /** Whether a person is edited (then as loaded) rather than added. */
  editing: boolean;
  person: UseQueryResult<P>;
  title: string;
  onClose: () => void;
  /** The form, of a new person or of the one loaded. */
  children: (person?: P) => ReactNode;
}

/** The dialog adding a person or editing one once loaded; a newer version loaded starts the form afresh. */
export function PersonFormModal<P extends { version: number }>({ open, editing, person, title, onClose, children }: PersonFormModalProps<P>) {
  return (
    <Modal open={open} title={title} footer={null} onCancel={onClose} destroyOnHidden width={640}>
      {!editing ? (
        children()
      ) : person.isError ? (
        <QueryError error={person.error} onRetry={() => void person.refetch()} />
      ) : person.data ? (
        <Fragment key={person.data.version}>{children(person.data)}</Fragment>
      ) : (
        <PageSpinner />
      )}
    </Modal>
  );
}

interface Mutation<V, P> {
  mutate: (variables: V, options: { onSuccess: (saved: P) => void; onError: (error: Error) => void }) => void;
  isPending: boolean;
}

interface PersonSaveOptions<P, C, U> {
  /** The person edited; none when adding. */
  person?: P;
  form: FormInstance;
  create: Mutation<C, P>;
  update: Mutation<{ id: string; version: number; changes: U }, P>;
  onClose: () => void;
}

/**
 * Saving a person's form: a new one is created, an edited one sends only what changed (nothing
 * changed, nothing is sent) with its version as If-Match; a refusal goes on the fields.
 */
export function usePersonSave<P extends { id: string; version: number; name: string }, C, U extends object>({ person, form, create, update, onClose }: PersonSaveOptions<P, C, U>) {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const showApiError = useShowApiError();

  const onError = (error: Error) => {
    if (isApiError(error, 'version_conflict')) message.warning(t('people.recordChanged'));
    else showApiError(error, form);
  };
  const done = (saved: P) => {
    message.success(person ? t('people.saved') : t('people.created', { name: saved.name }));
    onClose();
  };

  /** `next` the fields as entered; `created` the body adding a person with them. */
  const save = (next: U, created: () => C) => {
    if (!person) {
      create.mutate(created(), { onSuccess: done, onError });
      return;
    }
    const changes = changedFields(next, person as Partial<Record<keyof U, unknown>>) as U;
    if (Object.keys(changes).length === 0) onClose();
    else update.mutate({ id: person.id, version: person.version, changes }, { onSuccess: done, onError });
  };

  return { save, pending: create.isPending || update.isPending };
}

/** Cancel and save, under a person's form. */
export function PersonFormButtons({ pending, onClose }: { pending: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Flex justify="end" gap="small">
      <Button onClick={onClose}>{t('common.cancel')}</Button>
      <Button type="primary" htmlType="submit" loading={pending}>
        {t('common.save')}
      </Button>
    </Flex>
  );
}
