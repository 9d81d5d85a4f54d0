import { Button, InlineLoading, InlineNotification, TextArea } from '@carbon/react';
import { useQuery } from '@tanstack/react-query';
import { Fragment, useId, useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { QueryStatus } from '../../../components/request-status/query-status.tsx';
import { useRequestCancel } from '../../../components/request-status/use-request-cancel.ts';
import { candidateOperations } from '../../../lib/authz/error-text/candidate-operations.ts';
import { redactText } from '../../../lib/authz/redact.ts';
import { SOURCE_LABELS } from '../../../lib/authz/error-text/detect-source.ts';
import {
  type PastedError,
  parseErrorText,
  type ReadableField,
  type ReadableItem,
} from '../../../lib/authz/error-text/parse-error-text.ts';
import { findOperation } from '../../../lib/catalogue/find-operation.ts';
import type { CatalogueEntry } from '../../../lib/catalogue/types.ts';
import type { DirectoryMembership, DirectorySnapshot } from '../../../lib/authz/effective-permissions.ts';
import { useOperationCatalogue } from '../../../lib/catalogue/use-operation-catalogue.ts';
import type { MessageId } from '../../../lib/i18n/catalogues.ts';
import { type Translate, useT } from '../../../lib/i18n/use-t.ts';
import { diagnosisQueries } from '../api/diagnosis-queries.ts';
import type { AdminRead } from '../api/fix-actions.ts';
import { decodeFacts, type DiagnosisFacts, diagnosisFacts } from '../lib/diagnosis-facts.ts';
import { explainFacts, requestOf } from '../lib/use-explain.ts';
import { targetHints, useTargetFacts } from '../lib/use-target-facts.ts';
import { useDiagnosisContext } from '../lib/use-diagnosis-context.ts';
import { ExplainExtracted, HINT_LABELS } from './explain-extracted.tsx';
import { ExplainOperationPicker } from './explain-operation-picker.tsx';
import { ExplainResult } from './explain-result.tsx';
import { ExplainUnauthenticated, isUnauthenticatedPaste } from './explain-unauthenticated.tsx';
import { choiceFor, PrincipalPicker, type PrincipalChoice, resolveChoice } from './principal-picker.tsx';
import { ShareDiagnosis } from './share-diagnosis.tsx';
import { UnprotectedNotice } from './unprotected-notice.tsx';
import './diagnosis.scss';
import './explain-page.scss';

/** Enough of an unrecognised paste to see what it was, without a wall of log. */
const QUOTE_CHARS = 2000;

/** The paste as quoted back, credentials masked; an ellipsis line marks where it was cut. */
function quoteOf(text: string): string {
  return redactText(text.slice(0, QUOTE_CHARS)) + (text.length > QUOTE_CHARS ? '\n…' : '');
}

/** The labels of the read-back of an unrecognised paste. */
const READABLE_LABELS: Record<ReadableField, MessageId> = {
  format: 'explain.field.format',
  status: 'explain.field.status',
  title: 'explain.field.title',
  detail: 'explain.field.detail',
  request: 'explain.field.request',
  sdkOperation: 'explain.field.sdkOperation',
  caller: 'explain.field.caller',
  note: 'explain.field.note',
  text: 'explain.field.text',
  ...HINT_LABELS,
};

/** Fields quoted verbatim from the paste: Camunda's (or the tool's) English, marked so for screen readers. */
const QUOTED_FIELDS = new Set<ReadableField>(['title', 'detail', 'text']);

function ReadableValue({ item, t }: { item: ReadableItem; t: Translate }) {
  if (typeof item.value !== 'string') return t.message(item.value);
  return QUOTED_FIELDS.has(item.field) ? <span lang="en">{item.value}</span> : item.value;
}

/** The facts of a shared link, in the shape the parser gives a paste, so both take one path. */
function pastedFromFacts(facts: DiagnosisFacts): PastedError {
  return {
    source: 'detail',
    status: facts.status,
    title: facts.title,
    detail: facts.detail,
    method: facts.method,
    path: facts.path,
    principalHint:
      facts.principal && (facts.principal.type === 'USER' || facts.principal.type === 'CLIENT')
        ? { type: facts.principal.type, id: facts.principal.id }
        : null,
    hints: facts.hints,
    readable: [],
    recognised: true,
    operationId: facts.operationId,
    otherErrors: 0,
    truncated: false,
  };
}

/** What the user chose for one diagnosis; forgotten as soon as the diagnosis changes. */
interface Selection {
  identity: string;
  operationId: string | null;
  principal: PrincipalChoice | null;
}

/** `/c/:clusterId/access/explain`: paste any error (or open a shared link) and see why, for whom, and the fix. */
export function ExplainPage() {
  const { hash } = useLocation();
  // A new link is a new diagnosis: nothing typed or chosen for the previous one survives.
  return <ExplainView key={hash} hash={hash} />;
}

function ExplainView({ hash }: { hash: string }) {
  const t = useT();
  const { clusterId = '' } = useParams();
  const navigate = useNavigate();
  const textId = useId();
  const context = useDiagnosisContext(clusterId, { directory: true });
  const directoryCancel = useRequestCancel(diagnosisQueries.directory(clusterId, false).queryKey);
  const catalogue = useOperationCatalogue();
  const shared = decodeFacts(hash);
  const [text, setText] = useState('');
  const [selection, setSelection] = useState<Selection | null>(null);

  const pasted: PastedError | null = shared?.ok
    ? pastedFromFacts(shared.facts)
    : text.trim().length > 0
      ? parseErrorText(text)
      : null;
  const { cluster, readableDirectory } = context;
  const version = context.version ?? '8.8';
  const baseFacts = pasted
    ? diagnosisFacts({
        clusterId,
        method: pasted.method,
        path: pasted.path,
        operationId: pasted.operationId,
        status: pasted.status,
        title: pasted.title,
        detail: pasted.detail,
        principal: shared?.ok ? shared.facts.principal : pasted.principalHint,
        hints: pasted.hints,
        at: shared?.ok ? shared.facts.at : null,
      })
    : null;
  const identity = baseFacts ? JSON.stringify(baseFacts) : '';
  const own = selection?.identity === identity ? selection : null;

  const directMatch =
    baseFacts?.method && baseFacts.path && catalogue
      ? findOperation(catalogue, baseFacts.method, baseFacts.path)
      : null;
  const candidates: readonly CatalogueEntry[] =
    pasted && catalogue && !directMatch ? candidateOperations(pasted, catalogue, version) : [];
  const operationId =
    directMatch?.entry.operationId ??
    own?.operationId ??
    baseFacts?.operationId ??
    (candidates.length === 1 ? (candidates[0]?.operationId ?? null) : null);
  const operation = directMatch?.entry ?? catalogue?.find((e) => e.operationId === operationId) ?? null;

  const claimSettings = cluster?.oidc ?? null;
  const principal: PrincipalChoice | null =
    own?.principal !== undefined
      ? own.principal && resolveChoice(own.principal, readableDirectory, claimSettings)
      : baseFacts?.principal
        ? choiceFor(readableDirectory, claimSettings, baseFacts.principal.type, baseFacts.principal.id)
        : null;
  const choose = (patch: Partial<Omit<Selection, 'identity'>>) =>
    setSelection({ identity, operationId: own?.operationId ?? null, principal, ...patch });

  const userTaskKey = baseFacts?.hints.userTaskKey ?? null;
  const task = useQuery(diagnosisQueries.task(clusterId, context.connection && userTaskKey ? userTaskKey : null));
  const facts: DiagnosisFacts | null = baseFacts
    ? { ...baseFacts, operationId: operation?.operationId ?? null, principal: principal?.ref ?? null }
    : null;
  // A job's, instance's or incident's process, read with your view, so the draft names it instead of `*`.
  const targetFacts = useTargetFacts(
    clusterId,
    facts ? requestOf(facts, operation) : null,
    catalogue,
    Boolean(context.connection),
  );

  if (!cluster || (context.versionPending && context.connection)) {
    return <InlineLoading description={t('explain.page.loading')} className="lantern-page" />;
  }
  // Nobody is checked on an unprotected cluster: there is no principal to pick and no grant to show.
  const unprotected = cluster.auth === 'none';
  const visibility = readableDirectory
    ? 'directory'
    : context.directory.isPending && !directoryCancel.cancelled && !context.directory.isError
      ? 'loading'
      : 'none';
  const explainOn = (snapshot: DirectorySnapshot | null) =>
    facts && pasted?.recognised !== false && !unprotected
      ? explainFacts({
          facts,
          operation,
          principal: principal
            ? { ref: principal.ref, subject: principal.subject, assumptions: principal.notes, token: principal.claims }
            : null,
          snapshot,
          cluster,
          version: context.version,
          catalogue,
          task: task.data ?? null,
          target: targetHints(targetFacts),
        })
      : null;
  const explained = explainOn(readableDirectory);
  // After a fix: the same explanation on the administrator's re-read, so the verification says whether
  // the principal is now allowed and by which grant, not only that the grant exists.
  const reevaluate = readableDirectory
    ? (read: AdminRead) =>
        explainOn({
          ...readableDirectory,
          authorizations: read.authorizations,
          memberships: withMemberships(readableDirectory.memberships, read.memberships),
        })?.diagnosis.evaluation ?? null
    : undefined;
  // A typed id that turns up in the directory (a fix just granted it something) is the same principal:
  // the apply result and verification stay. Only a pasted token makes it another subject.
  const diagnosisKey = `${identity}|${operation?.operationId ?? ''}|${principal ? `${principal.ref.type}:${principal.ref.id}:${principal.origin === 'token' ? 'token' : 'id'}` : ''}`;

  return (
    <section className="diagnosis-page" aria-labelledby="explain-title">
      <div>
        <h1 id="explain-title" className="lantern-page__title">
          {t('explain.page.title')}
        </h1>
        <p className="lantern-page__lead">
          {t.rich('explain.page.lead', {
            link: (chunks) => <Link to={`/c/${encodeURIComponent(clusterId)}/access`}>{chunks}</Link>,
            cluster: cluster.name,
            version: context.version ?? t('explain.page.versionUnknown'),
          })}
        </p>
      </div>

      {unprotected ? (
        <UnprotectedNotice testId="explain-unprotected" consequence={t('explain.page.unprotected')} />
      ) : null}

      {shared && !shared.ok ? (
        <InlineNotification
          kind="error"
          lowContrast
          hideCloseButton
          title={t('explain.page.linkErrorTitle')}
          subtitle={t('explain.page.linkErrorSubtitle', { reason: shared.error })}
          data-testid="explain-link-error"
        />
      ) : null}

      <section className="diagnosis-section" aria-labelledby="paste-title">
        <h2 id="paste-title">{shared?.ok ? t('explain.page.sharedTitle') : t('explain.page.pasteTitle')}</h2>
        {shared?.ok ? (
          <>
            <p data-testid="explain-shared-notice">
              {t.rich('explain.page.sharedNotice', { strong: (chunks) => <strong>{chunks}</strong> })}
              {shared.facts.clusterId !== clusterId ? (
                <>
                  {' '}
                  {t.rich('explain.page.sharedOtherCluster', {
                    cluster: shared.facts.clusterId,
                    code: (chunks) => <code>{chunks}</code>,
                    link: (chunks) => (
                      <Link to={`/c/${encodeURIComponent(shared.facts.clusterId)}/access/explain${hash}`}>
                        {chunks}
                      </Link>
                    ),
                  })}
                </>
              ) : null}
            </p>
            <div>
              <Button kind="tertiary" size="sm" onClick={() => void navigate({ hash: '' })}>
                {t('explain.page.another')}
              </Button>
            </div>
          </>
        ) : (
          <TextArea
            id={textId}
            labelText={t('explain.page.pasteLabel')}
            helperText={t('explain.page.pasteHelp')}
            rows={6}
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
        )}
        {pasted ? (
          <>
            <h3>{t('explain.page.readTitle')}</h3>
            {!pasted.recognised ? (
              <div className="diagnosis-unrecognised" data-testid="explain-unrecognised">
                <p>{t('explain.page.unrecognised')}</p>
                <dl className="lantern-facts">
                  {pasted.readable.map((item, index) => (
                    <Fragment key={index}>
                      <dt>{t(READABLE_LABELS[item.field])}</dt>
                      <dd>
                        <ReadableValue item={item} t={t} />
                      </dd>
                    </Fragment>
                  ))}
                </dl>
                {/* The format and the quoted text are always there; say so when they are all there is. */}
                {pasted.readable.every((item) => item.field === 'format' || item.field === 'text') ? (
                  <p className="diagnosis-muted" data-testid="explain-read-nothing">
                    {t('explain.page.readNothing')}
                  </p>
                ) : null}
                {pasted.readable.some((item) => item.field === 'text') ? null : (
                  <>
                    <p>{t('explain.page.quoteIntro')}</p>
                    <pre className="diagnosis-code diagnosis-quote" data-testid="explain-quote" tabIndex={0}>
                      {quoteOf(text)}
                    </pre>
                  </>
                )}
              </div>
            ) : (
              <ExplainExtracted
                facts={{
                  source: shared?.ok ? 'explain.source.sharedLink' : SOURCE_LABELS[pasted.source],
                  status: pasted.status,
                  title: pasted.title,
                  detail: pasted.detail,
                  method: pasted.method,
                  path: pasted.path,
                  operationId: pasted.operationId,
                  principal: baseFacts?.principal ?? null,
                  principalFrom: shared?.ok ? 'link' : 'text',
                  hints: pasted.hints,
                  at: baseFacts?.at ?? null,
                }}
              />
            )}
            {pasted.otherErrors > 0 ? (
              <p className="diagnosis-muted">{t('explain.page.otherErrors', { count: pasted.otherErrors })}</p>
            ) : null}
            {pasted.truncated ? <p className="diagnosis-muted">{t('explain.page.truncated')}</p> : null}
          </>
        ) : null}
      </section>

      {/* Shown on its own: the configuration findings of a 401 come with the request diagnosis once it has a request. */}
      {pasted && (!explained || cluster.auth === 'basic') ? (
        <ExplainUnauthenticated cluster={cluster} pasted={pasted} />
      ) : null}

      {/* c8ctl's title-only output or an access log line is not a recognised sentence, yet names the call. */}
      {/* A 401 does not depend on the operation, so none is asked for. */}
      {pasted &&
      (pasted.recognised || candidates.length > 0) &&
      !isUnauthenticatedPaste(pasted) &&
      !directMatch &&
      catalogue ? (
        <section className="diagnosis-section" aria-labelledby="operation-title">
          <h2 id="operation-title">{t('explain.page.operationTitle')}</h2>
          <ExplainOperationPicker
            key={identity}
            namedBy={baseFacts?.operationId ? (shared?.ok ? 'link' : 'text') : null}
            candidates={candidates}
            catalogue={catalogue}
            version={version}
            value={operation?.operationId ?? null}
            onChange={(id) => choose({ operationId: id })}
          />
        </section>
      ) : null}

      {pasted?.recognised && !unprotected ? (
        <section className="diagnosis-section" aria-labelledby="whom-title">
          <h2 id="whom-title">{t('explain.page.whomTitle')}</h2>
          <p className="diagnosis-muted">{t('explain.page.whomLead')}</p>
          <QueryStatus
            query={context.directory}
            cancel={directoryCancel}
            clusterId={clusterId}
            failedTitle={t('explain.page.directoryFailed')}
            hasPreviousAnswer={context.directory.data !== undefined}
          />
          <PrincipalPicker
            key={identity}
            snapshot={readableDirectory}
            claimSettings={claimSettings}
            value={principal}
            onChange={(choice) => choose({ principal: choice })}
          />
        </section>
      ) : null}

      {explained ? (
        <ExplainResult
          key={diagnosisKey}
          explained={explained}
          cluster={cluster}
          principal={principal?.ref ?? null}
          visibility={visibility}
          reevaluate={reevaluate}
        />
      ) : null}

      {facts && pasted?.recognised ? (
        <section className="diagnosis-section" aria-labelledby="share-title">
          <h2 id="share-title">{t('explain.page.shareTitle')}</h2>
          <ShareDiagnosis input={facts} intro={visibility === 'none' ? t('explain.page.shareIntro') : undefined} />
        </section>
      ) : null}
    </section>
  );
}

/** The memberships Lantern read, with those the administrator's re-read adds (a membership fix). */
function withMemberships(
  known: readonly DirectoryMembership[],
  read: readonly DirectoryMembership[],
): DirectoryMembership[] {
  const key = (m: DirectoryMembership) => `${m.containerType}:${m.containerId}:${m.memberType}:${m.memberId}`;
  const seen = new Set(known.map(key));
  return [...known, ...read.filter((m) => !seen.has(key(m)))];
}
