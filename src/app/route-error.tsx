import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { useT } from '../lib/i18n/use-t.ts';

export function RouteError() {
  const t = useT();
  const error = useRouteError();
  const message = isRouteErrorResponse(error)
    ? `${error.status} ${error.statusText}`
    : error instanceof Error
      ? error.message
      : t('routeError.unknown');
  return (
    <main className="lantern-page" id="main-content">
      <h1 className="lantern-page__title">{t('routeError.title')}</h1>
      <p>{message}</p>
      <p>
        <Link to="/">{t('routeError.backToClusters')}</Link>
      </p>
    </main>
  );
}
