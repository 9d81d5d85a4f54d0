// The inline callout's explanation of a refused request: the 403 text, read with what the
// operation catalogue says the request needed. The catalogue is a lazy chunk: before it has
// arrived (or when the cluster's version is not known yet) the text alone decides, and the
// callout sharpens once it is there.
import type { ApiError } from '../../lib/api/api-error.ts';
import { catalogueRequirement } from '../../lib/authz/catalogue-requirement.ts';
import type { ClusterVersion } from '../../lib/authz/model.ts';
import { type ForbiddenExplanation, parseForbidden } from '../../lib/authz/parse-forbidden.ts';
import { findOperation } from '../../lib/catalogue/find-operation.ts';
import type { CatalogueEntry } from '../../lib/catalogue/types.ts';

export function explainRefusal(
  error: Pick<ApiError, 'problem' | 'status' | 'request'>,
  catalogue: readonly CatalogueEntry[] | null,
  version: ClusterVersion | null,
): ForbiddenExplanation {
  const { method, path } = error.request;
  const match = catalogue ? findOperation(catalogue, method, path) : null;
  return parseForbidden(error.problem ?? { status: error.status }, {
    method,
    path,
    version,
    catalogue,
    requirement: match && version ? catalogueRequirement(match, version) : null,
  });
}
