// Text from a cluster (task names, variables, problem details) may carry Unicode bidirectional
// controls. An override (U+202E) makes "evil" read as "live"; embeddings, isolates and marks can
// reorder what an operator sees just as well. Lantern shows every such character as a visible,
// named marker instead of obeying it (issue 17), wherever cluster text is shown.

const CONTROL_NAMES: Record<string, string> = {
  '\u200E': 'LRM',
  '\u200F': 'RLM',
  '\u202A': 'LRE',
  '\u202B': 'RLE',
  '\u202C': 'PDF',
  '\u202D': 'LRO',
  '\u202E': 'RLO',
  '\u2066': 'LRI',
  '\u2067': 'RLI',
  '\u2068': 'FSI',
  '\u2069': 'PDI',
};

const CONTROLS = /[\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

export type TextPart = { kind: 'text'; text: string } | { kind: 'control'; name: string; codePoint: string };

/** The text cut into plain runs and the bidi controls between them. */
export function splitBidiControls(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(CONTROLS)) {
    const char = match[0];
    if (match.index > last) parts.push({ kind: 'text', text: text.slice(last, match.index) });
    const codePoint = `U+${char.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0') ?? ''}`;
    parts.push({ kind: 'control', name: CONTROL_NAMES[char] ?? codePoint, codePoint });
    last = match.index + char.length;
  }
  if (last < text.length) parts.push({ kind: 'text', text: text.slice(last) });
  return parts;
}

/** For plain-text places (titles, labels, announcements): each control becomes "[RLO]" and so on. */
export function neutralizeBidi(text: string): string {
  return text.replace(CONTROLS, (char) => `[${CONTROL_NAMES[char] ?? ''}]`);
}
