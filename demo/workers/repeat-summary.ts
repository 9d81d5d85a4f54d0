// Keeps a refused call from flooding the terminal: the first refusal is logged in full, repeats of
// the same refusal only at 2, 4, 8, … as "still refused (×N)", and the recovery once.

export type LogLine = (line: string) => void;

export class RepeatSummary {
  private key: string | null = null;
  private count = 0;

  constructor(private readonly log: LogLine) {}

  /** A refusal (or any repeating failure) identified by `key`; `line` is its full text. */
  failed(key: string, line: string): void {
    if (key !== this.key) {
      this.key = key;
      this.count = 1;
      this.log(line);
      return;
    }
    this.count += 1;
    if ((this.count & (this.count - 1)) === 0) this.log(`still refused (×${this.count}): ${line}`);
  }

  /** The call went through: says so once if it had been failing. */
  succeeded(line: string): void {
    if (this.key === null) return;
    this.log(`${line} (after ${this.count} refused attempt${this.count === 1 ? '' : 's'})`);
    this.key = null;
    this.count = 0;
  }

  get failing(): boolean {
    return this.key !== null;
  }
}
