import { BpmnModdle, type ModdleElement } from 'bpmn-moddle';

// Deployed BPMN, DMN and form resources as the demo engine walks them. BPMN and DMN are parsed with
// bpmn.io's moddle (bpmn-moddle, plus small descriptors for the `zeebe:` extensions and DMN's
// decisions), never by hand.

export type ElementType =
  | 'START_EVENT'
  | 'END_EVENT'
  | 'INTERMEDIATE_CATCH_EVENT'
  | 'INTERMEDIATE_THROW_EVENT'
  | 'SERVICE_TASK'
  | 'SEND_TASK'
  | 'SCRIPT_TASK'
  | 'BUSINESS_RULE_TASK'
  | 'RECEIVE_TASK'
  | 'USER_TASK'
  | 'MANUAL_TASK'
  | 'TASK'
  | 'EXCLUSIVE_GATEWAY'
  | 'INCLUSIVE_GATEWAY'
  | 'PARALLEL_GATEWAY'
  | 'EVENT_BASED_GATEWAY'
  | 'UNKNOWN';

export interface ModelElement {
  id: string;
  name: string | null;
  type: ElementType;
  /** Target element ids of the outgoing sequence flows, in document order. */
  outgoing: string[];
  /** Job-based tasks: `zeebe:taskDefinition`. */
  jobType?: string;
  retries?: number;
  customHeaders?: Record<string, string>;
  /** Message catch events and receive tasks. */
  message?: { name: string; correlationKey: string };
  /** Signal catch events. */
  signalName?: string;
  userTask?: { formId: string | null; candidateGroups: string[]; candidateUsers: string[]; assignee: string | null };
}

export interface ProcessModel {
  processId: string;
  name: string | null;
  versionTag: string | null;
  elements: Map<string, ModelElement>;
  /** The none start event (what `POST /process-instances` starts from), if any. */
  noneStartEventId: string | null;
  messageStartEvents: { elementId: string; messageName: string }[];
  signalStartEvents: { elementId: string; signalName: string }[];
  hasStartForm: boolean;
  /** The Camunda Form the start event links (`zeebe:formDefinition formId`), if any. */
  startFormId: string | null;
}

export interface DecisionModel {
  decisionRequirementsId: string;
  decisionRequirementsName: string;
  decisions: { decisionId: string; name: string }[];
}

const ZEEBE = {
  name: 'Zeebe',
  uri: 'http://camunda.org/schema/zeebe/1.0',
  prefix: 'zeebe',
  xml: { tagAlias: 'lowerCase' },
  types: [
    attrs('TaskDefinition', ['type', 'retries']),
    attrs('Subscription', ['correlationKey']),
    attrs('FormDefinition', ['formId', 'formKey', 'externalReference']),
    attrs('AssignmentDefinition', ['assignee', 'candidateGroups', 'candidateUsers']),
    attrs('UserTask', []),
    attrs('VersionTag', ['value']),
    attrs('Header', ['key', 'value']),
    {
      name: 'TaskHeaders',
      superClass: ['Element'],
      properties: [{ name: 'values', type: 'Header', isMany: true }],
    },
  ],
};

const DMN = {
  name: 'DMN',
  uri: 'https://www.omg.org/spec/DMN/20191111/MODEL/',
  prefix: 'dmn',
  xml: { tagAlias: 'lowerCase' },
  types: [
    {
      name: 'Definitions',
      properties: [
        { name: 'id', isAttr: true, isId: true, type: 'String' },
        { name: 'name', isAttr: true, type: 'String' },
        { name: 'decisions', type: 'Decision', isMany: true },
      ],
    },
    {
      name: 'Decision',
      properties: [
        { name: 'id', isAttr: true, isId: true, type: 'String' },
        { name: 'name', isAttr: true, type: 'String' },
      ],
    },
  ],
};

function attrs(name: string, names: string[]) {
  return {
    name,
    superClass: ['Element'],
    properties: names.map((n) => ({ name: n, isAttr: true, type: 'String' })),
  };
}

const ELEMENT_TYPES: Record<string, ElementType> = {
  'bpmn:StartEvent': 'START_EVENT',
  'bpmn:EndEvent': 'END_EVENT',
  'bpmn:IntermediateCatchEvent': 'INTERMEDIATE_CATCH_EVENT',
  'bpmn:IntermediateThrowEvent': 'INTERMEDIATE_THROW_EVENT',
  'bpmn:ServiceTask': 'SERVICE_TASK',
  'bpmn:SendTask': 'SEND_TASK',
  'bpmn:ScriptTask': 'SCRIPT_TASK',
  'bpmn:BusinessRuleTask': 'BUSINESS_RULE_TASK',
  'bpmn:ReceiveTask': 'RECEIVE_TASK',
  'bpmn:UserTask': 'USER_TASK',
  'bpmn:ManualTask': 'MANUAL_TASK',
  'bpmn:Task': 'TASK',
  'bpmn:ExclusiveGateway': 'EXCLUSIVE_GATEWAY',
  'bpmn:InclusiveGateway': 'INCLUSIVE_GATEWAY',
  'bpmn:ParallelGateway': 'PARALLEL_GATEWAY',
  'bpmn:EventBasedGateway': 'EVENT_BASED_GATEWAY',
};

/** Element types whose instances wait for a job worker. */
export const JOB_ELEMENTS: readonly ElementType[] = ['SERVICE_TASK', 'SEND_TASK', 'SCRIPT_TASK', 'BUSINESS_RULE_TASK'];

/** A deployment that cannot be parsed; `reason` is shown after the resource name. */
export class InvalidResource extends Error {}

const moddle = new BpmnModdle({ zeebe: ZEEBE, dmn: DMN });

function list(value: unknown): ModdleElement[] {
  return Array.isArray(value) ? (value as ModdleElement[]) : [];
}

function str(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

function extensions(el: ModdleElement): ModdleElement[] {
  const ext = el.extensionElements as ModdleElement | undefined;
  return list(ext?.values);
}

function extension(el: ModdleElement, type: string): ModdleElement | undefined {
  return extensions(el).find((e) => e.$type === type);
}

function csv(value: unknown): string[] {
  const s = str(value);
  return s === null
    ? []
    : s
        .split(',')
        .map((x) => x.trim())
        .filter((x) => x !== '');
}

function describeElement(el: ModdleElement, outgoing: string[]): ModelElement {
  const type = ELEMENT_TYPES[el.$type] ?? 'UNKNOWN';
  const out: ModelElement = { id: el.id ?? '', name: str(el.name), type, outgoing };
  const task = extension(el, 'zeebe:TaskDefinition');
  if (task) {
    out.jobType = str(task.type) ?? '';
    const retries = Number(str(task.retries) ?? '3');
    out.retries = Number.isInteger(retries) && retries >= 0 ? retries : 3;
  }
  const headers = extension(el, 'zeebe:TaskHeaders');
  if (headers)
    out.customHeaders = Object.fromEntries(list(headers.values).map((h) => [str(h.key) ?? '', str(h.value) ?? '']));
  const definition = list(el.eventDefinitions)[0];
  const messageRef = (definition?.$type === 'bpmn:MessageEventDefinition' ? definition.messageRef : el.messageRef) as
    ModdleElement | undefined;
  if (messageRef && (type !== 'START_EVENT' || definition)) {
    const subscription = extension(messageRef, 'zeebe:Subscription');
    out.message = { name: str(messageRef.name) ?? '', correlationKey: str(subscription?.correlationKey) ?? '' };
  }
  if (definition?.$type === 'bpmn:SignalEventDefinition') {
    const signal = definition.signalRef as ModdleElement | undefined;
    out.signalName = str(signal?.name) ?? '';
  }
  if (type === 'USER_TASK') {
    const form = extension(el, 'zeebe:FormDefinition');
    const assignment = extension(el, 'zeebe:AssignmentDefinition');
    out.userTask = {
      formId: str(form?.formId),
      candidateGroups: csv(assignment?.candidateGroups),
      candidateUsers: csv(assignment?.candidateUsers),
      assignee: str(assignment?.assignee),
    };
  }
  return out;
}

function describeProcess(proc: ModdleElement): ProcessModel {
  const flowElements = list(proc.flowElements);
  const outgoing = new Map<string, string[]>();
  for (const f of flowElements) {
    if (f.$type !== 'bpmn:SequenceFlow') continue;
    const source = (f.sourceRef as ModdleElement | undefined)?.id;
    const target = (f.targetRef as ModdleElement | undefined)?.id;
    if (source && target) outgoing.set(source, [...(outgoing.get(source) ?? []), target]);
  }
  const elements = new Map<string, ModelElement>();
  for (const f of flowElements) {
    if (f.$type === 'bpmn:SequenceFlow' || !f.id) continue;
    elements.set(f.id, describeElement(f, outgoing.get(f.id) ?? []));
  }
  const starts = [...elements.values()].filter((e) => e.type === 'START_EVENT');
  const startElements = flowElements.filter((f) => f.$type === 'bpmn:StartEvent');
  const versionTag = extension(proc, 'zeebe:VersionTag');
  return {
    processId: proc.id ?? '',
    name: str(proc.name),
    versionTag: str(versionTag?.value),
    elements,
    noneStartEventId: starts.find((s) => !s.message && s.signalName === undefined)?.id ?? null,
    messageStartEvents: starts.flatMap((s) => (s.message ? [{ elementId: s.id, messageName: s.message.name }] : [])),
    signalStartEvents: starts.flatMap((s) =>
      s.signalName !== undefined ? [{ elementId: s.id, signalName: s.signalName }] : [],
    ),
    hasStartForm: startElements.some((s) => extension(s, 'zeebe:FormDefinition') !== undefined),
    startFormId:
      startElements.map((s) => str(extension(s, 'zeebe:FormDefinition')?.formId)).find((id) => id !== null) ?? null,
  };
}

async function read(xml: string, typeName?: string): Promise<ModdleElement> {
  try {
    // Lax reading: elements the small descriptors do not know (DMN decision tables, other
    // extensions) are skipped with a warning; only a document that is not BPMN / DMN fails.
    const { rootElement } = await moddle.fromXML(xml, typeName);
    return rootElement;
  } catch (error) {
    throw new InvalidResource(error instanceof Error ? error.message.split('\n')[0]! : String(error));
  }
}

/** The executable processes of a BPMN file. */
export async function parseBpmn(xml: string): Promise<ProcessModel[]> {
  const root = await read(xml);
  const processes = list(root.rootElements).filter((e) => e.$type === 'bpmn:Process' && e.isExecutable !== false);
  if (processes.length === 0) throw new InvalidResource('Must contain at least one executable process');
  const models = processes.map(describeProcess);
  for (const m of models) {
    if (m.processId === '') throw new InvalidResource('A process must have an id');
    for (const e of m.elements.values())
      if (JOB_ELEMENTS.includes(e.type) && !e.jobType)
        throw new InvalidResource(`Must have exactly one 'zeebe:taskDefinition' extension element (element '${e.id}')`);
  }
  return models;
}

export async function parseDmn(xml: string): Promise<DecisionModel> {
  const root = await read(xml, 'dmn:Definitions');
  const decisions = list(root.decisions).map((d) => ({ decisionId: d.id ?? '', name: str(d.name) ?? d.id ?? '' }));
  if (!root.id) throw new InvalidResource('The decision requirements graph must have an id');
  return {
    decisionRequirementsId: root.id,
    decisionRequirementsName: str(root.name) ?? root.id,
    decisions,
  };
}

/** A form (Camunda Forms JSON): its `id` is the formId. */
export function parseForm(content: string): { formId: string } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(content);
  } catch {
    throw new InvalidResource('The form is not valid JSON');
  }
  const id = typeof parsed === 'object' && parsed !== null ? (parsed as { id?: unknown }).id : undefined;
  if (typeof id !== 'string' || id === '') throw new InvalidResource("The form must have an 'id'");
  return { formId: id };
}

// ---- scenario definitions --------------------------------------------------------------------

function escapeXml(value: string): string {
  return value.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export interface SketchedTask {
  elementId: string;
  name: string;
  candidateGroups?: string[];
  candidateUsers?: string[];
  formId?: string;
}

/**
 * BPMN for a process definition that a scenario lists without a file: start → its user tasks in
 * order → end. It is what `GET /process-definitions/{key}/xml` answers and what new instances walk.
 */
export function sketchBpmn(processId: string, name: string | null, tasks: SketchedTask[]): string {
  const ids = ['start', ...tasks.map((t) => t.elementId), 'end'];
  const nodes = [
    `<bpmn:startEvent id="start" name="Start" />`,
    ...tasks.map((t) => {
      const assignment =
        t.candidateGroups?.length || t.candidateUsers?.length
          ? `<zeebe:assignmentDefinition${t.candidateGroups?.length ? ` candidateGroups="${escapeXml(t.candidateGroups.join(','))}"` : ''}${t.candidateUsers?.length ? ` candidateUsers="${escapeXml(t.candidateUsers.join(','))}"` : ''} />`
          : '';
      const form = t.formId ? `<zeebe:formDefinition formId="${escapeXml(t.formId)}" />` : '';
      return `<bpmn:userTask id="${escapeXml(t.elementId)}" name="${escapeXml(t.name)}"><bpmn:extensionElements><zeebe:userTask />${assignment}${form}</bpmn:extensionElements></bpmn:userTask>`;
    }),
    `<bpmn:endEvent id="end" name="End" />`,
  ];
  const flows = ids
    .slice(1)
    .map(
      (target, i) =>
        `<bpmn:sequenceFlow id="flow-${i + 1}" sourceRef="${escapeXml(ids[i]!)}" targetRef="${escapeXml(target)}" />`,
    );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" id="definitions" targetNamespace="http://bpmn.io/schema/bpmn">',
    `  <bpmn:process id="${escapeXml(processId)}"${name === null ? '' : ` name="${escapeXml(name)}"`} isExecutable="true">`,
    ...[...nodes, ...flows].map((l) => `    ${l}`),
    '  </bpmn:process>',
    '</bpmn:definitions>',
    '',
  ].join('\n');
}

/** The model of a sketched definition, built without parsing (the cluster starts synchronously). */
export function sketchModel(processId: string, name: string | null, tasks: SketchedTask[]): ProcessModel {
  const ids = ['start', ...tasks.map((t) => t.elementId), 'end'];
  const elements = new Map<string, ModelElement>();
  elements.set('start', { id: 'start', name: 'Start', type: 'START_EVENT', outgoing: [ids[1]!] });
  tasks.forEach((t, i) =>
    elements.set(t.elementId, {
      id: t.elementId,
      name: t.name,
      type: 'USER_TASK',
      outgoing: [ids[i + 2]!],
      userTask: {
        formId: t.formId ?? null,
        candidateGroups: t.candidateGroups ?? [],
        candidateUsers: t.candidateUsers ?? [],
        assignee: null,
      },
    }),
  );
  elements.set('end', { id: 'end', name: 'End', type: 'END_EVENT', outgoing: [] });
  return {
    processId,
    name,
    versionTag: null,
    elements,
    noneStartEventId: 'start',
    messageStartEvents: [],
    signalStartEvents: [],
    hasStartForm: false,
    startFormId: null,
  };
}
