import { Select, SelectItem, TextInput } from '@carbon/react';
import { useId } from 'react';
import { useT } from '../../../../lib/i18n/use-t.ts';
import { matchesOperation, type OperationOption } from '../../lib/simulate.ts';

// A native select keeps the long list keyboard- and screen-reader-friendly; the search field in
// front narrows it by method, path, name or permission.
const SHOWN = 100;

export function operationMatches(options: readonly OperationOption[], query: string): OperationOption[] {
  return options.filter((option) => matchesOperation(option, query));
}

export function OperationSelect({
  options,
  query,
  selected,
  onQuery,
  onSelect,
}: {
  options: readonly OperationOption[];
  query: string;
  /** The chosen one, or the first match. */
  selected: OperationOption | null;
  onQuery: (query: string) => void;
  onSelect: (operationId: string) => void;
}) {
  const t = useT();
  const prefix = useId();
  const matches = operationMatches(options, query);
  const shown = matches.slice(0, SHOWN);
  if (selected && !shown.includes(selected)) shown.unshift(selected);
  return (
    <div className="diagnosis-row simulator-operation">
      <TextInput
        id={`${prefix}-search`}
        labelText={t('simulator.operation.find')}
        helperText={t('simulator.operation.findHelp')}
        autoComplete="off"
        value={query}
        onChange={(e) => onQuery(e.target.value)}
      />
      <Select
        id={`${prefix}-operation`}
        labelText={t('simulator.operation.label', {
          matches: matches.length,
          total: options.length,
          shown: matches.length > SHOWN ? SHOWN : 0,
        })}
        value={selected?.entry.operationId ?? ''}
        onChange={(e) => onSelect(e.target.value)}
      >
        {shown.length === 0 ? <SelectItem value="" text={t('simulator.operation.none')} /> : null}
        {shown.map((option) => (
          <SelectItem
            key={option.entry.operationId}
            value={option.entry.operationId}
            text={`${option.label} — ${option.entry.operationId}`}
          />
        ))}
      </Select>
    </div>
  );
}
