import type { ReactNode } from 'react';

export function ImportController({ children }: { children: ReactNode }) {
  return <>{children}</>;
}
