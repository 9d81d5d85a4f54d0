import { Modal } from '@carbon/react';
import type { KeyboardEvent } from 'react';
import { useT } from '../../../lib/i18n/use-t.ts';
import { QUEUE_SHORTCUTS } from '../lib/queue-shortcuts.ts';
import './task-list-shortcuts-dialog.scss';

interface TaskListShortcutsDialogProps {
  open: boolean;
  onClose: () => void;
}

/** The `?` overlay: a modal dialog (focus kept inside, Escape closes) listing the queue's keys. */
export function TaskListShortcutsDialog({ open, onClose }: TaskListShortcutsDialogProps) {
  const t = useT();
  // Escape from anywhere inside closes it, caught on the way down: the focused close button's own
  // tooltip stops Escape from bubbling (to close itself), so Carbon's document listener never sees it
  // and the dialog would stay open.
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    onClose();
  };
  return (
    <div className="task-shortcuts-frame" onKeyDownCapture={onKeyDown}>
      <Modal
        open={open}
        passiveModal
        modalHeading={t('tasks.shortcuts.title')}
        onRequestClose={onClose}
        closeButtonLabel={t('tasks.shortcuts.close')}
        size="sm"
        className="task-shortcuts"
      >
        <p className="task-shortcuts__lead">{t('tasks.shortcuts.lead')}</p>
        <table className="task-shortcuts__table">
          <caption className="lantern-visually-hidden">{t('tasks.shortcuts.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('tasks.shortcuts.key')}</th>
              <th scope="col">{t('tasks.shortcuts.does')}</th>
            </tr>
          </thead>
          <tbody>
            {QUEUE_SHORTCUTS.map((s) => (
              <tr key={s.action}>
                <td>
                  {s.keys.map((k) => (
                    <kbd key={k}>{k}</kbd>
                  ))}
                </td>
                <td>{t(s.description)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Modal>
    </div>
  );
}
