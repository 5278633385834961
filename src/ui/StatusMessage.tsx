// The loading, error and empty states: a message and, where there is one, a way out.
import type { ReactNode } from 'react';

interface StatusMessageProps {
  kind: 'loading' | 'error' | 'empty';
  title: string;
  children?: ReactNode;
  action?: { label: string; onClick: () => void };
}

export function StatusMessage({ kind, title, children, action }: StatusMessageProps) {
  return (
    <div className={`status status-${kind}`} role={kind === 'error' ? 'alert' : 'status'}>
      <p className="status-title">{title}</p>
      {children ? <div className="status-detail">{children}</div> : null}
      {action ? (
        <button type="button" className="button" onClick={action.onClick}>
          {action.label}
        </button>
      ) : null}
    </div>
  );
}
