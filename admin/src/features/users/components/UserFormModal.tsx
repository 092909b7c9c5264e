import { Button, Flex, Form, Input, Modal, Select, Switch, type FormRule } from 'antd';
import { grantableRoles, passwordProblems, roleLabels, ruleMessage, UserCreate, type Role, type User, type UserUpdate } from '@union/shared';
import { useTranslation } from 'react-i18next';
import { PageSpinner } from '@/components/PageSpinner';
import { QueryError } from '@/components/QueryError';
import { useMe } from '@/features/auth';
import { OfficeTreeSelect } from '@/features/offices';
import { isApiError } from '@/lib/api';
import { useFeedback } from '@/lib/feedback';
import { useShowApiError } from '@/lib/form-errors';
import { useLabel, useLanguage } from '@/lib/i18n';
import { stringRules } from '@/lib/schema-rules';
import { useCreateUser } from '../api/create-user';
import { useUser } from '../api/get-user';
import { useUpdateUser } from '../api/update-user';

interface Values {
  username: string;
  displayName: string;
  officeId: string;
  roles: Role[];
  active: boolean;
  password?: string;
}

interface Props {
  /** The user to edit; none to create one. */
  userId?: string;
  open: boolean;
  onClose: () => void;
}

const { username: usernameSchema, displayName: displayNameSchema } = UserCreate.properties;
const sameRoles = (a: Role[], b: Role[]) => a.length === b.length && a.every((r) => b.includes(r));

/** Creates a user, or edits one as the server has it now (its version goes out as If-Match). */
export function UserFormModal({ userId, open, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const me = useMe().data;
  const user = useUser(open ? userId : undefined);
  const editing = userId !== undefined;

  return (
    <Modal open={open} title={editing ? t('users.edit') : t('users.create')} footer={null} onCancel={onClose} destroyOnHidden width={560}>
      {!editing ? (
        <UserForm me={me?.roles ?? []} selfId={me?.id} onClose={onClose} />
      ) : user.isError ? (
        <QueryError error={user.error} onRetry={() => void user.refetch()} />
      ) : user.data ? (
        <UserForm
          key={user.data.version}
          user={user.data}
          me={me?.roles ?? []}
          selfId={me?.id}
          onClose={onClose}
          onConflict={() => message.warning(t('users.recordChanged'))}
        />
      ) : (
        <PageSpinner />
      )}
    </Modal>
  );
}

interface FormProps {
  user?: User;
  /** The roles of the signed-in user, which bound the roles they may grant. */
  me: Role[];
  selfId: string | undefined;
  onClose: () => void;
  onConflict?: () => void;
}

function UserForm({ user, me, selfId, onClose, onConflict }: FormProps) {
  const { t } = useTranslation();
  const label = useLabel();
  const language = useLanguage();
  const { message } = useFeedback();
  const showApiError = useShowApiError();
  const [form] = Form.useForm<Values>();
  const create = useCreateUser();
  const update = useUpdateUser();

  const passwordRule: FormRule = {
    validator: async (_, password: string | undefined) => {
      if (!password && user) return; // editing: empty keeps the password
      const problem = passwordProblems(password ?? '');
      if (problem) throw new Error(ruleMessage(problem, language));
    },
  };

  const onError = (error: Error) => {
    if (isApiError(error, 'version_conflict')) onConflict?.();
    else showApiError(error, form);
  };

  const save = (values: Values) => {
    const displayName = values.displayName.trim();
    if (!user) {
      const { username, officeId, roles, password = '' } = values;
      create.mutate(
        { username, displayName, officeId, roles, password },
        {
          onSuccess: (created) => {
            message.success(t('users.created', { name: created.displayName }));
            onClose();
          },
          onError,
        },
      );
      return;
    }
    const changes: UserUpdate = {
      ...(displayName !== user.displayName && { displayName }),
      ...(values.officeId !== user.officeId && { officeId: values.officeId }),
      ...(!sameRoles(values.roles, user.roles) && { roles: values.roles }),
      ...(values.active !== user.active && { active: values.active }),
      ...(values.password && { password: values.password }),
    };
    if (Object.keys(changes).length === 0) {
      onClose();
      return;
    }
    update.mutate(
      { id: user.id, version: user.version, changes },
      {
        onSuccess: () => {
          message.success(t('users.saved'));
          onClose();
        },
        onError,
      },
    );
  };

  const initialValues: Partial<Values> = user
    ? { username: user.username, displayName: user.displayName, officeId: user.officeId, roles: user.roles, active: user.active }
    : { roles: [], active: true };

  return (
    <Form form={form} layout="vertical" initialValues={initialValues} onFinish={save} disabled={create.isPending || update.isPending} style={{ marginTop: 16 }}>
      <Form.Item name="username" label={t('users.username')} rules={[{ required: true }, ...stringRules(usernameSchema, t('users.usernameInvalid'))]}>
        <Input disabled={!!user} autoComplete="off" />
      </Form.Item>
      <Form.Item name="displayName" label={t('users.displayName')} rules={[{ required: true }, ...stringRules(displayNameSchema, t('common.blank'))]}>
        <Input />
      </Form.Item>
      <Form.Item name="officeId" label={t('users.office')} rules={[{ required: true }]}>
        <OfficeTreeSelect />
      </Form.Item>
      <Form.Item name="roles" label={t('users.roles')} rules={[{ required: true }]}>
        <Select mode="multiple" options={grantableRoles(me).map((role) => ({ value: role, label: label(roleLabels[role]) }))} />
      </Form.Item>
      {user && (
        <Form.Item name="active" label={t('users.status')} valuePropName="checked">
          <Switch checkedChildren={t('users.active')} unCheckedChildren={t('users.inactive')} disabled={user.id === selfId} />
        </Form.Item>
      )}
      <Form.Item
        name="password"
        label={user ? t('users.resetPassword') : t('users.password')}
        extra={user ? t('users.resetPasswordHelp') : undefined}
        rules={[...(user ? [] : [{ required: true }]), passwordRule]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Flex justify="end" gap="small">
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button type="primary" htmlType="submit" loading={create.isPending || update.isPending}>
          {t('common.save')}
        </Button>
      </Flex>
    </Form>
  );
}
