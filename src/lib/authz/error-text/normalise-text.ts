// Pasted text comes from terminals, log viewers and JSON-in-JSON log shippers. Before anything is
// read, it is capped, stripped of terminal colour codes and line-end differences, and JSON that was
// escaped into a log line is unescaped once, so one set of readers serves every source.

/** Characters read from a paste; a 403 never needs more, and the cap keeps every reader linear and quick. */
export const MAX_PASTE_CHARS = 200_000;

// CSI sequences (colours, cursor moves) and the two-byte escapes; both have bounded parameter runs.
// eslint-disable-next-line no-control-regex -- the escape character is exactly what is removed
const ANSI = /\u001b\[[0-9;?]{0,32}[ -/]{0,4}[@-~]|\u001b[@-Z\\-_]/g;

export interface NormalisedText {
  text: string;
  /** The paste was longer than MAX_PASTE_CHARS; only its beginning was read. */
  truncated: boolean;
}

export function normaliseText(raw: string): NormalisedText {
  const truncated = raw.length > MAX_PASTE_CHARS;
  let text = truncated ? raw.slice(0, MAX_PASTE_CHARS) : raw;
  text = text.replace(ANSI, '').replace(/\r\n?/g, '\n');
  // A problem body logged as a JSON string value arrives as {\"status\":403,…}; Camunda's texts
  // never contain a double quote of their own, so turning \" into " loses nothing a reader needs.
  if (text.includes('\\"')) text = text.replace(/\\\\"|\\"/g, '"');
  // A stack trace inside a JSON log line keeps its line ends as \n escapes; the readers need real
  // ones to tell where a Java toString line ends. No Camunda text contains a backslash.
  if (text.includes('\\n')) text = text.replace(/\\r\\n|\\n/g, '\n').replace(/\\t/g, '\t');
  return { text, truncated };
}
