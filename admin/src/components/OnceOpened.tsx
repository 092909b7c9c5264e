import { Suspense, useState, type ReactNode } from 'react';

/**
 * Mounts a dialog that loads on demand (React.lazy) the first time it opens, and keeps it mounted
 * after, for its closing animation: a page's dialogs and their forms stay out of its first load.
 */
export function OnceOpened({ open, children }: { open: boolean; children: ReactNode }) {
  const [opened, setOpened] = useState(open);
  if (open && !opened) setOpened(true);
  return opened ? <Suspense fallback={null}>{children}</Suspense> : null;
}
