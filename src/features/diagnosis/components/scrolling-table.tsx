import type { ReactNode } from 'react';

/**
 * A named diagnosis table that, on a phone, scrolls within its own box (focusable, so a keyboard can
 * scroll it), never the page. The region and the table carry the same name.
 */
export function ScrollingTable({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="diagnosis-table-scroll" role="region" aria-label={label} tabIndex={0}>
      <table className="diagnosis-table" aria-label={label}>
        {children}
      </table>
    </div>
  );
}
