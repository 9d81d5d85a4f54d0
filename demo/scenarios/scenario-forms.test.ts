// @vitest-environment jsdom
import { Form } from '@bpmn-io/form-js-viewer';
import { screen, waitFor } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { loadScenarioFile } from './load-scenario.ts';

// The demo forms are opened in the viewer Lantern renders them with, so a schema the viewer
// cannot read, or a FEEL expression that does not do what the demo promises, fails here rather
// than in front of someone trying the demo.

const SCENARIOS = ['c8run', 'helm', 'saas', 'scale'] as const;

let forms: Form[] = [];

afterEach(() => {
  for (const form of forms) form.destroy();
  forms = [];
});

async function open(schema: unknown, data: Record<string, unknown>): Promise<{ form: Form; warnings: unknown[] }> {
  const container = document.createElement('div');
  document.body.append(container);
  const form = new Form({ container });
  forms.push(form);
  const result = (await form.importSchema(
    typeof schema === 'string' ? (JSON.parse(schema) as unknown) : schema,
    data,
  )) as { warnings: unknown[] };
  return { form, warnings: result.warnings };
}

/** Lets the viewer's Preact tree settle after a change. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('demo scenario forms', () => {
  it('open in the bpmn.io viewer without warnings, in every scenario', async () => {
    for (const name of SCENARIOS) {
      const scenario = await loadScenarioFile(`demo/scenarios/${name}.json`);
      expect(scenario.forms.map((f) => f.formId)).toEqual([
        'invoice-review',
        'claim-assessment',
        'purchase-budget',
        'onboarding-checklist',
      ]);
      for (const f of scenario.forms) {
        const { warnings } = await open(f.schema, {});
        expect(warnings, `${name}/${f.formId}`).toEqual([]);
      }
    }
  });

  it('the invoice review: line items prefilled, their total checked against the amount, a rejection needs a reason', async () => {
    const helm = await loadScenarioFile('demo/scenarios/helm.json');
    const schema = helm.forms.find((f) => f.formId === 'invoice-review')!.schema;
    const seeded = helm.userTasks.find((t) => t.elementId === 'review-invoice')!;
    const { form } = await open(schema, { ...seeded.variables });
    await settle();
    const text = () => document.body.textContent ?? '';
    expect(text()).toContain('Review invoice INV-2025-00420');
    expect(text()).not.toContain('The line items add up to');

    let result = form.submit();
    expect(keysWithErrors(form, result.errors)).toEqual(['costCenter', 'decision']);
    expect(result.data).toMatchObject({ lineItemsTotal: 18250 });
    expect(screen.queryByLabelText(/^Reason for the rejection/)).toBeNull();

    await userEvent.click(screen.getByLabelText('Reject'));
    await settle();
    result = form.submit();
    expect(keysWithErrors(form, result.errors)).toEqual(['costCenter', 'rejectionReason']);

    const amount = screen.getByLabelText(/^Amount/);
    await userEvent.clear(amount);
    await userEvent.type(amount, '20000');
    // The viewer debounces typing before it re-evaluates conditions.
    await waitFor(() => expect(text()).toContain('The line items add up to 18250, not the invoiced 20000.'));
  });
});

/** The keys of the fields the viewer reports errors for (it reports them by component id). */
function keysWithErrors(form: Form, errors: Record<string, string[]>): string[] {
  const registry = form.get<{ get(id: string): { key?: string } | undefined }>('formFieldRegistry');
  return Object.keys(errors)
    .map((id) => registry.get(id)?.key ?? id)
    .sort();
}
