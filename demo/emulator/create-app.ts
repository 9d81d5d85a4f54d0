import express, { type NextFunction, type Request, type Response } from 'express';
import type { Scenario } from '../scenarios/scenario-types.ts';
import type { Authenticator } from './authenticate.ts';
import { resolveAccess } from './authorization-engine.ts';
import type { ClusterState } from './cluster-state.ts';
import { isLoopback, type FaultInjector } from './fault-injection.ts';
import {
  changeMembership,
  createAuthorization,
  createIdentity,
  currentUser,
  deleteAuthorization,
  deleteIdentity,
  getAuthorization,
  getIdentity,
  searchAuthorizations,
  searchIdentity,
  searchMembers,
  searchOwnAuthorizations,
  updateAuthorization,
  updateIdentity,
  type MemberKind,
} from './identity-service.ts';
import { ApiProblem, problemBody } from './problems.ts';
import { getProcessDefinition, searchProcessDefinitions } from './process-definition-service.ts';
import type { ServiceContext, ServiceResult } from './service-context.ts';
import { resolveDate } from './scenario-clock.ts';
import { clusterIsUp, topologyShape } from './shapes.ts';
import {
  assignUserTask,
  completeUserTask,
  getUserTask,
  getUserTaskForm,
  searchUserTaskEffectiveVariables,
  searchUserTasks,
  searchUserTaskVariables,
  unassignUserTask,
  updateUserTask,
} from './user-task-service.ts';

export interface EmulatorRuntime {
  scenario: Scenario;
  state(): ClusterState;
  authenticator: Authenticator;
  faults: FaultInjector;
  reset(): void;
  clock(): string;
}

type Handler = (ctx: ServiceContext, req: Request) => ServiceResult | Promise<ServiceResult>;

function sendProblem(res: Response, problem: ApiProblem, path: string): void {
  res
    .status(problem.status)
    .type('application/problem+json')
    .send(JSON.stringify(problemBody(problem, path)));
}

function param(req: Request, name: string): string {
  const v = req.params[name];
  return typeof v === 'string' ? v : '';
}

export function createApp(rt: EmulatorRuntime): express.Express {
  const { scenario } = rt;
  const version = scenario.version;
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);

  // ---- control API (loopback only, outside /v2) --------------------------------------------
  const control = express.Router();
  control.use((req, res, next) => {
    if (!isLoopback(req.socket.remoteAddress)) {
      res.status(403).json({ error: 'control API is loopback-only' });
      return;
    }
    next();
  });
  control.use(express.json());
  control.get('/faults', (_req, res) => {
    res.json({ faults: rt.faults.list() });
  });
  control.post('/faults', (req, res) => {
    const inputs: unknown[] = Array.isArray(req.body) ? req.body : [req.body];
    const added = [];
    for (const input of inputs) {
      const result = rt.faults.add(input);
      if (typeof result === 'string') {
        res.status(400).json({ error: result });
        return;
      }
      added.push(result);
    }
    res.status(201).json({ faults: added });
  });
  control.delete('/faults', (_req, res) => {
    rt.faults.clear();
    res.status(204).end();
  });
  control.delete('/faults/:id', (req, res) => {
    res.status(rt.faults.remove(Number(param(req, 'id'))) ? 204 : 404).end();
  });
  control.post('/reset', (_req, res) => {
    rt.reset();
    res.status(204).end();
  });
  control.get('/scenario', (_req, res) => {
    res.json({ displayName: scenario.displayName, version, auth: scenario.auth.method, source: scenario.source });
  });
  app.use('/__control', control);

  app.use(rt.faults.middleware());

  // ---- /v2 ---------------------------------------------------------------------------------
  const v2 = express.Router();
  v2.use(express.json({ limit: '10mb', type: ['application/json', 'application/*+json'] }));

  // Unauthenticated health check (§3.2).
  v2.get('/status', (_req, res) => {
    res.status(clusterIsUp(scenario.topology) ? 204 : 503).end();
  });

  const route =
    (handler: Handler) =>
    async (req: Request, res: Response): Promise<void> => {
      try {
        const caller = await rt.authenticator.authenticate(req.headers.authorization);
        const state = rt.state();
        const access = resolveAccess(state, caller, {
          authorizationsEnabled: scenario.authorizationsEnabled,
          multiTenancyChecksEnabled: scenario.multiTenancyChecksEnabled,
        });
        const ctx: ServiceContext = {
          state,
          version,
          access,
          now: () => rt.clock(),
          bcryptCost: scenario.auth.method === 'basic' ? (scenario.auth.bcryptCost ?? 10) : 10,
        };
        const result = await handler(ctx, req);
        if (result.body === undefined) res.status(result.status).end();
        else res.status(result.status).json(result.body);
      } catch (error) {
        if (error instanceof ApiProblem) sendProblem(res, error, req.originalUrl.split('?')[0]!);
        else {
          const message = error instanceof Error ? error.message : String(error);
          sendProblem(
            res,
            new ApiProblem(500, 'INTERNAL', `Unexpected error occurred during the request processing: ${message}`),
            req.originalUrl.split('?')[0]!,
          );
        }
      }
    };

  const truncate = (req: Request) => req.query.truncateValues !== 'false';

  v2.get(
    '/topology',
    route(() => ({ status: 200, body: topologyShape(version, scenario.topology) })),
  );
  v2.get(
    '/license',
    route(() => ({
      status: 200,
      body: scenario.license
        ? {
            ...scenario.license,
            expiresAt:
              scenario.license.expiresAt === null ? null : resolveDate(scenario.license.expiresAt, rt.state().now),
          }
        : { validLicense: false, licenseType: 'unknown', isCommercial: false, expiresAt: null },
    })),
  );
  v2.get(
    '/authentication/me',
    route((ctx) => currentUser(ctx)),
  );
  if (version === '8.10') {
    v2.post(
      '/authentication/me/authorizations',
      route((ctx, req) => (ctx.access.anonymous ? { status: 401 } : searchOwnAuthorizations(ctx, req.body))),
    );
  }

  v2.post(
    '/user-tasks/search',
    route((ctx, req) => searchUserTasks(ctx, req.body)),
  );
  v2.get(
    '/user-tasks/:key',
    route((ctx, req) => getUserTask(ctx, param(req, 'key'))),
  );
  v2.patch(
    '/user-tasks/:key',
    route((ctx, req) => updateUserTask(ctx, param(req, 'key'), req.body)),
  );
  v2.get(
    '/user-tasks/:key/form',
    route((ctx, req) => getUserTaskForm(ctx, param(req, 'key'))),
  );
  v2.post(
    '/user-tasks/:key/assignment',
    route((ctx, req) => assignUserTask(ctx, param(req, 'key'), req.body)),
  );
  v2.delete(
    '/user-tasks/:key/assignee',
    route((ctx, req) => unassignUserTask(ctx, param(req, 'key'))),
  );
  v2.post(
    '/user-tasks/:key/completion',
    route((ctx, req) => completeUserTask(ctx, param(req, 'key'), req.body)),
  );
  v2.post(
    '/user-tasks/:key/variables/search',
    route((ctx, req) => searchUserTaskVariables(ctx, param(req, 'key'), req.body, truncate(req))),
  );
  if (version !== '8.8') {
    v2.post(
      '/user-tasks/:key/effective-variables/search',
      route((ctx, req) => searchUserTaskEffectiveVariables(ctx, param(req, 'key'), req.body, truncate(req))),
    );
  }

  v2.post(
    '/process-definitions/search',
    route((ctx, req) => searchProcessDefinitions(ctx, req.body)),
  );
  v2.get(
    '/process-definitions/:key',
    route((ctx, req) => getProcessDefinition(ctx, param(req, 'key'))),
  );

  v2.post(
    '/authorizations',
    route((ctx, req) => createAuthorization(ctx, req.body)),
  );
  v2.post(
    '/authorizations/search',
    route((ctx, req) => searchAuthorizations(ctx, req.body)),
  );
  v2.get(
    '/authorizations/:key',
    route((ctx, req) => getAuthorization(ctx, param(req, 'key'))),
  );
  v2.put(
    '/authorizations/:key',
    route((ctx, req) => updateAuthorization(ctx, param(req, 'key'), req.body)),
  );
  v2.delete(
    '/authorizations/:key',
    route((ctx, req) => deleteAuthorization(ctx, param(req, 'key'))),
  );

  const identities = [
    ['users', 'users'],
    ['groups', 'groups'],
    ['roles', 'roles'],
    ['tenants', 'tenants'],
    ['mapping-rules', 'mappingRules'],
  ] as const;
  for (const [path, kind] of identities) {
    v2.post(
      `/${path}`,
      route((ctx, req) => createIdentity(ctx, kind, req.body)),
    );
    v2.post(
      `/${path}/search`,
      route((ctx, req) => searchIdentity(ctx, kind, req.body)),
    );
    v2.get(
      `/${path}/:id`,
      route((ctx, req) => getIdentity(ctx, kind, param(req, 'id'))),
    );
    v2.put(
      `/${path}/:id`,
      route((ctx, req) => updateIdentity(ctx, kind, param(req, 'id'), req.body)),
    );
    v2.delete(
      `/${path}/:id`,
      route((ctx, req) => deleteIdentity(ctx, kind, param(req, 'id'))),
    );
  }

  const memberships: [
    container: 'groups' | 'roles' | 'tenants',
    path: string,
    member: MemberKind,
    assignable: boolean,
  ][] = [
    ['groups', 'users', 'users', true],
    ['groups', 'clients', 'clients', true],
    ['groups', 'mapping-rules', 'mappingRules', true],
    ['groups', 'roles', 'roles', false],
    ['roles', 'users', 'users', true],
    ['roles', 'clients', 'clients', true],
    ['roles', 'groups', 'groups', true],
    ['roles', 'mapping-rules', 'mappingRules', true],
    ['tenants', 'users', 'users', true],
    ['tenants', 'clients', 'clients', true],
    ['tenants', 'groups', 'groups', true],
    ['tenants', 'roles', 'roles', true],
    ['tenants', 'mapping-rules', 'mappingRules', true],
  ];
  for (const [container, path, member, assignable] of memberships) {
    v2.post(
      `/${container}/:id/${path}/search`,
      route((ctx, req) => searchMembers(ctx, container, param(req, 'id'), member, req.body)),
    );
    if (!assignable) continue;
    v2.put(
      `/${container}/:id/${path}/:memberId`,
      route((ctx, req) => changeMembership(ctx, container, param(req, 'id'), member, param(req, 'memberId'), true)),
    );
    v2.delete(
      `/${container}/:id/${path}/:memberId`,
      route((ctx, req) => changeMembership(ctx, container, param(req, 'id'), member, param(req, 'memberId'), false)),
    );
  }

  v2.use((req, res) => {
    sendProblem(
      res,
      new ApiProblem(404, 'Not Found', `No endpoint ${req.method} ${req.originalUrl.split('?')[0]}.`),
      req.originalUrl.split('?')[0]!,
    );
  });
  app.use('/v2', v2);

  // Body parse errors and anything else that escapes a route.
  app.use((error: unknown, req: Request, res: Response, _next: NextFunction) => {
    const path = req.originalUrl.split('?')[0]!;
    const status = (error as { status?: number }).status;
    if (status === 400 || (error as { type?: string }).type === 'entity.parse.failed')
      sendProblem(res, new ApiProblem(400, 'Bad Request', 'Failed to read request'), path);
    else if (status === 413) sendProblem(res, new ApiProblem(413, 'Payload Too Large', 'Request body too large'), path);
    else
      sendProblem(
        res,
        new ApiProblem(500, 'INTERNAL', 'Unexpected error occurred during the request processing'),
        path,
      );
  });
  app.use((req, res) => {
    const path = req.originalUrl.split('?')[0]!;
    sendProblem(res, new ApiProblem(404, 'Not Found', `No endpoint ${req.method} ${path}.`), path);
  });
  return app;
}
