import { Button, TextInput } from '@carbon/react';
import { useEffect, useId, useState } from 'react';
import { diagnosisFacts, type FactsInput, shareLink } from '../lib/diagnosis-facts.ts';
import { knownSecretsFor } from '../lib/known-secrets.ts';
import './explain-page.scss';

/**
 * The link to this diagnosis, for an administrator (or anyone) to open with their own login. It
 * carries the request facts only; the texts are redacted with the credentials this tab holds.
 */
export function ShareDiagnosis({
  input,
  intro,
  pending,
}: {
  input: FactsInput;
  intro?: string;
  /** What the facts still wait for (the task's process, say); until then there is no link to copy. */
  pending?: string | undefined;
}) {
  const fieldId = useId();
  const [link, setLink] = useState<string | null>(null);
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  const identity = JSON.stringify(input);

  useEffect(() => {
    let live = true;
    const parsed = JSON.parse(identity) as FactsInput;
    void knownSecretsFor(parsed.clusterId).then((secrets) => {
      if (live) setLink(shareLink(window.location.origin, diagnosisFacts(parsed, secrets)));
    });
    return () => {
      live = false;
    };
  }, [identity]);

  const ready = link !== null && !pending;
  const copy = async () => {
    if (link === null || pending) return;
    try {
      await navigator.clipboard.writeText(link);
      setCopied('yes');
    } catch {
      setCopied('failed');
    }
  };

  return (
    <div className="diagnosis-share" data-testid="share-diagnosis">
      {intro ? <p>{intro}</p> : null}
      <div className="diagnosis-share__row">
        <TextInput
          id={fieldId}
          labelText="Link to this diagnosis"
          helperText="It holds the request, the answer and the principal — no password, token, header or request body. Whoever opens it sees the explanation with their own permissions."
          readOnly
          value={ready ? link : ''}
          placeholder={pending ?? ''}
          onFocus={(e) => e.currentTarget.select()}
        />
        <Button kind="secondary" size="md" onClick={() => void copy()} disabled={!ready}>
          Copy link
        </Button>
      </div>
      <span role="status" className="diagnosis-muted">
        {pending
          ? pending
          : copied === 'yes'
            ? 'Link copied.'
            : copied === 'failed'
              ? 'The browser did not allow copying; select the link instead.'
              : ''}
      </span>
    </div>
  );
}
