import { Button, Select, SelectItem, TextInput } from '@carbon/react';
import { memo, useState, type FormEvent } from 'react';
import {
  MAX_VIEW_NAME_LENGTH,
  loadSavedViews,
  normalizeViewName,
  storeSavedViews,
  viewMatching,
  withView,
  withoutView,
  type SavedView,
} from '../lib/saved-views.ts';

interface TaskFilterPanelViewsProps {
  clusterId: string;
  /** The queue's URL query: the applied filter and sort. */
  query: string;
  onOpen: (query: string) => void;
}

/**
 * "My views" of this cluster: a saved view is a name for the queue's URL query, so opening it is a
 * navigation, and the page address is the link that shares it.
 */
// Memoized like the filter panel: the queue's answers do not change it.
export const TaskFilterPanelViews = memo(function TaskFilterPanelViews({
  clusterId,
  query,
  onOpen,
}: TaskFilterPanelViewsProps) {
  const [views, setViews] = useState<SavedView[]>(() => loadSavedViews(clusterId));
  const [name, setName] = useState('');
  const [message, setMessage] = useState('');
  const current = viewMatching(views, query);

  const update = (next: SavedView[], done: string) => {
    if (storeSavedViews(clusterId, next)) {
      setViews(next);
      setMessage(done);
    } else {
      setMessage('This browser refuses to store views (private mode or storage full); nothing was saved.');
    }
  };

  const save = (event: FormEvent) => {
    event.preventDefault();
    const clean = normalizeViewName(name);
    if (clean === '') {
      setMessage('Give the view a name first.');
      return;
    }
    const replaced = views.some((v) => v.name === clean);
    const next = withView(views, clean, query);
    if (!next.some((v) => v.name === clean)) {
      setMessage(`No room for another view: ${views.length} are saved. Delete one first.`);
      return;
    }
    update(next, `${replaced ? 'Replaced' : 'Saved'} the view “${clean}”.`);
    setName('');
  };

  const copyLink = () => {
    navigator.clipboard.writeText(window.location.href).then(
      () => setMessage('Link to this view copied.'),
      () => setMessage('The browser refused the clipboard; copy the address bar instead.'),
    );
  };

  return (
    <section className="task-views" aria-labelledby="task-views-title">
      <h2 id="task-views-title" className="user-tasks-page__section-title">
        My views
      </h2>
      {views.length > 0 ? (
        <Select
          id="task-views-open"
          labelText="Open a saved view"
          size="sm"
          value={current?.name ?? ''}
          onChange={(e) => {
            const view = views.find((v) => v.name === e.target.value);
            if (view) onOpen(view.query);
          }}
        >
          <SelectItem value="" text="Choose a view…" />
          {views.map((v) => (
            <SelectItem key={v.name} value={v.name} text={v.name} />
          ))}
        </Select>
      ) : (
        <p className="task-views__none">No saved views for this cluster yet.</p>
      )}
      <form className="task-views__save" onSubmit={save} aria-label="Save the current view">
        <TextInput
          id="task-views-name"
          labelText="Save filter and sort as"
          helperText="Kept in this browser, for this cluster: the name and the filter only."
          size="sm"
          maxLength={MAX_VIEW_NAME_LENGTH}
          value={name}
          onChange={(e) => setName(e.target.value)}
        />
        <div className="task-views__actions">
          <Button type="submit" size="sm" kind="tertiary">
            Save view
          </Button>
          <Button type="button" size="sm" kind="ghost" onClick={copyLink}>
            Copy link
          </Button>
          {current ? (
            <Button
              type="button"
              size="sm"
              kind="ghost"
              onClick={() => update(withoutView(views, current.name), `Deleted the view “${current.name}”.`)}
            >
              Delete “{current.name}”
            </Button>
          ) : null}
        </div>
      </form>
      <p className="task-views__status" role="status">
        {message}
      </p>
    </section>
  );
});
