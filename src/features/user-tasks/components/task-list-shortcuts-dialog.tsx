import { Modal } from '@carbon/react';
import type { KeyboardEvent } from 'react';
import { QUEUE_SHORTCUTS } from '../lib/queue-shortcuts.ts';
import './task-list-shortcuts-dialog.scss';

interface TaskListShortcutsDialogProps {
  open: boolean;
  onClose: () => void;
}

/** The `?` overlay: a modal dialog (focus kept inside, Escape closes) listing the queue's keys. */
export function TaskListShortcutsDialog({ open, onClose }: TaskListShortcutsDialogProps) {
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
        modalHeading="Keyboard shortcuts"
        onRequestClose={onClose}
        size="sm"
        className="task-shortcuts"
      >
        <p className="task-shortcuts__lead">
          On the task queue, when the cursor is not in a text field. Arrow keys, Page Up and Page Down move between
          tasks in the list.
        </p>
        <table className="task-shortcuts__table">
          <caption className="lantern-visually-hidden">Shortcut keys and what they do</caption>
          <thead>
            <tr>
              <th scope="col">Key</th>
              <th scope="col">Does</th>
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
                <td>{s.description}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Modal>
    </div>
  );
}
