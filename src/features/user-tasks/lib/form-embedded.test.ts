import { describe, expect, it } from 'vitest';
import { englishT } from '../../../testing/translate.ts';
import { MAX_PROCESS_XML_CHARS, embeddedFormId, findEmbeddedForm, type EmbeddedFormResult } from './form-embedded.ts';

/** A refusal in the words the user reads (English). */
const wording = (result: EmbeddedFormResult | null) =>
  result && !result.ok ? englishT.message(result.message) : result;

/** A task naming the form by key, as a job-worker user task's formKey header does. */
const byKey = (id: string) => ({ formKey: `camunda-forms:bpmn:${id}`, elementId: null });
/** A /v2 task: formKey null, the reference sits on its element in the BPMN. */
const byElement = (elementId: string) => ({ formKey: null, elementId });

const schema = '{"type":"default","components":[{"type":"textfield","key":"note","label":"Note"}]}';

const bpmn = (extension: string) => `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" id="d" targetNamespace="t">
  <bpmn:process id="expense" isExecutable="true">
    <bpmn:extensionElements>${extension}</bpmn:extensionElements>
    <bpmn:userTask id="check">
      <bpmn:extensionElements><zeebe:formDefinition formKey="camunda-forms:bpmn:expense-form" /></bpmn:extensionElements>
    </bpmn:userTask>
  </bpmn:process>
</bpmn:definitions>`;

describe('embeddedFormId', () => {
  it('reads the id from a camunda-forms:bpmn: key and ignores linked form keys', () => {
    expect(embeddedFormId('camunda-forms:bpmn:expense-form')).toBe('expense-form');
    expect(embeddedFormId('2251799813685299')).toBeNull();
    expect(embeddedFormId('camunda-forms:bpmn:')).toBeNull();
    expect(embeddedFormId(null)).toBeNull();
  });
});

describe('findEmbeddedForm', () => {
  it('follows the formKey on the task element when the task itself reports none', () => {
    const xml = bpmn(`<zeebe:userTaskForm id="expense-form">${schema}</zeebe:userTaskForm>`);
    expect(findEmbeddedForm(xml, byElement('check'))).toEqual({ ok: true, schema });
    // Another element, or a task linking a deployed form, has no embedded form: no form at all.
    expect(findEmbeddedForm(xml, byElement('approve'))).toBeNull();
    expect(findEmbeddedForm(xml, { formKey: '2251799813685299', elementId: null })).toBeNull();
  });

  it('returns the schema text of the form with that id, not of another one', () => {
    const xml = bpmn(
      `<zeebe:userTaskForm id="other">{"components":[]}</zeebe:userTaskForm>` +
        `<zeebe:userTaskForm id="expense-form">${schema}</zeebe:userTaskForm>`,
    );
    expect(findEmbeddedForm(xml, byKey('expense-form'))).toEqual({ ok: true, schema });
  });

  it('reads a schema escaped as XML text, as the Modeler writes it', () => {
    const escaped = schema.replaceAll('"', '&#34;').replaceAll('<', '&lt;');
    const result = findEmbeddedForm(
      bpmn(`<zeebe:userTaskForm id="expense-form">${escaped}</zeebe:userTaskForm>`),
      byElement('check'),
    );
    expect(result).toEqual({ ok: true, schema });
  });

  it('says so when the id is missing or wrong', () => {
    const xml = bpmn(`<zeebe:userTaskForm id="expense-form">${schema}</zeebe:userTaskForm>`);
    expect(wording(findEmbeddedForm(xml, byKey('expense')))).toBe(
      'The process XML has no embedded form with id "expense".',
    );
    expect(findEmbeddedForm(bpmn(''), byElement('check'))?.ok).toBe(false);
  });

  it('ignores an element of the same name outside the Zeebe namespace', () => {
    const xml = bpmn(`<x:userTaskForm xmlns:x="urn:evil" id="expense-form">{"components":[1]}</x:userTaskForm>`);
    expect(findEmbeddedForm(xml, byKey('expense-form'))?.ok).toBe(false);
  });

  it('refuses XML with a DOCTYPE, so no entity is expanded', () => {
    const laughs =
      '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>' +
      bpmn(`<zeebe:userTaskForm id="expense-form">&lol2;</zeebe:userTaskForm>`).replace(/^<\?xml[^>]*>/, '');
    expect(wording(findEmbeddedForm(laughs, byKey('expense-form')))).toBe(
      'The process XML declares a DOCTYPE; Lantern does not read such XML.',
    );
  });

  it('refuses malformed and oversized XML without searching it', () => {
    expect(wording(findEmbeddedForm('<bpmn:definitions><unclosed>', byKey('expense-form')))).toBe(
      'The process XML could not be parsed.',
    );
    const huge = bpmn(`<zeebe:userTaskForm id="expense-form">${schema}</zeebe:userTaskForm>`).padEnd(
      MAX_PROCESS_XML_CHARS + 1,
      ' ',
    );
    expect(findEmbeddedForm(huge, byKey('expense-form'))?.ok).toBe(false);
  });

  it('keeps markup inside the schema as inert text', () => {
    const xml = bpmn(
      `<zeebe:userTaskForm id="expense-form"><script xmlns="http://www.w3.org/1999/xhtml">window.hacked=1</script>${schema}</zeebe:userTaskForm>`,
    );
    const result = findEmbeddedForm(xml, byKey('expense-form'));
    expect(result).toEqual({ ok: true, schema: `window.hacked=1${schema}` });
    expect((window as unknown as { hacked?: number }).hacked).toBeUndefined();
  });
});
