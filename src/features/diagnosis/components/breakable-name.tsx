import { Fragment } from 'react';

// Permission names, resource types and endpoints are long unbroken words. They may wrap only
// after `_`, `/`, `:` or `.` — never mid-word — so `READ_USER_TASK` becomes `READ_USER_` / `TASK`
// at worst, not `READ_US` / `ER_TASK`.
const BREAK_AFTER = /(?<=[_/:.])/;

/** Renders `text` with a line-break opportunity after each `_`, `/`, `:` and `.`. */
export function BreakableName({ text }: { text: string }) {
  const parts = text.split(BREAK_AFTER);
  return (
    <>
      {parts.map((part, index) => (
        <Fragment key={index}>
          {part}
          {index < parts.length - 1 ? <wbr /> : null}
        </Fragment>
      ))}
    </>
  );
}
