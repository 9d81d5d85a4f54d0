import { Form } from '@bpmn-io/form-js-viewer';
import { useEffect, useImperativeHandle, useRef, useState, type Ref } from 'react';
import type { FormSchema } from '../../lib/form-schema.ts';
import { inertHtmlMarkdownModule } from './inert-html-markdown.ts';
import { useT } from '../../../../lib/i18n/use-t.ts';
import './camunda-form.scss';

// The linked Camunda Form rendered by bpmn.io's own viewer (the library Tasklist uses), so FEEL
// conditions, validation, dynamic lists, tables, expressions and templated text behave as they do
// there. The viewer renders with Preact into a container this component owns; React never touches
// what is inside it. Its licence asks that the "Powered by bpmn.io" mark it renders stays visible
// (docs/decisions.md).

export interface CamundaFormHandle {
  /**
   * Validates like the viewer's own submit: the data to complete the task with, or null when the
   * form now shows errors (the first invalid field gets the focus).
   */
  submit(): Record<string, unknown> | null;
  /** What the fields hold now, without validating (to continue in the JSON editor). */
  currentData(): Record<string, unknown>;
}

interface CamundaFormViewerProps {
  schema: FormSchema;
  /** The task's variables; read once, when the form is first shown, so a refetch never wipes input. */
  data: Record<string, unknown>;
  disabled: boolean;
  /** The accessible name of the form element the viewer renders. */
  label: string;
  ref?: Ref<CamundaFormHandle>;
}

type Submitted = ReturnType<Form['submit']>;

export function CamundaFormViewer({ schema, data, disabled, label, ref }: CamundaFormViewerProps) {
  const t = useT();
  const containerRef = useRef<HTMLDivElement>(null);
  const formRef = useRef<Form | null>(null);
  const latestData = useRef<Record<string, unknown>>(data);
  const firstData = useRef(data);
  const firstDisabled = useRef(disabled);
  const [importError, setImportError] = useState<string | null>(null);

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    // debounce: false — the viewer otherwise holds typed text for 300 ms, and a Complete pressed
    // within that window (by keyboard, or a quick click) would send the value from before the typing.
    // The viewer reads `debounce` from its config (form-js-viewer 2.0.0, useFlushDebounce); its
    // FormOptions type does not list it, so the options are typed as a superset.
    const options: ConstructorParameters<typeof Form>[0] & { debounce: false } = {
      container,
      debounce: false,
      additionalModules: [inertHtmlMarkdownModule],
      properties: { ariaLabel: label, disabled: firstDisabled.current },
    };
    const form = new Form(options);
    formRef.current = form;
    latestData.current = firstData.current;
    setImportError(null);
    form.on('changed', (event: { data: Record<string, unknown> }) => {
      latestData.current = event.data;
    });
    form.importSchema(schema, firstData.current).catch((error: unknown) => {
      setImportError(error instanceof Error ? error.message : String(error));
    });
    return () => {
      formRef.current = null;
      form.destroy();
    };
  }, [schema, label]);

  useEffect(() => {
    formRef.current?.setProperty('disabled', disabled);
  }, [disabled]);

  useImperativeHandle(
    ref,
    () => ({
      submit() {
        const form = formRef.current;
        if (!form || disabled || importError !== null) return null;
        const result: Submitted = form.submit();
        if (Object.keys(result.errors).length === 0) return result.data;
        // The viewer re-renders with its error messages on the next frame; then the first field
        // that carries one gets the focus, so a keyboard or screen reader user lands on it.
        requestAnimationFrame(() => {
          containerRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
        });
        return null;
      },
      currentData: () => latestData.current,
    }),
    [disabled, importError],
  );

  return (
    <div className="lantern-camunda-form">
      {importError !== null ? (
        <p className="task-muted" role="alert">
          {t.rich('tasks.complete.viewerFailed', {
            error: importError,
            cluster: (chunks) => <span lang="en">{chunks}</span>,
          })}
        </p>
      ) : null}
      <div ref={containerRef} />
    </div>
  );
}
