// Which tool printed the paste. Only the markers each tool always prints are used
// (docs/camunda-api/error-texts.md lists them with their public sources); the most specific wins.
import type { MessageId } from '../../i18n/catalogues.ts';

export type ErrorTextSource =
  'problem-json' | 'java-sdk' | 'js-sdk' | 'go-sdk' | 'zbctl' | 'c8ctl' | 'curl' | 'http-log' | 'detail' | 'unknown';

const MARKERS: [ErrorTextSource, RegExp][] = [
  ['curl', /^[<>] (?:HTTP\/[\d.]{1,3} \d{3}|(?:GET|POST|PUT|PATCH|DELETE) \/)|(?:^|[\s;|&$])curl\s/m],
  [
    'java-sdk',
    /\bio\.camunda\.(?:client|zeebe\.client|spring)\b|\b(?:ProblemException|ClientStatusException|ClientHttpException|StatusRuntimeException)\b|\bclass ProblemDetail \{|\bFailed with code \d{3}: '/,
  ],
  [
    'c8ctl',
    /\bc8ctl\b|@camunda8\/cli\b|(?:^|\s)c8 (?:create|get|list|search|complete|assign|cancel|deploy|run|publish|correlate)\b/m,
  ],
  [
    'js-sdk',
    /\bHttpSdkError\b|@camunda8\/|\boperationId\s{0,4}:|\b[a-z][A-Za-z0-9]{2,80}\([^()\n]{0,200}\) refused: \d{3}\b/,
  ],
  ['zbctl', /\bzbctl\b|^Error: rpc error: code = /m],
  ['go-sdk', /\brpc error: code = [A-Za-z]{1,40} desc = /],
  ['http-log', /"(?:GET|POST|PUT|PATCH|DELETE) \S{1,2000} HTTP\/[\d.]{1,3}" \d{3}\b/],
];

const PROBLEM_JSON = /\{[^{}]{0,20000}"(?:status|detail|title)"\s{0,4}:/;

export function detectSource(text: string, detail: string | null): ErrorTextSource {
  for (const [source, marker] of MARKERS) if (marker.test(text)) return source;
  if (PROBLEM_JSON.test(text)) return 'problem-json';
  if (detail !== null) return 'detail';
  return 'unknown';
}

/** The name of each source as a message id, worded at render (the parse result is cached as codes). */
export const SOURCE_LABELS: Record<ErrorTextSource, MessageId> = {
  'problem-json': 'explain.source.problemJson',
  'java-sdk': 'explain.source.javaSdk',
  'js-sdk': 'explain.source.jsSdk',
  'go-sdk': 'explain.source.goSdk',
  zbctl: 'explain.source.zbctl',
  c8ctl: 'explain.source.c8ctl',
  curl: 'explain.source.curl',
  'http-log': 'explain.source.httpLog',
  detail: 'explain.source.detail',
  unknown: 'explain.source.unknown',
};
