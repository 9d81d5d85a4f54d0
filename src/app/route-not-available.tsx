export function RouteNotAvailable({ title }: { title: string }) {
  return (
    <section className="lantern-page" aria-labelledby="not-available-title">
      <h1 id="not-available-title" className="lantern-page__title">
        {title}
      </h1>
      <p>This view is not available in this build yet.</p>
    </section>
  );
}
