// A Camunda Form embedded in the process's BPMN (docs/camunda-api/embedded-forms.md): the task's
// formKey is `camunda-forms:bpmn:<id>`, `GET /v2/user-tasks/{key}/form` answers 204 for it, and
// the schema is the text of `<zeebe:userTaskForm id="<id>">` in the process definition's XML.
// The XML comes from the cluster, so it is treated as untrusted: bounded in size, no DTD at all
// (no entity tricks), parsed as inert XML by DOMParser (no scripts run, nothing is fetched) and
// only one element's text is read.

const EMBEDDED_PREFIX = 'camunda-forms:bpmn:';
const ZEEBE_NS = 'http://camunda.org/schema/zeebe/1.0';

/** Larger process XML is not searched: a browser tab should not parse an unbounded document. */
export const MAX_PROCESS_XML_CHARS = 5_000_000;

export type EmbeddedFormResult = { ok: true; schema: string } | { ok: false; message: string };

/** The embedded form's id when the key points into the BPMN, else null (a linked form or none). */
export function embeddedFormId(formKey: string | null | undefined): string | null {
  if (!formKey?.startsWith(EMBEDDED_PREFIX)) return null;
  const id = formKey.slice(EMBEDDED_PREFIX.length);
  return id === '' ? null : id;
}

export function extractEmbeddedForm(xml: string, formId: string): EmbeddedFormResult {
  if (xml.length > MAX_PROCESS_XML_CHARS) {
    return { ok: false, message: 'The process XML is too large to look for the embedded form.' };
  }
  if (/<!DOCTYPE/i.test(xml)) {
    return { ok: false, message: 'The process XML declares a DOCTYPE; Lantern does not read such XML.' };
  }
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  if (doc.getElementsByTagName('parsererror').length > 0) {
    return { ok: false, message: 'The process XML could not be parsed.' };
  }
  const forms = Array.from(doc.getElementsByTagNameNS(ZEEBE_NS, 'userTaskForm'));
  const form = forms.find((element) => element.getAttribute('id') === formId);
  if (!form) {
    return { ok: false, message: `The process XML has no embedded form with id "${formId}".` };
  }
  return { ok: true, schema: form.textContent };
}
