import { Fragment, type ReactNode } from 'react';

// Permission names, resource types and endpoints are long unbroken words. A name moves to the
// next line whole when it fits there (each is an inline-block); only a name wider than its cell
// wraps, and then only after an `_` — `READ_USER_` / `TASK`, never `READ_US` / `ER_TASK`.
// `RESOURCE:PERMISSION` pairs and paths may also break after `:` and `/`.

function withUnderscoreBreaks(name: string): ReactNode[] {
  const parts = name.split(/(?<=_)/);
  return parts.map((part, index) => (
    <Fragment key={index}>
      {part}
      {index < parts.length - 1 ? <wbr /> : null}
    </Fragment>
  ));
}

/** Renders `text` so that it wraps only at spaces, after `:` or `/`, and (inside an over-long name) after `_`. */
export function BreakableName({ text }: { text: string }) {
  return (
    <>
      {text.split(/(\s+)/).map((word, w) => {
        if (/^\s*$/.test(word)) return word;
        const names = word.split(/(?<=[:/])/);
        return (
          <Fragment key={w}>
            {names.map((name, n) => (
              <Fragment key={n}>
                <span className="breakable-name">{withUnderscoreBreaks(name)}</span>
                {n < names.length - 1 ? <wbr /> : null}
              </Fragment>
            ))}
          </Fragment>
        );
      })}
    </>
  );
}
