import type { Locator, Page } from '@playwright/test';

// One task: its fields, the assignment and completion actions and their outcomes.
export class UserTaskDetailPage {
  readonly title: Locator;
  readonly state: Locator;
  readonly assignee: Locator;
  readonly assignToMe: Locator;
  readonly unassign: Locator;
  readonly assignTo: Locator;
  readonly assignButton: Locator;
  readonly completeButton: Locator;
  readonly editAsJson: Locator;
  readonly variablesJson: Locator;
  readonly backToQueue: Locator;
  readonly alert: Locator;

  constructor(private readonly page: Page) {
    this.title = page.getByRole('heading', { level: 1 });
    this.state = page.getByTestId('task-state');
    this.assignee = page.getByTestId('task-assignee');
    this.assignToMe = page.getByRole('button', { name: 'Assign to me' });
    this.unassign = page.getByRole('button', { name: 'Unassign' });
    this.assignTo = page.getByLabel('Assign to someone else (username)');
    this.assignButton = page.getByRole('button', { name: 'Assign', exact: true });
    this.completeButton = page.getByRole('button', { name: 'Complete task' });
    this.editAsJson = page.getByRole('button', { name: 'Edit as JSON' });
    this.variablesJson = page.getByLabel('Variables (JSON object)');
    this.backToQueue = page.getByRole('link', { name: '← Back to the task queue' });
    this.alert = page.getByRole('alert');
  }

  formField(label: string): Locator {
    return this.page.getByLabel(label);
  }
}
