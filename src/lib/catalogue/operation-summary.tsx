// How the catalogue's operations appear in views. An operation's name is the API's own (the SDK's
// operation id read as a sentence: `assignUserTask` → "Assign user task"), so it stays English in
// every UI language and is marked `lang="en"`: screen readers pronounce it in English and the e2e
// word check knows it is quoted, not Lantern's wording left untranslated.
import { Fragment } from 'react';
import { operationLabel, type RequestTarget } from '../authz/request-target.ts';
import { useLanguageState } from '../i18n/language-store.ts';
import { useT } from '../i18n/use-t.ts';

/** "Assign user task" for `assignUserTask`, as the API names it. */
export function OperationSummary({ operationId }: { operationId: string }) {
  return <span lang="en">{operationLabel(operationId)}</span>;
}

/**
 * What a request acts on: the operation's name and the values of its path parameters, each named
 * as the API names it ("Assign user task: `userTaskKey` 42"). Built from the target's parts at
 * render, so the sentence follows a language switch; a request the catalogue does not know is
 * shown as its method and path.
 */
export function RequestTargetText({
  target,
}: {
  target: Pick<RequestTarget, 'operationId' | 'params' | 'description'>;
}) {
  const t = useT();
  const { intl } = useLanguageState();
  if (!target.operationId) return <code>{target.description}</code>;
  const params = Object.entries(target.params ?? {});
  const operation = <OperationSummary operationId={target.operationId} />;
  if (params.length === 0) return operation;
  const values = params.map(([name, value]) => (
    <Fragment key={name}>
      <code>{name}</code> {value}
    </Fragment>
  ));
  return (
    <>
      {t.rich('catalogue.target.withParameters', { operation, parameters: intl.formatList(values, { type: 'unit' }) })}
    </>
  );
}

/**
 * The target after the request line it belongs to ("POST /user-tasks/{userTaskKey}/assignment —
 * Assign user task: userTaskKey 42"); nothing when the catalogue does not know the request, as
 * its method and path would only repeat the line.
 */
export function RequestTargetAside({
  target,
}: {
  target: Pick<RequestTarget, 'operationId' | 'params' | 'description'>;
}) {
  const t = useT();
  if (!target.operationId) return null;
  return <>{t.rich('catalogue.target.aside', { target: <RequestTargetText target={target} /> })}</>;
}
