import {
  Header,
  HeaderGlobalAction,
  HeaderGlobalBar,
  HeaderMenuItem,
  HeaderNavigation,
  SkipToContent,
} from '@carbon/react';
import { useCallback, useState, type ReactNode } from 'react';
import { Link, NavLink, useLocation, useParams } from 'react-router';
import { useCluster } from '../../lib/clusters/cluster-queries.ts';
import { callerLabel } from '../../lib/auth/caller.ts';
import { useConnection } from '../../lib/connection/connection-store.ts';
import { useT } from '../../lib/i18n/use-t.ts';
import { ListIcon, UserIcon } from '../icons/shell-icons.tsx';
import { PrincipalDrawer } from './principal-drawer.tsx';
import { PageSkipLink, SkipLinkContext, type PageSkipLinkTarget } from './skip-links.tsx';
import { LanguageMenu } from './language-menu.tsx';
import { RequestLogDrawer } from './request-log-drawer.tsx';
import { ThemeMenu } from './theme-menu.tsx';
import { ViewsCatalogueGate } from './views-catalogue-gate.tsx';

type Drawer = 'log' | 'principal' | null;

// The product's name, the same in every language.
const PRODUCT_NAME = 'Lantern';

function ClusterNavigation({ clusterId }: { clusterId: string }) {
  const t = useT();
  const base = `/c/${encodeURIComponent(clusterId)}`;
  const items = [
    { to: `${base}/topology`, label: t('shell.nav.topology') },
    { to: `${base}/tasks`, label: t('shell.nav.tasks') },
    { to: `${base}/access`, label: t('shell.nav.access') },
    { to: `${base}/audit`, label: t('shell.nav.audit') },
  ];
  return (
    <HeaderNavigation aria-label={t('shell.nav.label')}>
      {items.map((item) => (
        <HeaderMenuItem key={item.to} as={NavLink} to={item.to}>
          {item.label}
        </HeaderMenuItem>
      ))}
    </HeaderNavigation>
  );
}

export function AppShell({ children }: { children: ReactNode }) {
  const t = useT();
  const { clusterId = '' } = useParams();
  const { cluster } = useCluster(clusterId);
  const { connection } = useConnection(clusterId);
  const [drawer, setDrawer] = useState<Drawer>(null);
  const [skipTarget, setSkipTarget] = useState<PageSkipLinkTarget | null>(null);
  const close = useCallback(() => setDrawer(null), []);
  const toggle = (next: Exclude<Drawer, null>) => setDrawer((current) => (current === next ? null : next));
  const connected = clusterId !== '' && connection !== null;
  // The first screen (the cluster picker) speaks only from the first part of the catalogue; every other
  // view waits for the rest, which loads right after the first render.
  const firstScreen = useLocation().pathname === '/';

  return (
    <>
      <Header aria-label={PRODUCT_NAME}>
        <SkipToContent href="#main-content">{t('shell.skipToContent')}</SkipToContent>
        <Link to="/" className="cds--header__name lantern-header-name">
          <img src="/lantern.svg" alt="" width={20} height={20} />
          <span className="lantern-header-name__text">{PRODUCT_NAME}</span>
        </Link>
        {connected ? <ClusterNavigation clusterId={clusterId} /> : null}
        {skipTarget ? <PageSkipLink target={skipTarget} /> : null}
        <HeaderGlobalBar>
          {cluster ? (
            <Link
              to={`/c/${encodeURIComponent(cluster.id)}`}
              className="lantern-header-cluster"
              title={t('shell.connectionCheckFor', { cluster: cluster.name })}
            >
              <span className="lantern-visually-hidden">{t('shell.clusterPrefix')} </span>
              {cluster.name}
              {connection ? (
                <span className="lantern-header-principal">{t.message(callerLabel(connection.caller))}</span>
              ) : null}
            </Link>
          ) : null}
          <LanguageMenu />
          <ThemeMenu />
          {connected ? (
            <HeaderGlobalAction
              aria-label={t('shell.whoAmI')}
              aria-expanded={drawer === 'principal'}
              isActive={drawer === 'principal'}
              onClick={() => toggle('principal')}
              tooltipAlignment="end"
            >
              <UserIcon />
            </HeaderGlobalAction>
          ) : null}
          <HeaderGlobalAction
            aria-label={t('shell.requestLog')}
            aria-expanded={drawer === 'log'}
            isActive={drawer === 'log'}
            onClick={() => toggle('log')}
            tooltipAlignment="end"
          >
            <ListIcon />
          </HeaderGlobalAction>
        </HeaderGlobalBar>
      </Header>
      <main id="main-content" className="lantern-main" tabIndex={-1}>
        <SkipLinkContext value={setSkipTarget}>
          {firstScreen ? children : <ViewsCatalogueGate>{children}</ViewsCatalogueGate>}
        </SkipLinkContext>
      </main>
      <RequestLogDrawer open={drawer === 'log'} onClose={close} />
      {cluster && connected ? (
        <ViewsCatalogueGate quiet>
          <PrincipalDrawer cluster={cluster} open={drawer === 'principal'} onClose={close} />
        </ViewsCatalogueGate>
      ) : null}
    </>
  );
}
