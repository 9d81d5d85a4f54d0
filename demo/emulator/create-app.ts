import express, { type NextFunction, type Request, type Response } from 'express';
import type { Scenario } from '../scenarios/scenario-types.ts';
import type { Authenticator } from './authenticate.ts';
import { findOperation } from '../../src/lib/catalogue/find-operation.ts';
import { OPERATION_CATALOGUE } from '../../src/lib/catalogue/operation-catalogue.ts';
import { resolveAccess } from './authorization-engine.ts';
import { handleCatalogueOperation } from './catalogue-operations.ts';
import { rejectUnknownProperties } from './identity-requests.ts';
import { REQUEST_BODY_FIELDS } from './request-body-fields.ts';
import type { ClusterState } from './cluster-state.ts';
import { controlRequestRefusal, type FaultInjector } from './fault-injection.ts';
import {
  createAuthorization,
  deleteAuthorization,
  getAuthorization,
  searchAuthorizations,
  searchOwnAuthorizations,
  updateAuthorization,
} from './authorization-service.ts';
import { currentUser } from './current-user-service.ts';
import {
  getDecisionDefinition,
  getDecisionDefinitionXml,
  getDecisionRequirements,
  getDecisionRequirementsXml,
  searchDecisionDefinitions,
  searchDecisionRequirements,
} from './decision-service.ts';
import {
  createDeployment,
  deleteResource,
  getProcessDefinitionXml,
  getResource,
  getResourceContent,
} from './deployment-service.ts';
import {
  createIdentity,
  deleteIdentity,
  getIdentity,
  searchIdentity,
  updateIdentity,
} from './identity-entity-service.ts';
import {
  getIncident,
  resolveIncident,
  searchElementInstanceIncidents,
  searchIncidents,
  searchProcessInstanceIncidents,
} from './incident-service.ts';
import { activateJobs, completeJob, failJob, searchJobs, throwJobError, updateJob } from './job-service.ts';
import { changeMembership, searchMembers, type MemberKind } from './membership-service.ts';
import { broadcastSignal, correlateMessage, publishMessage } from './message-signal-service.ts';
import { ApiProblem, problemBody } from './problems.ts';
import { getProcessDefinition, searchProcessDefinitions } from './process-definition-service.ts';
import {
  cancelProcessInstance,
  createProcessInstance,
  getElementInstance,
  getProcessInstance,
  getVariable,
  searchElementInstances,
  searchProcessInstances,
  searchVariables,
} from './process-instance-service.ts';
import { isObject, type ServiceContext, type ServiceResult } from './service-context.ts';
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

function pathOf(req: Request): string {
  return req.originalUrl.split('?')[0]!;
}

function param(req: Request, name: string): string {
  const v = req.params[name];
  return typeof v === 'string' ? v : '';
}

function stringParams(values: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(values)) if (typeof value === 'string') out[name] = value;
  return out;
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
    const refusal = controlRequestRefusal(req);
    if (refusal) {
      res.status(403).json({ error: refusal });
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
  v2.use('/deployments', express.raw({ limit: '10mb', type: 'multipart/form-data' }));
  v2.use('/documents', express.raw({ limit: '10mb', type: 'multipart/form-data' }));

  // Unauthenticated health check (docs/camunda-api/endpoints.md §4).
  v2.get('/status', (_req, res) => {
    res.status(clusterIsUp(scenario.topology) ? 204 : 503).end();
  });

  // Unauthenticated too: Camunda serves the license to anyone (docs/camunda-api/endpoints.md §4).
  v2.get('/license', (_req, res) => {
    res.status(200).json(
      scenario.license
        ? {
            ...scenario.license,
            expiresAt:
              scenario.license.expiresAt === null ? null : resolveDate(scenario.license.expiresAt, rt.state().now),
          }
        : { validLicense: false, licenseType: 'unknown', isCommercial: false, expiresAt: null },
    );
  });

  const route =
    (handler: Handler, unprotected = false, bodyFields?: readonly string[]) =>
    async (req: Request, res: Response): Promise<void> => {
      try {
        const caller = unprotected
          ? ({ kind: 'anonymous' } as const)
          : await rt.authenticator.authenticate(req.headers.authorization);
        // The body is read into its request type before anything is checked: a field the type
        // lacks is a 400 Bad Request (after authentication, which runs first).
        if (bodyFields && isObject(req.body)) rejectUnknownProperties(req.body, bodyFields);
        const state = rt.state();
        const access = resolveAccess(state, caller, {
          authorizationsEnabled: scenario.authorizationsEnabled,
          multiTenancyChecksEnabled: scenario.multiTenancyChecksEnabled,
        });
        const ctx: ServiceContext = {
          state,
          version,
          access,
          now: () => {
            const pinned = state.catalogueStores.pinnedClock;
            return pinned === null ? rt.clock() : new Date(pinned).toISOString();
          },
          bcryptCost: scenario.auth.method === 'basic' ? (scenario.auth.bcryptCost ?? 10) : 10,
        };
        const result = await handler(ctx, req);
        if (result.body === undefined) res.status(result.status).end();
        else if (result.contentType !== undefined) res.status(result.status).type(result.contentType).send(result.body);
        else res.status(result.status).json(result.body);
      } catch (error) {
        if (error instanceof ApiProblem) sendProblem(res, error, pathOf(req));
        else {
          const message = error instanceof Error ? error.message : String(error);
          sendProblem(
            res,
            new ApiProblem(500, 'INTERNAL', `Unexpected error occurred during the request processing: ${message}`),
            pathOf(req),
          );
        }
      }
    };

  // One line a route, so the list below reads as the emulated API surface.
  const served = new Set(['GET /status', 'GET /license']);
  const on = (method: 'get' | 'post' | 'put' | 'patch' | 'delete', path: string, handler: Handler): void => {
    served.add(`${method.toUpperCase()} ${path.replace(/:\w+/g, ':')}`);
    const operation = findOperation(OPERATION_CATALOGUE, method, path)?.entry.operationId;
    v2[method](path, route(handler, false, operation === undefined ? undefined : REQUEST_BODY_FIELDS[operation]));
  };
  const truncate = (req: Request) => req.query.truncateValues !== 'false';

  on('get', '/topology', () => ({ status: 200, body: topologyShape(version, scenario.topology) }));
  on('get', '/authentication/me', (ctx) => currentUser(ctx));
  if (version === '8.10') {
    on('post', '/authentication/me/authorizations', (ctx, req) =>
      ctx.access.anonymous ? { status: 401 } : searchOwnAuthorizations(ctx, req.body),
    );
  }

  on('post', '/user-tasks/search', (ctx, req) => searchUserTasks(ctx, req.body));
  on('get', '/user-tasks/:key', (ctx, req) => getUserTask(ctx, param(req, 'key')));
  on('patch', '/user-tasks/:key', (ctx, req) => updateUserTask(ctx, param(req, 'key'), req.body));
  on('get', '/user-tasks/:key/form', (ctx, req) => getUserTaskForm(ctx, param(req, 'key')));
  on('post', '/user-tasks/:key/assignment', (ctx, req) => assignUserTask(ctx, param(req, 'key'), req.body));
  on('delete', '/user-tasks/:key/assignee', (ctx, req) => unassignUserTask(ctx, param(req, 'key')));
  on('post', '/user-tasks/:key/completion', (ctx, req) => completeUserTask(ctx, param(req, 'key'), req.body));
  on('post', '/user-tasks/:key/variables/search', (ctx, req) =>
    searchUserTaskVariables(ctx, param(req, 'key'), req.body, truncate(req)),
  );
  if (version !== '8.8') {
    on('post', '/user-tasks/:key/effective-variables/search', (ctx, req) =>
      searchUserTaskEffectiveVariables(ctx, param(req, 'key'), req.body, truncate(req)),
    );
  }

  on('post', '/process-definitions/search', (ctx, req) => searchProcessDefinitions(ctx, req.body));
  on('get', '/process-definitions/:key', (ctx, req) => getProcessDefinition(ctx, param(req, 'key')));
  on('get', '/process-definitions/:key/xml', (ctx, req) => getProcessDefinitionXml(ctx, param(req, 'key')));

  on('post', '/deployments', (ctx, req) => createDeployment(ctx, req.body, req.headers['content-type']));
  on('post', '/resources/:key/deletion', (ctx, req) => deleteResource(ctx, param(req, 'key')));
  on('get', '/resources/:key', (ctx, req) => getResource(ctx, param(req, 'key')));
  on('get', '/resources/:key/content', (ctx, req) => getResourceContent(ctx, param(req, 'key')));

  on('post', '/decision-definitions/search', (ctx, req) => searchDecisionDefinitions(ctx, req.body));
  on('get', '/decision-definitions/:key', (ctx, req) => getDecisionDefinition(ctx, param(req, 'key')));
  on('get', '/decision-definitions/:key/xml', (ctx, req) => getDecisionDefinitionXml(ctx, param(req, 'key')));
  on('post', '/decision-requirements/search', (ctx, req) => searchDecisionRequirements(ctx, req.body));
  on('get', '/decision-requirements/:key', (ctx, req) => getDecisionRequirements(ctx, param(req, 'key')));
  on('get', '/decision-requirements/:key/xml', (ctx, req) => getDecisionRequirementsXml(ctx, param(req, 'key')));

  on('post', '/process-instances', (ctx, req) => createProcessInstance(ctx, req.body));
  on('post', '/process-instances/search', (ctx, req) => searchProcessInstances(ctx, req.body));
  on('get', '/process-instances/:key', (ctx, req) => getProcessInstance(ctx, param(req, 'key')));
  on('post', '/process-instances/:key/cancellation', (ctx, req) => cancelProcessInstance(ctx, param(req, 'key')));
  on('post', '/process-instances/:key/incidents/search', (ctx, req) =>
    searchProcessInstanceIncidents(ctx, param(req, 'key'), req.body),
  );
  on('post', '/element-instances/search', (ctx, req) => searchElementInstances(ctx, req.body));
  if (version !== '8.8') {
    on('post', '/element-instances/:key/incidents/search', (ctx, req) =>
      searchElementInstanceIncidents(ctx, param(req, 'key'), req.body),
    );
  }
  on('get', '/element-instances/:key', (ctx, req) => getElementInstance(ctx, param(req, 'key')));
  on('post', '/variables/search', (ctx, req) => searchVariables(ctx, req.body, truncate(req)));
  on('get', '/variables/:key', (ctx, req) => getVariable(ctx, param(req, 'key')));

  on('post', '/jobs/activation', (ctx, req) => activateJobs(ctx, req.body));
  on('post', '/jobs/search', (ctx, req) => searchJobs(ctx, req.body));
  on('patch', '/jobs/:key', (ctx, req) => updateJob(ctx, param(req, 'key'), req.body));
  on('post', '/jobs/:key/completion', (ctx, req) => completeJob(ctx, param(req, 'key'), req.body));
  on('post', '/jobs/:key/failure', (ctx, req) => failJob(ctx, param(req, 'key'), req.body));
  on('post', '/jobs/:key/error', (ctx, req) => throwJobError(ctx, param(req, 'key'), req.body));
  on('post', '/incidents/search', (ctx, req) => searchIncidents(ctx, req.body));
  on('get', '/incidents/:key', (ctx, req) => getIncident(ctx, param(req, 'key')));
  on('post', '/incidents/:key/resolution', (ctx, req) => resolveIncident(ctx, param(req, 'key')));
  on('post', '/messages/publication', (ctx, req) => publishMessage(ctx, req.body));
  on('post', '/messages/correlation', (ctx, req) => correlateMessage(ctx, req.body));
  on('post', '/signals/broadcast', (ctx, req) => broadcastSignal(ctx, req.body));

  on('post', '/authorizations', (ctx, req) => createAuthorization(ctx, req.body));
  on('post', '/authorizations/search', (ctx, req) => searchAuthorizations(ctx, req.body));
  on('get', '/authorizations/:key', (ctx, req) => getAuthorization(ctx, param(req, 'key')));
  on('put', '/authorizations/:key', (ctx, req) => updateAuthorization(ctx, param(req, 'key'), req.body));
  on('delete', '/authorizations/:key', (ctx, req) => deleteAuthorization(ctx, param(req, 'key')));

  const identities = [
    ['users', 'users'],
    ['groups', 'groups'],
    ['roles', 'roles'],
    ['tenants', 'tenants'],
    ['mapping-rules', 'mappingRules'],
  ] as const;
  for (const [path, kind] of identities) {
    on('post', `/${path}`, (ctx, req) => createIdentity(ctx, kind, req.body));
    on('post', `/${path}/search`, (ctx, req) => searchIdentity(ctx, kind, req.body));
    on('get', `/${path}/:id`, (ctx, req) => getIdentity(ctx, kind, param(req, 'id')));
    on('put', `/${path}/:id`, (ctx, req) => updateIdentity(ctx, kind, param(req, 'id'), req.body));
    on('delete', `/${path}/:id`, (ctx, req) => deleteIdentity(ctx, kind, param(req, 'id')));
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
    on('post', `/${container}/:id/${path}/search`, (ctx, req) =>
      searchMembers(ctx, container, param(req, 'id'), member, req.body),
    );
    if (!assignable) continue;
    on('put', `/${container}/:id/${path}/:memberId`, (ctx, req) =>
      changeMembership(ctx, container, param(req, 'id'), member, param(req, 'memberId'), true),
    );
    on('delete', `/${container}/:id/${path}/:memberId`, (ctx, req) =>
      changeMembership(ctx, container, param(req, 'id'), member, param(req, 'memberId'), false),
    );
  }

  // Every other catalogue operation of this version: the catalogue's checks, a generic answer.
  const generic = OPERATION_CATALOGUE.flatMap((entry) => {
    const facts = entry.versions[version];
    const path = entry.path.replace(/\{(\w+)\}/g, ':$1');
    return facts && !served.has(`${entry.method} ${path.replace(/:\w+/g, ':')}`) ? [{ entry, facts, path }] : [];
  });
  // Literal segments first, so `/process-instances/cancellation` is not read as a key.
  const literals = (path: string) => path.split('/').filter((s) => s !== '' && !s.startsWith(':')).length;
  generic.sort((a, b) => literals(b.path) - literals(a.path));
  for (const { entry, facts, path } of generic) {
    const method = entry.method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete';
    v2[method](
      path,
      route(
        (ctx, req) =>
          handleCatalogueOperation(
            ctx,
            entry,
            facts,
            stringParams(req.params),
            stringParams(req.query),
            req.body,
            req.headers['content-type'],
          ),
        facts.behaviour === 'unprotected',
        REQUEST_BODY_FIELDS[entry.operationId],
      ),
    );
  }

  v2.use((req, res) => {
    sendProblem(res, new ApiProblem(404, 'Not Found', `No endpoint ${req.method} ${pathOf(req)}.`), pathOf(req));
  });
  app.use('/v2', v2);

  // Body parse errors and anything else that escapes a route.
  app.use((error: unknown, req: Request, res: Response, _next: NextFunction) => {
    const path = pathOf(req);
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
    const path = pathOf(req);
    sendProblem(res, new ApiProblem(404, 'Not Found', `No endpoint ${req.method} ${path}.`), path);
  });
  return app;
}
