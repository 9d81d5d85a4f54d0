// The caller's principal and subject live in the shared layer, where the permission gate of every
// action button evaluates them the same way as the diagnosis.
export { principalOf, subjectFor } from '../../../lib/api/caller-snapshot.ts';
