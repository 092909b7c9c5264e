import type { App, ModalFuncProps } from 'antd';
import type { ReactNode } from 'react';

type AppApi = ReturnType<typeof App.useApp>;

let api: AppApi | null = null;
const waiting: ((api: AppApi) => void)[] = [];

const withApi = (call: (api: AppApi) => void) => {
  if (api) call(api);
  else waiting.push(call);
};

/** FeedbackHost hands over antd App's own message and modal once it has loaded; calls made before then run now. */
export function connectFeedback(next: AppApi) {
  api = next;
  for (const call of waiting.splice(0)) call(next);
}

const feedback = {
  message: {
    success: (content: ReactNode) => withApi((a) => void a.message.success(content)),
    warning: (content: ReactNode) => withApi((a) => void a.message.warning(content)),
    error: (content: ReactNode) => withApi((a) => void a.message.error(content)),
  },
  modal: {
    confirm: (config: ModalFuncProps) => withApi((a) => void a.modal.confirm(config)),
  },
};

/**
 * The toasts and confirmations of antd's App (App.useApp), whose code (message, notification, modal:
 * about 20 kB gzip) loads beside the first page rather than before it: see FeedbackHost.
 */
export const useFeedback = () => feedback;
