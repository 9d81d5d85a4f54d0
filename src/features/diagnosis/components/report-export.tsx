import { Button } from '@carbon/react';
import { useState } from 'react';
import {
  diagnosisReportJson,
  diagnosisReportMarkdown,
  type DiagnosisReportInput,
} from '../../../lib/authz/diagnosis-report.ts';
import { useT } from '../../../lib/i18n/use-t.ts';
import { downloadText } from '../lib/download.ts';
import { knownSecretsFor } from '../lib/known-secrets.ts';

/** Markdown / JSON download of the diagnosis; the redactor runs over the finished text. */
export function ReportExport({ input }: { input: Omit<DiagnosisReportInput, 'knownSecrets' | 'generatedAt'> }) {
  const t = useT();
  const [error, setError] = useState<string | null>(null);
  const save = async (format: 'md' | 'json') => {
    try {
      const full: DiagnosisReportInput = {
        ...input,
        generatedAt: new Date().toISOString(),
        knownSecrets: await knownSecretsFor(input.cluster.id),
      };
      const name = `lantern-diagnosis-${input.cluster.id}-${input.request.requestId ?? 'request'}`;
      if (format === 'md') downloadText(`${name}.md`, diagnosisReportMarkdown(full, t), 'text/markdown');
      else downloadText(`${name}.json`, diagnosisReportJson(full, t), 'application/json');
      setError(null);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <div className="diagnosis-row">
      <Button kind="secondary" size="md" onClick={() => void save('md')}>
        {t('diagnosis.report.markdown')}
      </Button>
      <Button kind="secondary" size="md" onClick={() => void save('json')}>
        {t('diagnosis.report.json')}
      </Button>
      <span className="diagnosis-muted">{t('diagnosis.report.redactedNote')}</span>
      {error ? <span className="lantern-error-text">{error}</span> : null}
    </div>
  );
}
