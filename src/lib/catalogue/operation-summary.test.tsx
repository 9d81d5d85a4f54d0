import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { describeRequestTarget } from '../authz/request-target.ts';
import { setLanguage } from '../i18n/language-store.ts';
import { OPERATION_CATALOGUE } from './operation-catalogue.ts';
import { OperationSummary, RequestTargetAside, RequestTargetText } from './operation-summary.tsx';

afterEach(async () => {
  cleanup();
  await act(() => setLanguage('en'));
});

describe('OperationSummary', () => {
  it('names the operation as the API does, marked English in a German page', async () => {
    await act(() => setLanguage('de'));
    render(<OperationSummary operationId="assignUserTask" />);
    const name = screen.getByText('Assign user task');
    expect(name).toHaveAttribute('lang', 'en');
  });
});

describe('RequestTargetText', () => {
  it('names the operation and each path parameter with its value', () => {
    const target = describeRequestTarget('POST', '/v2/user-tasks/42/assignment', OPERATION_CATALOGUE);
    render(
      <p data-testid="target">
        <RequestTargetText target={target} />
      </p>,
    );
    expect(screen.getByTestId('target')).toHaveTextContent('Assign user task: userTaskKey 42');
    expect(screen.getByText('userTaskKey').tagName).toBe('CODE');
    expect(screen.getByText('Assign user task')).toHaveAttribute('lang', 'en');
  });

  it('keeps parameter values apart in the UI language’s list', async () => {
    await act(() => setLanguage('de'));
    const target = {
      operationId: 'deleteGroupMember',
      description: 'ignored',
      params: { groupId: 'accounting', username: 'anna' },
    };
    render(
      <p data-testid="target">
        <RequestTargetText target={target} />
      </p>,
    );
    expect(screen.getByTestId('target')).toHaveTextContent('Delete group member: groupId accounting, username anna');
  });

  it('shows a request the catalogue does not know as its method and path', () => {
    const target = describeRequestTarget('GET', '/v2/not-an-endpoint', OPERATION_CATALOGUE);
    render(<RequestTargetText target={target} />);
    expect(screen.getByText('GET /v2/not-an-endpoint').tagName).toBe('CODE');
  });

  it('follows a request line with the target, and adds nothing for a request the catalogue does not know', () => {
    const known = describeRequestTarget('POST', '/v2/user-tasks/42/completion', OPERATION_CATALOGUE);
    const unknown = describeRequestTarget('GET', '/v2/not-an-endpoint', OPERATION_CATALOGUE);
    render(
      <>
        <p data-testid="known">
          <code>POST /user-tasks/{'{userTaskKey}'}/completion</code>
          <RequestTargetAside target={known} />
        </p>
        <p data-testid="unknown">
          <code>GET /v2/not-an-endpoint</code>
          <RequestTargetAside target={unknown} />
        </p>
      </>,
    );
    expect(screen.getByTestId('known')).toHaveTextContent(
      'POST /user-tasks/{userTaskKey}/completion — Complete user task: userTaskKey 42',
    );
    expect(screen.getByTestId('unknown')).toHaveTextContent(/^GET \/v2\/not-an-endpoint$/);
  });
});
