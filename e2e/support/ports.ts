// One place that derives every port of the e2e demo environment from E2E_PORT_BASE, so two
// people (or two helpers) can run the suite side by side with different bases.
export interface E2ePorts {
  lantern: number;
  oidc: number;
  c8run: number;
  helm: number;
  saas: number;
  scale: number;
  env: Record<string, string>;
}

export function e2ePorts(base = Number(process.env.E2E_PORT_BASE ?? 24000)): E2ePorts {
  const ports = { lantern: base, oidc: base + 1, c8run: base + 2, helm: base + 3, saas: base + 4, scale: base + 5 };
  return {
    ...ports,
    env: {
      LANTERN_PORT: String(ports.lantern),
      DEMO_OIDC_PORT: String(ports.oidc),
      DEMO_C8RUN_PORT: String(ports.c8run),
      DEMO_HELM_PORT: String(ports.helm),
      DEMO_SAAS_PORT: String(ports.saas),
      DEMO_SCALE_PORT: String(ports.scale),
      LANTERN_DIST: process.env.LANTERN_DIST ?? `dist-e2e-${base}`,
      DEMO_OIDC_ACCESS_TOKEN_TTL: process.env.DEMO_OIDC_ACCESS_TOKEN_TTL ?? '75',
    },
  };
}
