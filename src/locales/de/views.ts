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
