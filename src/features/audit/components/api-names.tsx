import type { ReactNode } from 'react';

// Permission and resource types (READ_USER_TASK, PROCESS_DEFINITION) and names the sentence quotes
// in backticks (`*`, `assignee`): the parts of a worded finding that are the API's, not language.
const API_NAME = /(`[^`]+`|\b[A-Z]{3,}(?:_[A-Z0-9]+)*\b)/;

/**
 * A finding's sentence, already worded in the UI language, with its API names in `<code>`: the
 * sentence stays one translated message, only its rendering marks what stays as the API spells it.
 */
export function WithApiNames({ text }: { text: string }): ReactNode {
  return text
    .split(API_NAME)
    .map((part, index) =>
      index % 2 === 1 ? <code key={index}>{part.startsWith('`') ? part.slice(1, -1) : part}</code> : part,
    );
}
