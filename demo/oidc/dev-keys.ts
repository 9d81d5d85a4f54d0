// Fixed development signing key of the demo OIDC provider. It is public on purpose: it only
// signs demo tokens, and a fixed key keeps tokens valid across restarts of `npm start`
// (a key generated at start-up would invalidate every signed-in browser tab).
// NEVER use it for anything but the demo environment.
import type { JWK } from 'jose';

export const demoSigningKey: JWK & { kid: string } = {
  kty: 'RSA',
  kid: 'lantern-demo-2026',
  alg: 'RS256',
  use: 'sig',
  n: '-Cjruv3yk_FRdz8ZfV-agO6yHIOyRERfaE2GFaUhbkRYlF_Laj19lsQt0YvrsvkKMQQyt8Xm6JGd1hhKR1-lPySGyM9h-B14kHVZeQ1n4P7H9tPiz2DCUVv9mgknk_paLw-KG9HXxfH5GBs_WuFiG3S5Z6RiysQ5trSFVbyXYNNAkxt2J-4dECSzHr48CLtw8ei7TquJJTpFgSjydVHc48iZf9ALB1oq7X83x-iT6hBxwL91Wno0ObbHBkUNpA7OJkJg_-aqonsRpqJ7_Yu-qD7eWmGWVxvvD-yUaUJkdKSGl0hipTCk5b7Bc7zJR1XkFFE0RN7ShYRJTLtezrHv2w',
  e: 'AQAB',
  d: 'QjetGzLrGTXx3odsVkt97zyCM2Ci31t9N9hD2J-9CW7cUg8zuLAaxHGppjoXVSTl5slvfSEmKdW9T6UgoOXxMqWc_5Vy12GJy8Y8bzQ4DU3-7qqAYYS4pTwOMh2SPYa2rMsRN7YpROz54khXAfmVE610UacII4HzwoBt-cA-hnuhv8e1i7_3whryGoWRtUdwIX2BexbJnA444IMHrY4fpFXLgNJAGphMqLD5xTrf8klrNe4PlwIkOnFdd2zNVY9s-VNED35a6f3qZgg7nBBEDUnwl4O2IQPbq9SYRWR-gNS4oMPhpNxfq5s6821Sl3g3Fkd8pKUNNt1Y6QPZeeA5gQ',
  p: '_15MQ7se4N36r37l406ZBxyUJlEu37FtK8U4mmON5KYVs3a2V2MVwLReeKK7MxF_FoxQRaQb7omcMY-6IBrt8XQWT1ORF7A1HwzaMig9TVUH3-wsD3S-yKzqofKdIJOJCkT5Vj2JnvHHQitrMkxEQuV_UqhwmK46naTr_O4fAls',
  q: '-MYO89YjGh1_hmUy2VkJ97Ghka4tFM15mbof_cRuMH347x4LjeAP0C1C0c6V1R8UIlHcs14RzyHrwUI_hpiVWCaKpWns8WKOnC4S5OZtt57xUFgGyilxoJGSCZ9h0T5ga-HQpitxHVTxyYHj1zhHCC7kV51E-4f63VemeURhQIE',
  dp: '6BEk02RoMkfn-bYjagdST8Er7QpXw5c0s9M9ligkmYZJMFcQa6ey6_W96HlSD5211aLbi_4QGB1cIToRFf4DACrT33D86P8Lt1TxsSUaWH2Oc3Lns4APpMRnUZbuLd2Faxy1TicMOrJTtxFIEGR4oCZ5J3_FGysyP3LRtoAbFAM',
  dq: 'pUVXW7DwgwID3bJPlMutbovo7dKMCpzzYyie5kVgewDFp34LaQbpGoFnOeGH8x2Bj8dY2yTsqfI8IJk1gOLPnM-GHpx_mGHEooeNb9qSG4IRiTHh2N6tqWHsZk4new54mlNb_Xkw3a64LwoG5s1xi0Mz2e0WjhBpnjED3N6LyYE',
  qi: 'mKkE5seXGJxLxT1clp4Sc6CaBDnUgTHffGmDcvRYXeQAGpoKGL4AhQ26AcBaepAiCWM0fIqdAez75Sd4iaA-WNZSGn00UoKoXK9uGGvDkdiEVncJEPIWtfQUuuiRCTqAY0p4fbGyyoGYswJ7k0OjTOtMBpLsBoQz_2Cb0qmrx8A',
};

/** Cookie signing keys of the demo provider (same reasoning: fixed, demo only). */
export const demoCookieKeys = ['lantern-demo-cookie-key-2026-not-a-secret'];
