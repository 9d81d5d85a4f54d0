// Every view's texts but the first screen's (first.ts): a chunk of its own, loaded after the first render
// and before any other view shows.
import access from './access.json';
import audit from './audit.json';
import capabilities from './capabilities.json';
import catalogue from './catalogue.json';
import diagnosis from './diagnosis.json';
import explain from './explain.json';
import fix from './fix.json';
import signIn from './sign-in.json';
import simulator from './simulator.json';
import tasks from './tasks.json';
import topology from './topology.json';

/** The part's messages by area (the catalogue test checks that each id sits in one area). */
export const viewAreas = {
  'sign-in': signIn,
  topology,
  tasks,
  audit,
  access,
  diagnosis,
  explain,
  fix,
  simulator,
  capabilities,
  catalogue,
};

export default {
  ...signIn,
  ...topology,
  ...tasks,
  ...audit,
  ...access,
  ...diagnosis,
  ...explain,
  ...fix,
  ...simulator,
  ...capabilities,
  ...catalogue,
};
