import { App } from 'antd';
import { useEffect } from 'react';
import { connectFeedback } from '@/lib/feedback';

function Connect() {
  const api = App.useApp();
  useEffect(() => connectFeedback(api), [api]);
  return null;
}

/** antd's App for its message and modal holders (the page's frame is AppFrame): loaded on its own, after the shell. */
export default function FeedbackHost() {
  return (
    <App component={false}>
      <Connect />
    </App>
  );
}
