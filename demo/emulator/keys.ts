// Zeebe keys encode their partition in the top bits (key >> 51 = partition id), so keys look
// like a real cluster's: partition 1 starts at 2251799813685249. Keys travel as strings.
const PARTITION_BITS = 51n;

export class KeyGenerator {
  private readonly counters = new Map<number, bigint>();

  constructor(private readonly partitions: number) {}

  next(partitionId = 1): string {
    const counter = (this.counters.get(partitionId) ?? 0n) + 1n;
    this.counters.set(partitionId, counter);
    return ((BigInt(partitionId) << PARTITION_BITS) + counter).toString();
  }

  /** Round-robin partition choice for the n-th process instance. */
  partitionFor(n: number): number {
    return (n % this.partitions) + 1;
  }
}

export function partitionOfKey(key: string): number {
  return Number(BigInt(key) >> PARTITION_BITS);
}

/** Orders numeric key strings without BigInt parsing (all keys are positive, no leading zeros). */
export function compareKeys(a: string, b: string): number {
  return a.length !== b.length ? a.length - b.length : a < b ? -1 : a > b ? 1 : 0;
}

export function isKey(value: string): boolean {
  return /^[1-9]\d{0,18}$/.test(value);
}
