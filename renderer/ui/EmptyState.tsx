import type { ReactNode } from 'react';
import { Icon, type IconName } from './Icon';

interface EmptyStateProps {
  icon?: IconName;
  title: string;
  children?: ReactNode;
  /** Buttons under the text. */
  actions?: ReactNode;
  testId?: string;
}

/** What a view shows when it has nothing to list: what this means and what to do next. */
export function EmptyState({ icon, title, children, actions, testId }: EmptyStateProps) {
  return (
    <div className="empty-state" data-testid={testId}>
      {icon && (
        <div className="empty-state-icon">
          <Icon name={icon} size={28} />
        </div>
      )}
      <h2>{title}</h2>
      {children && <div className="empty-state-text">{children}</div>}
      {actions && <div className="empty-state-actions">{actions}</div>}
    </div>
  );
}
