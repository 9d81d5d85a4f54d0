import { Button } from '@carbon/react';
import { useState } from 'react';

/** A preformatted snippet with a copy button; the text is rendered inert. */
export function CopyBlock({ label, text }: { label: string; text: string }) {
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
      <pre className="diagnosis-code" aria-label={label} data-testid="fix-snippet">
        {text}
      </pre>
      <div className="diagnosis-row">
        <Button kind="tertiary" size="sm" onClick={copy}>
          Copy {label}
        </Button>
        <span role="status" className="diagnosis-muted">
          {copied === 'yes'
            ? 'Copied.'
            : copied === 'failed'
              ? 'The browser did not allow copying; select the text instead.'
              : ''}
        </span>
      </div>
    </div>
  );
}
