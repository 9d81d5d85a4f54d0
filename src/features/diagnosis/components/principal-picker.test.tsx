import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DirectorySnapshot } from '../../../lib/authz/effective-permissions.ts';
import type { ClaimSettings } from '../../../lib/authz/token-inspection.ts';
import { fakeJwt, saasCluster } from '../../../testing/cluster-fixtures.ts';
import {
  choiceFor,
  choiceFromToken,
  type PrincipalChoice,
  PrincipalPicker,
  resolveChoice,
} from './principal-picker.tsx';
import { stubResizeObserver } from '../../../testing/resize-observer-stub.ts';
import { englishT, germanT } from '../../../testing/translate.ts';

const settings = saasCluster.oidc as ClaimSettings;

const directory: DirectorySnapshot = {
  authorizations: [],
  users: [{ username: 'anna' }, { username: 'ron' }],
  clients: [{ clientId: 'worker-client' }],
  groups: [{ groupId: 'accounting' }],
  roles: [{ roleId: 'admin' }],
  tenants: [],
  mappingRules: [{ mappingRuleId: 'platform-admins', claimName: '$.groups', claimValue: 'platform-admins' }],
  memberships: [],
};

beforeEach(() => {
  stubResizeObserver();
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('choosing the principal', () => {
  it('takes a listed user as it is, and says when a typed id is unknown to the directory', () => {
    const anna = choiceFor(directory, null, 'USER', 'anna');
    expect(anna).toMatchObject({ ref: { type: 'USER', id: 'anna' }, origin: 'directory' });
    expect(anna.notes.map(englishT.message)).toEqual([
      'Callers of this cluster sign in with Basic authentication and carry no token, so mapping rules do not apply.',
    ]);
    const ghost = choiceFor(directory, null, 'GROUP', 'ghosts');
    expect(ghost.origin).toBe('typed');
    expect(ghost.notes.map(englishT.message)[0]).toContain('Group ghosts is not in the directory you can read');
    // German words the type with its gender: a group is „sie“, a user „ihn“.
    expect(ghost.notes.map(germanT.message)[0]).toBe(
      'Gruppe ghosts steht nicht in dem Verzeichnis, das Sie lesen können: Es zählen nur Autorisierungen, die sie direkt nennen, ohne Mitgliedschaften.',
    );
    expect(germanT.message(choiceFor(directory, null, 'USER', 'nina').notes[0]!)).toContain('die ihn direkt nennen');
  });

  it('resolves a pasted token by the cluster’s claim rules, keeping its claims but never the token', () => {
    const token = fakeJwt({
      client_id: 'invoice-app',
      preferred_username: 'svc',
      groups: ['platform-admins'],
      exp: 4_102_444_800,
    });
    const choice = choiceFromToken(`Bearer ${token}`, { ...settings, preferUsernameClaim: false }, directory);
    if ('error' in choice) throw new Error(englishT.message(choice.error.message));
    expect(choice.ref).toEqual({ type: 'CLIENT', id: 'invoice-app' });
    expect(choice.origin).toBe('token');
    expect(choice.notes.map(englishT.message)).toContain('The token matches the mapping rules platform-admins.');
    expect(choice.notes.map(germanT.message)).toContain('Das Token erfüllt die Mapping-Regeln platform-admins.');
    const kept = JSON.stringify(choice);
    expect(kept).not.toContain(token);
    expect(kept).not.toContain(token.split('.')[1]);
    expect(kept).not.toContain('c2lnbmF0dXJl');
    // prefer-username-claim makes the same token the user svc.
    const asUser = choiceFromToken(token, settings, directory);
    expect('error' in asUser ? asUser.error : asUser.ref).toEqual({ type: 'USER', id: 'svc' });
  });

  it('refuses what is not a token, and a token the cluster would refuse, in words', () => {
    const notJwt = choiceFromToken('hello', settings, directory);
    expect('error' in notJwt && englishT.message(notJwt.error.message)).toContain(
      'This is not a token Lantern can read',
    );
    const nameless = choiceFromToken(fakeJwt({ sub: 'x' }), { ...settings, usernameClaim: 'email' }, directory);
    if (!('error' in nameless)) throw new Error('the token was accepted');
    expect(englishT.message(nameless.error.message)).toBe('The cluster would not accept this token:');
    // The cluster's own 401 sentence, verbatim.
    expect(nameless.error.quote).toContain('Neither username claim (email)');
  });

  it('is worked out again once the directory arrives, so no stale "could not read" note stays', () => {
    const early = choiceFor(null, null, 'USER', 'ron');
    expect(early.notes.map(englishT.message)[0]).toContain('could not read the directory');
    const later = resolveChoice(early, directory, null);
    expect(later.notes.map(englishT.message).join(' ')).not.toContain('could not read');
    expect(later.origin).toBe('directory');
  });
});

function Harness({ claimSettings }: { claimSettings: ClaimSettings | null }) {
  const [value, setValue] = useState<PrincipalChoice | null>(null);
  return (
    <>
      <PrincipalPicker snapshot={directory} claimSettings={claimSettings} value={value} onChange={setValue} />
      <output data-testid="chosen">{value ? `${value.ref.type} ${value.ref.id} (${value.origin})` : 'none'}</output>
    </>
  );
}

describe('PrincipalPicker', () => {
  it('offers the directory’s ids of the chosen type and accepts any typed id', () => {
    render(<Harness claimSettings={null} />);
    fireEvent.change(screen.getByLabelText('Principal type'), { target: { value: 'CLIENT' } });
    const options = [...document.querySelectorAll('datalist option')].map((o) => o.getAttribute('value'));
    expect(options).toEqual(['worker-client']);
    fireEvent.change(screen.getByLabelText('Client id'), { target: { value: 'reporting-client' } });
    expect(screen.getByTestId('chosen')).toHaveTextContent('CLIENT reporting-client (typed)');
    // Basic clusters read no tokens: there is no token field to paste into.
    expect(screen.queryByLabelText('The principal’s access token (JWT)')).toBeNull();
  });

  it('clears a pasted token from the field and shows whom it resolves to', () => {
    render(<Harness claimSettings={settings} />);
    const field = screen.getByLabelText<HTMLTextAreaElement>('The principal’s access token (JWT)');
    const token = fakeJwt({ client_id: 'worker-client', exp: 4_102_444_800 });
    fireEvent.input(field, { target: { value: token } });
    expect(screen.getByTestId('chosen')).toHaveTextContent('CLIENT worker-client (token)');
    expect(screen.getByText('The token resolves to Client worker-client.')).toBeInTheDocument();
    expect(field.value).toBe('');
    expect(document.body.innerHTML).not.toContain(token);
  });
});
