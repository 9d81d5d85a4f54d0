import { InlineNotification } from '@carbon/react';
import type { ComponentType } from 'react';
import type { ApiError } from '../../../lib/api/api-error.ts';

// The shared 403 callout (src/components/forbidden) is being written in parallel; until it
// exists this view still explains the denial instead of failing the build.
// TODO(views): import ForbiddenCallout directly once it has landed.
type CalloutProps = { error: ApiError; clusterId: string };
const modules = import.meta.glob<{ ForbiddenCallout?: ComponentType<CalloutProps> }>(
  '../../../components/forbidden/forbidden-callout.tsx',
  { eager: true },
);
const Callout = Object.values(modules)[0]?.ForbiddenCallout;

export function ForbiddenNotice({ error, clusterId }: CalloutProps) {
  if (Callout) return <Callout error={error} clusterId={clusterId} />;
  return (
    <InlineNotification
      kind="error"
      lowContrast
      hideCloseButton
      role="alert"
      title="Forbidden (403)"
      subtitle={error.problem?.detail ?? error.message}
    />
  );
}
