/** An open task whose due date has passed; completed or canceled tasks are never overdue. */
export function isOverdue(task: { state: string; dueDate: string | null }, now: number = Date.now()): boolean {
  if (task.state !== 'CREATED' || !task.dueDate) return false;
  const due = Date.parse(task.dueDate);
  return !Number.isNaN(due) && due < now;
}
