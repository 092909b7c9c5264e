import { type FormInstance } from 'antd';
import { ApiError } from './api';
import { useFeedback } from '@/lib/feedback';

type NamePath = (string | number)[];

/** An API error path as an antd field name: 'regionCode' → ['regionCode'], 'a.0.b' → ['a', 0, 'b']. */
export const toNamePath = (path: string): NamePath => path.split('.').map((s) => (/^\d+$/.test(s) ? Number(s) : s));

/**
 * Shows an API refusal where the user looks: each `errors[]` entry on the form field its path
 * names, and the title and detail (with any error no field owns) in a message.
 */
export function useShowApiError(): (error: unknown, form?: FormInstance) => void {
  const { message } = useFeedback();
  return (error, form) => {
    if (!(error instanceof ApiError)) {
      message.error(String(error));
      return;
    }
    const fieldKeys = new Set(form?.getFieldsError().map((f) => JSON.stringify(f.name)));
    const onFields = new Map<string, { name: NamePath; errors: string[] }>();
    const unplaced: string[] = [];
    for (const e of error.errors) {
      const name = toNamePath(e.path);
      const key = JSON.stringify(name);
      if (fieldKeys.has(key)) {
        const entry = onFields.get(key) ?? { name, errors: [] };
        entry.errors.push(e.message);
        onFields.set(key, entry);
      } else {
        unplaced.push(`${e.path}: ${e.message}`);
      }
    }
    if (onFields.size) form?.setFields([...onFields.values()]);
    if (!onFields.size || unplaced.length) {
      message.error([error.title, error.detail, ...unplaced].filter(Boolean).join(' — '));
    }
  };
}
