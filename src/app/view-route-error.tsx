import type { ComponentType } from 'react';
import { isRouteErrorResponse, useLocation, useNavigate, useRouteError } from 'react-router';
import { PanelError } from '../components/error-boundary/panel-error.tsx';
import type { MessageId } from '../lib/i18n/catalogues.ts';
import { useT, type Translate } from '../lib/i18n/use-t.ts';

function errorText(t: Translate, error: unknown): string {
  if (isRouteErrorResponse(error)) return `${error.status} ${error.statusText}`;
  if (error instanceof Error) return error.message || error.name;
  return typeof error === 'string' ? error : t('routeError.unknown');
}

/**
 * The error boundary of one view route: a crash while loading or rendering the view stays in
 * the view's place, under the shell. "Try again" navigates to the same address, which makes
 * React Router drop the error and render the view afresh (no reload, the connection stays).
 */
export function viewRouteError(view: MessageId): ComponentType {
  function ViewRouteError() {
    const t = useT();
    const error = useRouteError();
    const location = useLocation();
    const navigate = useNavigate();
    const retry = () =>
      void navigate(
        { pathname: location.pathname, search: location.search, hash: location.hash },
        { replace: true, state: location.state as unknown },
      );
    return <PanelError view={t(view)} message={errorText(t, error)} onRetry={retry} />;
  }
  return ViewRouteError;
}
