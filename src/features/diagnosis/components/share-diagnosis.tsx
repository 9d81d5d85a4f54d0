import { Button, TextInput } from '@carbon/react';
import { useEffect, useId, useState } from 'react';
import { useT } from '../../../lib/i18n/use-t.ts';
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
  /** Worded by the caller, in the UI language. */
  intro?: string | undefined;
  /** What the facts still wait for (the task's process, say), worded; until then there is no link to copy. */
  pending?: string | undefined;
}) {
  const t = useT();
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
          labelText={t('explain.share.label')}
          helperText={t('explain.share.help')}
          readOnly
          value={ready ? link : ''}
          placeholder={pending ?? ''}
          onFocus={(e) => e.currentTarget.select()}
        />
        <Button kind="secondary" size="md" onClick={() => void copy()} disabled={!ready}>
          {t('explain.share.copy')}
        </Button>
      </div>
      <span role="status" className="diagnosis-muted">
        {pending
          ? pending
          : copied === 'yes'
            ? t('explain.share.copied')
            : copied === 'failed'
              ? t('explain.share.copyFailed')
              : ''}
      </span>
    </div>
  );
}
