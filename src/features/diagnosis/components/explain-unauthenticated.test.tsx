import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { saasCluster } from '../../../testing/cluster-fixtures.ts';
import { ExplainUnauthenticated } from './explain-unauthenticated.tsx';

afterEach(cleanup);

describe('ExplainUnauthenticated', () => {
  it("names the audience setting of an OIDC cluster from the 401's text alone", () => {
    render(
      <ExplainUnauthenticated cluster={saasCluster} pasted={{ status: null, detail: 'The aud claim is not valid' }} />,
    );
    const finding = within(screen.getByTestId('explain-unauthenticated')).getByTestId('configuration-finding');
    expect(finding).toHaveTextContent('orchestration-api');
    expect(finding.querySelector('[data-cause="audience"]')).not.toBeNull();
  });

  it('shows nothing for a 403', () => {
    render(
      <ExplainUnauthenticated
        cluster={saasCluster}
        pasted={{ status: 403, detail: "Insufficient permissions to perform operation 'READ'" }}
      />,
    );
    expect(screen.queryByTestId('explain-unauthenticated')).not.toBeInTheDocument();
  });
});
