// A Camunda Form embedded in the process's BPMN (docs/camunda-api/embedded-forms.md): the user
// task's `zeebe:formDefinition formKey` is `camunda-forms:bpmn:<id>` and the schema is the text of
// `<zeebe:userTaskForm id="<id>">` on the process. `GET /v2/user-tasks/{key}/form` answers 204
// for it and the task's own formKey is a numeric key or null, so the reference is read from the
// XML by the task's element id. The XML comes from the cluster and is treated as untrusted:
// bounded in size, no DTD at all (no entity tricks), parsed as inert XML by DOMParser (no scripts
// run, nothing is fetched) and only attributes and one element's text are read.

import { msg, type Message } from '../../../lib/i18n/message.ts';

const EMBEDDED_PREFIX = 'camunda-forms:bpmn:';
const ZEEBE_NS = 'http://camunda.org/schema/zeebe/1.0';
const BPMN_NS = 'http://www.omg.org/spec/BPMN/20100524/MODEL';

/** Larger process XML is not searched: a browser tab should not parse an unbounded document. */
export const MAX_PROCESS_XML_CHARS = 5_000_000;

export type EmbeddedFormResult = { ok: true; schema: string } | { ok: false; message: Message };

/** The embedded form's id when the key points into the BPMN, else null (a linked form or none). */
export function embeddedFormId(formKey: string | null | undefined): string | null {
  if (!formKey?.startsWith(EMBEDDED_PREFIX)) return null;
  const id = formKey.slice(EMBEDDED_PREFIX.length);
  return id === '' ? null : id;
}

export interface EmbeddedFormTask {
  formKey: string | null;
  elementId: string | null;
}

/**
 * The embedded form the task refers to; null when its element refers to none (the task has no
 * form, or a linked one), so the caller treats the task as form-less.
 */
export function findEmbeddedForm(xml: string, task: EmbeddedFormTask): EmbeddedFormResult | null {
  if (xml.length > MAX_PROCESS_XML_CHARS) {
    return { ok: false, message: msg('tasks.form.xmlTooLarge') };
  }
  if (/<!DOCTYPE/i.test(xml)) {
    return { ok: false, message: msg('tasks.form.xmlDoctype') };
  }
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  if (doc.getElementsByTagName('parsererror').length > 0) {
    return { ok: false, message: msg('tasks.form.xmlUnparsable') };
  }
  const formId = embeddedFormId(task.formKey) ?? referencedFormId(doc, task.elementId);
  if (formId === null) return null;
  const forms = Array.from(doc.getElementsByTagNameNS(ZEEBE_NS, 'userTaskForm'));
  const form = forms.find((element) => element.getAttribute('id') === formId);
  if (!form) {
    return { ok: false, message: msg('tasks.form.xmlNoForm', { formId }) };
  }
  return { ok: true, schema: form.textContent ?? '' };
}

/** The `camunda-forms:bpmn:` reference of the user task element with that id, if it has one. */
function referencedFormId(doc: Document, elementId: string | null): string | null {
  if (elementId === null) return null;
  const element = Array.from(doc.getElementsByTagNameNS(BPMN_NS, 'userTask')).find(
    (task) => task.getAttribute('id') === elementId,
  );
  if (!element) return null;
  for (const definition of Array.from(element.getElementsByTagNameNS(ZEEBE_NS, 'formDefinition'))) {
    const id = embeddedFormId(definition.getAttribute('formKey'));
    if (id !== null) return id;
  }
  return null;
}
