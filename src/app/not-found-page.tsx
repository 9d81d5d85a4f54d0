import { Link } from 'react-router';
import { useT } from '../lib/i18n/use-t.ts';

export function NotFoundPage() {
  const t = useT();
  return (
    <section className="lantern-page" aria-labelledby="not-found-title">
      <h1 id="not-found-title" className="lantern-page__title">
        {t('notFound.title')}
      </h1>
      <p>
        {t('notFound.body')} <Link to="/">{t('notFound.chooseCluster')}</Link>
      </p>
    </section>
  );
}
