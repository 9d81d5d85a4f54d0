import { describe, expect, it } from 'vitest';
import { InvalidResource, parseBpmn, parseDmn, parseForm, sketchBpmn, sketchModel } from './bpmn-model.ts';
import { evaluateCorrelationKey } from './process-runtime.ts';
import { ORDER_BPMN, SHIPPING_DMN, SIGNAL_BPMN } from './testing/process-fixtures.ts';

describe('BPMN, DMN and form resources', () => {
  it('reads the wait states, job types, headers and message subscriptions of a process', async () => {
    const [model] = await parseBpmn(ORDER_BPMN);
    expect(model).toMatchObject({ processId: 'order-fulfilment', name: 'Order fulfilment', versionTag: '2026.11' });
    expect(model!.noneStartEventId).toBe('order-received');
    expect(model!.elements.get('charge-card')).toMatchObject({
      type: 'SERVICE_TASK',
      jobType: 'charge-card',
      retries: 2,
      customHeaders: { provider: 'acme-pay' },
      outgoing: ['pack-order'],
    });
    expect(model!.elements.get('pack-order')?.userTask).toEqual({
      formId: 'packing-slip',
      candidateGroups: ['warehouse'],
      candidateUsers: [],
      assignee: null,
    });
    expect(model!.elements.get('await-pickup')?.message).toEqual({
      name: 'parcel-picked-up',
      correlationKey: '=orderId',
    });
  });

  it('knows signal start events and signal catch events', async () => {
    const [model] = await parseBpmn(SIGNAL_BPMN);
    expect(model!.noneStartEventId).toBeNull();
    expect(model!.signalStartEvents).toEqual([{ elementId: 'recall-announced', signalName: 'product-recall' }]);
    expect(model!.elements.get('recall-closed')?.signalName).toBe('recall-closed');
  });

  it('refuses a service task without a job type, a file without processes, and a file that is not XML', async () => {
    await expect(parseBpmn(ORDER_BPMN.replace(/<zeebe:taskDefinition[^>]*\/>/, ''))).rejects.toThrow(
      "Must have exactly one 'zeebe:taskDefinition' extension element (element 'charge-card')",
    );
    await expect(parseBpmn(ORDER_BPMN.replace('isExecutable="true"', 'isExecutable="false"'))).rejects.toThrow(
      'Must contain at least one executable process',
    );
    await expect(parseBpmn('not xml')).rejects.toBeInstanceOf(InvalidResource);
  });

  it('reads DMN decisions and form ids', async () => {
    expect(await parseDmn(SHIPPING_DMN)).toEqual({
      decisionRequirementsId: 'shipping-rules',
      decisionRequirementsName: 'Shipping rules',
      decisions: [{ decisionId: 'choose-carrier', name: 'Choose carrier' }],
    });
    expect(parseForm('{"id":"f1","components":[]}')).toEqual({ formId: 'f1' });
    expect(() => parseForm('{"components":[]}')).toThrow("The form must have an 'id'");
  });

  it('sketches BPMN that parses back into the model it was sketched with', async () => {
    const tasks = [
      { elementId: 'review', name: 'Review & sign', candidateGroups: ['a', 'b'], formId: 'f' },
      { elementId: 'approve', name: 'Approve', candidateUsers: ['demo'] },
    ];
    const [parsed] = await parseBpmn(sketchBpmn('p-1', 'P "one"', tasks));
    const sketched = sketchModel('p-1', 'P "one"', tasks);
    expect(parsed!.name).toBe('P "one"');
    expect([...parsed!.elements.values()]).toEqual([...sketched.elements.values()]);
  });

  it('evaluates simple correlation-key expressions', () => {
    expect(evaluateCorrelationKey('=order.id', { order: { id: 42 } })).toBe('42');
    expect(evaluateCorrelationKey('=missing', {})).toBe('');
    expect(evaluateCorrelationKey('fixed-key', { fixed: 'x' })).toBe('fixed-key');
  });
});
