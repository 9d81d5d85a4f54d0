// What the first screen (the cluster picker at `/`, the shell around every view) says: loaded before the
// first render. Every other area is in views.ts, loaded right after (docs/decisions.md › UI languages).
import clusters from './clusters.json';
import common from './common.json';
import shell from './shell.json';

/** The part's messages by area (the catalogue test checks that each id sits in one area). */
export const firstScreenAreas = { shell, clusters, common };

export default { ...shell, ...clusters, ...common };
