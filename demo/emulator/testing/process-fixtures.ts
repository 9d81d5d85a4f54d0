// Deployable resources for tests: a BPMN process that passes every kind of wait state the demo engine
// knows (job → user task → message catch → end), a DMN decision and a form.

export const ORDER_PROCESS_ID = 'order-fulfilment';

export const ORDER_BPMN = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
  xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" id="order-definitions" targetNamespace="http://example.com/orders">
  <bpmn:process id="${ORDER_PROCESS_ID}" name="Order fulfilment" isExecutable="true">
    <bpmn:extensionElements><zeebe:versionTag value="2026.11" /></bpmn:extensionElements>
    <bpmn:startEvent id="order-received" name="Order received" />
    <bpmn:sequenceFlow id="f1" sourceRef="order-received" targetRef="charge-card" />
    <bpmn:serviceTask id="charge-card" name="Charge card">
      <bpmn:extensionElements>
        <zeebe:taskDefinition type="charge-card" retries="2" />
        <zeebe:taskHeaders><zeebe:header key="provider" value="acme-pay" /></zeebe:taskHeaders>
      </bpmn:extensionElements>
    </bpmn:serviceTask>
    <bpmn:sequenceFlow id="f2" sourceRef="charge-card" targetRef="pack-order" />
    <bpmn:userTask id="pack-order" name="Pack order">
      <bpmn:extensionElements>
        <zeebe:userTask />
        <zeebe:assignmentDefinition candidateGroups="warehouse" />
        <zeebe:formDefinition formId="packing-slip" />
      </bpmn:extensionElements>
    </bpmn:userTask>
    <bpmn:sequenceFlow id="f3" sourceRef="pack-order" targetRef="await-pickup" />
    <bpmn:intermediateCatchEvent id="await-pickup" name="Parcel picked up">
      <bpmn:messageEventDefinition messageRef="pickup-message" />
    </bpmn:intermediateCatchEvent>
    <bpmn:sequenceFlow id="f4" sourceRef="await-pickup" targetRef="order-shipped" />
    <bpmn:endEvent id="order-shipped" name="Order shipped" />
  </bpmn:process>
  <bpmn:message id="pickup-message" name="parcel-picked-up">
    <bpmn:extensionElements><zeebe:subscription correlationKey="=orderId" /></bpmn:extensionElements>
  </bpmn:message>
</bpmn:definitions>
`;

export const SIGNAL_PROCESS_ID = 'recall-handling';

/** Started by the `product-recall` signal; waits for `recall-closed`. */
export const SIGNAL_BPMN = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="recall-definitions">
  <bpmn:process id="${SIGNAL_PROCESS_ID}" name="Recall handling" isExecutable="true">
    <bpmn:startEvent id="recall-announced"><bpmn:signalEventDefinition signalRef="recall" /></bpmn:startEvent>
    <bpmn:sequenceFlow id="s1" sourceRef="recall-announced" targetRef="recall-closed" />
    <bpmn:intermediateCatchEvent id="recall-closed"><bpmn:signalEventDefinition signalRef="closed" /></bpmn:intermediateCatchEvent>
    <bpmn:sequenceFlow id="s2" sourceRef="recall-closed" targetRef="done" />
    <bpmn:endEvent id="done" />
  </bpmn:process>
  <bpmn:signal id="recall" name="product-recall" />
  <bpmn:signal id="closed" name="recall-closed" />
</bpmn:definitions>
`;

export const SHIPPING_DMN = `<?xml version="1.0" encoding="UTF-8"?>
<definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="shipping-rules" name="Shipping rules" namespace="http://example.com/dmn">
  <decision id="choose-carrier" name="Choose carrier">
    <decisionTable id="carrier-table" />
  </decision>
</definitions>
`;

export const PACKING_FORM = JSON.stringify({
  id: 'packing-slip',
  type: 'default',
  components: [{ key: 'parcelCount', label: 'Parcels', type: 'number' }],
});

export interface DeployFile {
  name: string;
  content: string;
}

/** The multipart body Camunda's SDKs send: one `resources` part per file, and `tenantId`. */
export function deploymentForm(files: DeployFile[], tenantId?: string): FormData {
  const form = new FormData();
  for (const f of files) form.append('resources', new Blob([f.content], { type: 'application/octet-stream' }), f.name);
  if (tenantId !== undefined) form.append('tenantId', tenantId);
  return form;
}
