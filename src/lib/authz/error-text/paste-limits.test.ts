// The parser reads whatever is pasted: it caps the input, and its readers stay linear on inputs built to
// make a careless pattern backtrack. The time bound is deliberately generous (a slow shared machine
// must pass); measured figures are in docs/camunda-api/error-texts.md.
import { describe, expect, it } from 'vitest';
import { MAX_PASTE_CHARS } from './normalise-text.ts';
import { parseErrorText } from './parse-error-text.ts';

const DENIED =
  "Command 'CREATE' rejected with code 'FORBIDDEN': Insufficient permissions to perform operation 'CREATE_PROCESS_INSTANCE' on resource 'PROCESS_DEFINITION'";

function fill(unit: string, length = MAX_PASTE_CHARS): string {
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

const PATHOLOGICAL: Record<string, string> = {
  'one long line of letters': fill('a'),
  'only line ends': fill('\n'),
  'single quotes': fill("'"),
  'double quotes': fill('"'),
  'escaped quotes': fill('\\"'),
  'opening braces': fill('{'),
  'a JSON key without its value': fill('{"detail": "'),
  'openings of the read family': fill('Unauthorized to perform operation '),
  'command prefixes without a reason': fill("Command 'A' rejected with code 'B': "),
  'quoted 401 sentences on one line': fill('"Bad credentials" '),
  'not-found labels without an ending': fill(
    "Aaaaaaaaaaaaaaaaaaaaaaaaaaaaa aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa with key 'x",
  ),
  'engine verbs without a key': fill('Expected to a a a a '),
  'request lines without a path': fill('GET '),
  'URLs without a host end': fill('http://aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa:'),
  'curl commands': fill('curl -X '),
  'status keys': fill('status: '),
  'colour codes': fill('\u001b[31m'),
  'engine openings on one line': fill("Insufficient permissions to perform operation '"),
  'a real denial on every line': `${DENIED}\n`.repeat(Math.floor(MAX_PASTE_CHARS / (DENIED.length + 1))),
};

describe('parseErrorText — limits', () => {
  for (const [name, text] of Object.entries(PATHOLOGICAL)) {
    it(`reads ${(text.length / 1000).toFixed(0)} kB of ${name} quickly`, () => {
      const started = performance.now();
      const pasted = parseErrorText(text);
      const elapsed = performance.now() - started;
      expect(pasted.truncated).toBe(false);
      expect(elapsed).toBeLessThan(2000);
    });
  }

  it('reads only the first 200,000 characters of a longer paste and says so', () => {
    const text = `${DENIED}\n${fill('x', 300_000)}\n${"Unauthorized to perform operation 'READ' on resource 'GROUP'"}`;
    const pasted = parseErrorText(text);
    expect(pasted.truncated).toBe(true);
    expect(pasted.detail).toBe(DENIED);
    // The second error lies beyond the cap, so it is not counted.
    expect(pasted.otherErrors).toBe(0);
  });

  it('counts a denial repeated on every line as one error', () => {
    const pasted = parseErrorText(PATHOLOGICAL['a real denial on every line']!);
    expect(pasted.detail).toBe(DENIED);
    expect(pasted.otherErrors).toBe(0);
  });
});
