import { Button } from '@carbon/react';
import { useState } from 'react';
import { useT } from '../../../lib/i18n/use-t.ts';

/** A preformatted snippet with a copy button; the text is rendered inert. */
export function CopyBlock({ label, text }: { label: string; text: string }) {
  const t = useT();
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied('yes');
    } catch {
      setCopied('failed');
    }
  };
  return (
    <div className="diagnosis-copy-block">
      {/* Focusable: a snippet wider than a narrow screen scrolls, and keyboard users scroll it too. */}
      <pre className="diagnosis-code" aria-label={label} data-testid="fix-snippet" tabIndex={0}>
        {text}
      </pre>
      <div className="diagnosis-row">
        <Button kind="tertiary" size="sm" onClick={copy}>
          {t('diagnosis.copy.button', { label })}
        </Button>
        <span role="status" className="diagnosis-muted">
          {copied === 'yes' ? t('diagnosis.copy.done') : copied === 'failed' ? t('diagnosis.copy.failed') : ''}
        </span>
      </div>
    </div>
  );
}
