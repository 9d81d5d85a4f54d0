// The German catalogue, one file per area of the app so that work on one view never touches
// another's texts. Ids are prefixed by their area; catalogues.test.ts fails on an id in two files.
import shell from './shell.json';
import clusters from './clusters.json';
import topology from './topology.json';
import signIn from './sign-in.json';
import common from './common.json';
import tasks from './tasks.json';
import audit from './audit.json';
import access from './access.json';
import diagnosis from './diagnosis.json';
import explain from './explain.json';
import fix from './fix.json';
import simulator from './simulator.json';
import capabilities from './capabilities.json';
import catalogue from './catalogue.json';

export const areas = {
  shell,
  clusters,
  topology,
  'sign-in': signIn,
  common,
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
  ...shell,
  ...clusters,
  ...topology,
  ...signIn,
  ...common,
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
