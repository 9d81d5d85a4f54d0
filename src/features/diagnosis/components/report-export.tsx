import { Button } from '@carbon/react';
import { useState } from 'react';
import {
  diagnosisReportJson,
  diagnosisReportMarkdown,
  type DiagnosisReportInput,
} from '../../../lib/authz/diagnosis-report.ts';
import { downloadText } from '../lib/download.ts';
import { knownSecretsFor } from '../lib/known-secrets.ts';

/** Markdown / JSON download of the diagnosis; the redactor runs over the finished text. */
export function ReportExport({ input }: { input: Omit<DiagnosisReportInput, 'knownSecrets' | 'generatedAt'> }) {
  const [error, setError] = useState<string | null>(null);
  const save = async (format: 'md' | 'json') => {
    try {
      const full: DiagnosisReportInput = {
        ...input,
        generatedAt: new Date().toISOString(),
        knownSecrets: await knownSecretsFor(input.cluster.id),
      };
      const name = `lantern-diagnosis-${input.cluster.id}-${input.request.requestId ?? 'request'}`;
      if (format === 'md') downloadText(`${name}.md`, diagnosisReportMarkdown(full), 'text/markdown');
      else downloadText(`${name}.json`, diagnosisReportJson(full), 'application/json');
      setError(null);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <div className="diagnosis-row">
      <Button kind="secondary" size="md" onClick={() => void save('md')}>
        Download report (Markdown)
      </Button>
      <Button kind="secondary" size="md" onClick={() => void save('json')}>
        Download report (JSON)
      </Button>
      <span className="diagnosis-muted">Tokens, passwords, client secrets and Authorization headers are redacted.</span>
      {error ? <span className="lantern-error-text">{error}</span> : null}
    </div>
  );
}
