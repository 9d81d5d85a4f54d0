// An authorization as the search endpoints return it, and its conversion to the evaluator's model;
// one definition for every reader (caller snapshot, diagnosis directory, audit).
import * as z from 'zod/mini';
import type { Authorization } from '../authz/model.ts';

const nullableString = z.optional(z.nullable(z.string()));

export const authorizationSchema = z.looseObject({
  authorizationKey: nullableString,
  ownerId: z.string(),
  ownerType: z.string(),
  resourceType: z.string(),
  resourceId: nullableString,
  resourcePropertyName: nullableString,
  permissionTypes: z.optional(z.nullable(z.array(z.string()))),
});

export function toAuthorization(a: z.output<typeof authorizationSchema>): Authorization {
  return {
    ...(a.authorizationKey ? { authorizationKey: a.authorizationKey } : {}),
    ownerId: a.ownerId,
    ownerType: a.ownerType,
    resourceType: a.resourceType,
    resourceId: a.resourceId ?? null,
    resourcePropertyName: a.resourcePropertyName ?? null,
    permissionTypes: a.permissionTypes ?? [],
  };
}
