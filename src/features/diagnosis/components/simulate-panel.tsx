import { InlineLoading, RadioButton, RadioButtonGroup } from '@carbon/react';
import { useMemo, useState } from 'react';
import { useLocation, useParams } from 'react-router';
import type { DirectorySnapshot } from '../../../lib/authz/effective-permissions.ts';
import type { ClusterVersion } from '../../../lib/authz/model.ts';
import { parseSimulatorQuery } from '../../../lib/authz/permission-gate-link.ts';
import { useOperationCatalogue } from '../../../lib/catalogue/use-operation-catalogue.ts';
import { useT } from '../../../lib/i18n/use-t.ts';
import { operationOptions } from '../lib/simulate.ts';
import { SimulationMatrix } from './simulator/simulation-matrix.tsx';
import { SingleSimulation } from './simulator/single-simulation.tsx';
import './simulator/simulator.scss';

/**
 * "Can they…?": a principal × a catalogue operation × a resource → allowed / denied / filtered,
 * from the signed-in administrator's view of the directory; or a matrix of several of each. A
 * disabled action's "Explain this" lands here with its question filled in (`?as=…&op=…`).
 */
export function SimulatePanel({ snapshot, version }: { snapshot: DirectorySnapshot; version: ClusterVersion }) {
  const t = useT();
  const { clusterId = '' } = useParams();
  const location = useLocation();
  const initial = useMemo(() => parseSimulatorQuery(location.search), [location.search]);
  const [mode, setMode] = useState<'single' | 'matrix'>('single');
  const catalogue = useOperationCatalogue();
  const options = useMemo(() => (catalogue ? operationOptions(catalogue, version) : null), [catalogue, version]);
  return (
    <div className="diagnosis-simulate" data-testid="simulate-panel">
      <RadioButtonGroup
        legendText={t('simulator.mode.legend')}
        name="simulator-mode"
        valueSelected={mode}
        onChange={(value) => setMode(value === 'matrix' ? 'matrix' : 'single')}
      >
        <RadioButton id="simulator-mode-single" value="single" labelText={t('simulator.mode.single')} />
        <RadioButton id="simulator-mode-matrix" value="matrix" labelText={t('simulator.mode.matrix')} />
      </RadioButtonGroup>
      {!options ? (
        <InlineLoading description={t('simulator.loadingCatalogue')} />
      ) : mode === 'single' ? (
        <SingleSimulation
          key={location.search}
          clusterId={clusterId}
          snapshot={snapshot}
          version={version}
          options={options}
          initial={initial}
        />
      ) : (
        <SimulationMatrix clusterId={clusterId} snapshot={snapshot} version={version} options={options} />
      )}
    </div>
  );
}
