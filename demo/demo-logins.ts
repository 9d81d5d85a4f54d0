// The demo's documented logins, in one place: the terminal table of `npm start` and the hints the
// cluster picker shows under each demo cluster. These secrets are the demo's, published in the README.
export const demoLogins: [principal: string, secret: string, shows: string][] = [
  ['user demo', 'demo', 'admin role: everything allowed'],
  ['user anna', 'anna', 'task worker: group accounting, role task-worker'],
  ['user ron', 'ron', 'auditor: readonly-admin, every write forbidden'],
  ['user nina', 'nina', 'no authorizations: lists come back empty'],
  ['client worker-client', 'worker-secret', 'only CREATE_PROCESS_INSTANCE: the "my worker gets 403" case'],
  ['client ops-client', 'ops-secret', 'admin role'],
  ['client invoice-app', 'invoice-app-secret', 'saas: the demo app, refused CREATE_PROCESS_INSTANCE'],
  ['client invoice-worker', 'invoice-worker-secret', 'saas: the demo worker, completes invoice jobs'],
];

/** What the picker says under a demo cluster: which login to try, and which cluster to start with. */
export function demoSignInHint(clusterId: string, auth: 'none' | 'basic' | 'oidc'): string {
  if (clusterId === 'helm') {
    return 'Try this first: sign in as ron / ron (auditor), open a task: “Assign to me” is disabled with the permission he lacks; “Try anyway” gets the 403 explained. Also anna / anna (task worker), demo / demo (admin), nina / nina (no grants).';
  }
  if (auth === 'none') return 'No sign-in: the quickest look at topology and tasks.';
  if (auth === 'basic')
    return 'Users demo / demo (admin), anna / anna (task worker), ron / ron (auditor), nina / nina (no grants).';
  return 'User login demo / demo, anna / anna, ron / ron, nina / nina; client credentials worker-client / worker-secret (gets 403s) or ops-client / ops-secret (admin).';
}
