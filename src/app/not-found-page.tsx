import { Link } from 'react-router';

export function NotFoundPage() {
  return (
    <section className="lantern-page" aria-labelledby="not-found-title">
      <h1 id="not-found-title" className="lantern-page__title">
        Page not found
      </h1>
      <p>
        There is nothing at this address. <Link to="/">Choose a cluster</Link>.
      </p>
    </section>
  );
}
