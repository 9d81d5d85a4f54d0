import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useT } from '../../lib/i18n/use-t.ts';
import { CloseIcon } from '../icons/shell-icons.tsx';

interface SideDrawerProps {
  title: string;
  open: boolean;
  onClose: () => void;
  children: ReactNode;
  wide?: boolean;
}

// A non-modal panel on the right, below the header: the page stays usable next to it.
export function SideDrawer({ title, open, onClose, children, wide = false }: SideDrawerProps) {
  const t = useT();
  const titleId = useId();
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    if (!open) return;
    ref.current?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [open, onClose]);
  if (!open) return null;
  return (
    <aside
      ref={ref}
      tabIndex={-1}
      aria-labelledby={titleId}
      className={`lantern-drawer${wide ? ' lantern-drawer--wide' : ''}`}
    >
      <div className="lantern-drawer__header">
        <h2 id={titleId} className="lantern-drawer__title">
          {title}
        </h2>
        <button
          type="button"
          className="lantern-drawer__close"
          onClick={onClose}
          aria-label={t('shell.drawer.close', { title })}
        >
          <CloseIcon />
        </button>
      </div>
      <div className="lantern-drawer__body">{children}</div>
    </aside>
  );
}
