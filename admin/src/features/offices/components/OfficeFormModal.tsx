import { Button, Flex, Form, Input, Modal, Select, type FormRule } from 'antd';
import { OfficeCreate, officeKindRules, type Office, type OfficeKind, type OfficeTreeNode, type OfficeUpdate } from '@union/shared';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { RegionPicker } from '@/components/RegionPicker';
import { useMe } from '@/features/auth';
import { isApiError } from '@/lib/api';
import { useFeedback } from '@/lib/feedback';
import { useShowApiError } from '@/lib/form-errors';
import { useLabel, useLanguage } from '@/lib/i18n';
import { stringRules } from '@/lib/schema-rules';
import { useCreateOffice } from '../api/create-office';
import { useOfficeTree } from '../api/get-office-tree';
import { useUpdateOffice } from '../api/update-office';
import { childKindsOf, placementMessages } from '../utils/placement';
import { indexTree, subtreeIds } from '../utils/tree';
import { OfficeTreeSelect } from './OfficeTreeSelect';

interface Values {
  name: string;
  kind: OfficeKind;
  parentId?: string;
  regionCode: string;
  address?: string;
  phone?: string;
}

type Props = { open: boolean; onClose: () => void; onSaved: (office: Office) => void } & (
  | { mode: 'create'; parent: Office }
  | { mode: 'edit'; office: Office }
);

const { name: nameSchema, address: addressSchema, phone: phoneSchema } = OfficeCreate.properties;
const blankToNull = (text: string | undefined) => text?.trim() || null;

/** Creates an office under `parent`, or edits `office` (with If-Match on its version). */
export function OfficeFormModal(props: Props) {
  const { t } = useTranslation();
  const { open, onClose } = props;
  return (
    <Modal
      open={open}
      title={props.mode === 'create' ? t('offices.createChildOf', { name: props.parent.name }) : t('offices.edit')}
      footer={null}
      onCancel={onClose}
      destroyOnHidden
      width={560}
    >
      {/* A record changed by someone else comes back with a new version: the form starts again from it. */}
      <OfficeForm key={props.mode === 'edit' ? props.office.version : 'create'} {...props} />
    </Modal>
  );
}

function OfficeForm(props: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const label = useLabel();
  const { message } = useFeedback();
  const showApiError = useShowApiError();
  const [form] = Form.useForm<Values>();
  const create = useCreateOffice();
  const update = useUpdateOffice();
  const me = useMe().data;
  const tree = useOfficeTree().data;
  const index = useMemo(() => indexTree(tree ?? []), [tree]);

  const editing = props.mode === 'edit' ? props.office : null;
  const pending = create.isPending || update.isPending;
  const kindOptions = props.mode === 'create' ? childKindsOf(props.parent.kind) : [];
  // The parent may move only within the caller's subtree, and the caller's own office not at all.
  const movable = !!editing?.parentId && index.has(editing.parentId) && editing.id !== me?.officeId;
  const moveTargets = useMemo(() => {
    const node = editing && index.get(editing.id)?.node;
    return node ? subtreeIds(node) : new Set<string>();
  }, [editing, index]);

  /** The parent the rules check against; null when it lies outside the caller's subtree. */
  const parentFor = (parentId: string | undefined) =>
    props.mode === 'create' ? props.parent : parentId ? (index.get(parentId)?.node ?? null) : null;

  /** The shared placement rules, checked as the user types, on the field each problem belongs to. */
  const placementRule =
    (field: 'parentId' | 'regionCode'): FormRule =>
    ({ getFieldsValue }) => ({
      validator: async () => {
        const values: Partial<Values> = getFieldsValue();
        const kind = editing?.kind ?? values.kind;
        if (!kind || !values.regionCode) return;
        const problems = placementMessages({ kind, regionCode: values.regionCode }, parentFor(values.parentId), language)[field];
        if (problems.length) throw new Error(problems.join(language === 'en' ? '; ' : '；'));
      },
    });

  const save = (values: Values) => {
    const onError = (error: Error) => {
      if (isApiError(error, 'version_conflict')) message.warning(t('offices.recordChanged'));
      else showApiError(error, form);
    };
    const onSuccess = (office: Office) => {
      message.success(editing ? t('offices.saved') : t('offices.created', { name: office.name }));
      props.onSaved(office);
    };
    if (props.mode === 'create') {
      const { name, kind, regionCode, address, phone } = values;
      create.mutate(
        { name: name.trim(), kind, regionCode, parentId: props.parent.id, address: blankToNull(address), phone: blankToNull(phone) },
        { onSuccess, onError },
      );
      return;
    }
    const office = props.office;
    const next = { name: values.name.trim(), regionCode: values.regionCode, address: blankToNull(values.address), phone: blankToNull(values.phone) };
    const changes: OfficeUpdate = {
      ...(next.name !== office.name && { name: next.name }),
      ...(next.regionCode !== office.regionCode && { regionCode: next.regionCode }),
      ...(next.address !== office.address && { address: next.address }),
      ...(next.phone !== office.phone && { phone: next.phone }),
      ...(movable && values.parentId !== office.parentId && { parentId: values.parentId }),
    };
    if (Object.keys(changes).length === 0) props.onClose();
    else update.mutate({ id: office.id, version: office.version, changes }, { onSuccess, onError });
  };

  const initialValues: Partial<Values> = editing
    ? { name: editing.name, parentId: editing.parentId ?? undefined, regionCode: editing.regionCode, address: editing.address ?? '', phone: editing.phone ?? '' }
    : { regionCode: props.mode === 'create' ? props.parent.regionCode : undefined, kind: kindOptions.length === 1 ? kindOptions[0] : undefined };

  return (
    <Form form={form} layout="vertical" initialValues={initialValues} onFinish={save} disabled={pending} style={{ marginTop: 16 }}>
      <Form.Item name="name" label={t('offices.name')} rules={[{ required: true }, ...stringRules(nameSchema, t('common.blank'))]}>
        <Input />
      </Form.Item>
      {props.mode === 'create' && (
        <Form.Item name="kind" label={t('offices.kind')} rules={[{ required: true }]}>
          <Select options={kindOptions.map((kind) => ({ value: kind, label: label(officeKindRules[kind].label) }))} />
        </Form.Item>
      )}
      {movable && (
        <Form.Item
          name="parentId"
          label={t('offices.parent')}
          rules={[{ required: true }, placementRule('parentId')]}
        >
          <OfficeTreeSelect
            isDisabled={(node: OfficeTreeNode) => moveTargets.has(node.id) || !officeKindRules[editing.kind].parents.includes(node.kind)}
          />
        </Form.Item>
      )}
      <Form.Item
        name="regionCode"
        label={t('offices.region')}
        dependencies={['kind', 'parentId']}
        rules={[{ required: true }, placementRule('regionCode')]}
      >
        <RegionPicker placeholder={t('offices.regionPlaceholder')} />
      </Form.Item>
      <Form.Item name="address" label={t('offices.address')} rules={stringRules(addressSchema, t('common.blank'))}>
        <Input />
      </Form.Item>
      <Form.Item name="phone" label={t('offices.phone')} rules={stringRules(phoneSchema, t('offices.phoneInvalid'))}>
        <Input />
      </Form.Item>
      <Flex justify="end" gap="small">
        <Button onClick={props.onClose}>{t('common.cancel')}</Button>
        <Button type="primary" htmlType="submit" loading={pending}>
          {t('common.save')}
        </Button>
      </Flex>
    </Form>
  );
}
