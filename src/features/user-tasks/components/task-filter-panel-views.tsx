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
import { msg, type Message } from '../../../lib/i18n/message.ts';
import { useLanguageState } from '../../../lib/i18n/language-store.ts';
import { useT } from '../../../lib/i18n/use-t.ts';

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
  const t = useT();
  const { language } = useLanguageState();
  const [views, setViews] = useState<SavedView[]>(() => loadSavedViews(clusterId));
  const [name, setName] = useState('');
  // A descriptor, not a sentence: a language switch re-words the status already shown.
  const [message, setMessage] = useState<Message | null>(null);
  const current = viewMatching(views, query);

  const update = (next: SavedView[], done: Message) => {
    if (storeSavedViews(clusterId, next)) {
      setViews(next);
      setMessage(done);
    } else {
      setMessage(msg('tasks.views.storageRefused'));
    }
  };

  const save = (event: FormEvent) => {
    event.preventDefault();
    const clean = normalizeViewName(name);
    if (clean === '') {
      setMessage(msg('tasks.views.nameFirst'));
      return;
    }
    const replaced = views.some((v) => v.name === clean);
    const next = withView(views, clean, query);
    if (!next.some((v) => v.name === clean)) {
      setMessage(msg('tasks.views.full', { count: views.length }));
      return;
    }
    update(next, msg(replaced ? 'tasks.views.replaced' : 'tasks.views.saved', { name: clean }));
    setName('');
  };

  const copyLink = () => {
    navigator.clipboard.writeText(window.location.href).then(
      () => setMessage(msg('tasks.views.linkCopied')),
      () => setMessage(msg('tasks.views.clipboardRefused')),
    );
  };

  return (
    <section className="task-views" aria-labelledby="task-views-title">
      <h2 id="task-views-title" className="user-tasks-page__section-title">
        {t('tasks.views.title')}
      </h2>
      {views.length > 0 ? (
        <Select
          id="task-views-open"
          // Carbon keeps the select's title (its tooltip) from the first render: a new language remounts it.
          key={`task-views-open-${language}`}
          labelText={t('tasks.views.open')}
          size="sm"
          value={current?.name ?? ''}
          onChange={(e) => {
            const view = views.find((v) => v.name === e.target.value);
            if (view) onOpen(view.query);
          }}
        >
          <SelectItem value="" text={t('tasks.views.choose')} />
          {views.map((v) => (
            <SelectItem key={v.name} value={v.name} text={v.name} />
          ))}
        </Select>
      ) : (
        <p className="task-views__none">{t('tasks.views.none')}</p>
      )}
      <form className="task-views__save" onSubmit={save} aria-label={t('tasks.views.saveFormLabel')}>
        <TextInput
          id="task-views-name"
          labelText={t('tasks.views.saveAs')}
          helperText={t('tasks.views.saveHelp')}
          size="sm"
          maxLength={MAX_VIEW_NAME_LENGTH}
          value={name}
          onChange={(e) => setName(e.target.value)}
        />
        <div className="task-views__actions">
          <Button type="submit" size="sm" kind="tertiary">
            {t('tasks.views.save')}
          </Button>
          <Button type="button" size="sm" kind="ghost" onClick={copyLink}>
            {t('tasks.views.copyLink')}
          </Button>
          {current ? (
            <Button
              type="button"
              size="sm"
              kind="ghost"
              onClick={() =>
                update(withoutView(views, current.name), msg('tasks.views.deleted', { name: current.name }))
              }
            >
              {t('tasks.views.delete', { name: current.name })}
            </Button>
          ) : null}
        </div>
      </form>
      <p className="task-views__status" role="status">
        {message ? t.message(message) : null}
      </p>
    </section>
  );
});
