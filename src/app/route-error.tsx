import { isRouteErrorResponse, Link, useRouteError } from 'react-router';

export function RouteError() {
  const error = useRouteError();
  const message = isRouteErrorResponse(error)
    ? `${error.status} ${error.statusText}`
    : error instanceof Error
      ? error.message
      : 'Unknown error';
  return (
    <main className="lantern-page" id="main-content">
      <h1 className="lantern-page__title">Something went wrong</h1>
      <p>{message}</p>
      <p>
        <Link to="/">Back to the cluster list</Link>
      </p>
    </main>
  );
}
