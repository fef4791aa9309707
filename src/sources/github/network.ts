// The fetch every request to GitHub goes through. It bounds each request, answer included, by a
// stated time, reads the whole answer before Octokit sees it, and turns what the network or a proxy
// can do to an answer (a reset, a refused connection, a hang, a body cut short, empty, an HTML page,
// a GraphQL answer with neither data nor errors) into a NetworkFault. Octokit wraps a fault in a
// RequestError of status 500 without a response, which plugin-retry retries as it does a 502;
// errors.ts names what is left after the retries.
import { UserError } from '../../errors.js';

export type FaultKind =
  'refused' | 'reset' | 'unreachable' | 'timeout' | 'cut-short' | 'empty' | 'html' | 'not-json' | 'no-data';

/** A request that got no usable answer; `host` is the API's host, never a token or a query. */
export class NetworkFault extends Error {
  override readonly name = 'NetworkFault';
  constructor(
    readonly kind: FaultKind,
    readonly host: string,
    /** the system's code or a short quote of what came back, for the message */
    readonly detail: string,
    readonly timeoutSeconds: number,
  ) {
    super(`${host}: ${kind}${detail ? ` (${detail})` : ''}`);
  }
}

export interface NetworkOptions {
  /** longest time one request may take, from connecting to the answer's last byte */
  timeoutSeconds: number;
  /** the GraphQL endpoint, whose answers must hold data or errors */
  graphqlUrl: string;
  /** called once a request (each attempt) */
  onRequest?: () => void;
}

const NO_BODY = new Set([101, 204, 205, 304]);

/** The system's code of a failed connection (undici puts it on the error's cause). */
function codeOf(error: unknown): string {
  const e = error as { code?: unknown; cause?: { code?: unknown; cause?: { code?: unknown } } } | null;
  const code = e?.cause?.code ?? e?.cause?.cause?.code ?? e?.code;
  return typeof code === 'string' ? code : '';
}

function connectionFault(error: unknown, host: string, timeoutSeconds: number, reading: boolean) {
  const code = codeOf(error);
  if (/^(ECONNREFUSED)$/.test(code)) return new NetworkFault('refused', host, code, timeoutSeconds);
  if (/^(ENOTFOUND|EAI_AGAIN|EHOSTUNREACH|ENETUNREACH|ENETDOWN)$/.test(code)) {
    return new NetworkFault('unreachable', host, code, timeoutSeconds);
  }
  if (/TIMEOUT/.test(code)) return new NetworkFault('timeout', host, code, timeoutSeconds);
  const detail = code || ((error as Error)?.message ?? '').slice(0, 60);
  return new NetworkFault(reading ? 'cut-short' : 'reset', host, detail, timeoutSeconds);
}

/** A quote of an answer that is not what the API sends, cut to one short line. */
function quote(text: string): string {
  // Printable ASCII only: no control or direction-changing characters from a stranger's page.
  const line = text
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/[^\x20-\x7e]/g, '?');
  return JSON.stringify(line.length > 40 ? `${line.slice(0, 37)}...` : line);
}

/** Null when a successful answer is the API's JSON; else what is wrong with it. */
function badBody(text: string, graphql: boolean, host: string, timeoutSeconds: number) {
  if (!text.trim()) return new NetworkFault('empty', host, '', timeoutSeconds);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    const kind = /^\s*</.test(text) ? 'html' : /^\s*[[{]/.test(text) ? 'cut-short' : 'not-json';
    return new NetworkFault(kind, host, quote(text), timeoutSeconds);
  }
  if (!graphql) return null;
  // GitHub answers a query with `data`, or with `errors` saying why there is none.
  const body = parsed as { data?: unknown; errors?: unknown } | null;
  const hasData = typeof body?.data === 'object' && body.data !== null;
  const hasErrors = Array.isArray(body?.errors) && body.errors.length > 0;
  return hasData || hasErrors ? null : new NetworkFault('no-data', host, quote(text), timeoutSeconds);
}

/** fetch, bounded in time, that only hands on a whole answer the API could have sent. */
export function guardedFetch(options: NetworkOptions): typeof fetch {
  const { timeoutSeconds } = options;
  return async (input, init) => {
    options.onRequest?.();
    const url = new URL(input instanceof Request ? input.url : String(input));
    const host = url.host;
    const timer = AbortSignal.timeout(Math.max(1, Math.round(timeoutSeconds * 1000)));
    const signal = init?.signal ? AbortSignal.any([init.signal, timer]) : timer;
    let reading = false;
    let response: Response;
    let bytes: ArrayBuffer;
    try {
      response = await fetch(input, { ...init, signal });
      reading = true;
      bytes = await response.arrayBuffer();
    } catch (error) {
      if (init?.signal?.aborted) throw error;
      if (timer.aborted) throw new NetworkFault('timeout', host, '', timeoutSeconds);
      throw connectionFault(error, host, timeoutSeconds, reading);
    }
    const method = (init?.method ?? 'GET').toUpperCase();
    if (response.ok && method !== 'HEAD' && !NO_BODY.has(response.status)) {
      const graphql = url.href.replace(/\/+$/, '') === options.graphqlUrl;
      const fault = badBody(new TextDecoder().decode(bytes), graphql, host, timeoutSeconds);
      if (fault) throw fault;
    }
    const whole = new Response(NO_BODY.has(response.status) ? null : bytes, {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
    });
    Object.defineProperty(whole, 'url', { value: response.url });
    return whole;
  };
}

/** How long a request may take, how retries back off, and how long a rate limit is waited for. */
export interface NetworkSettings {
  /** DORA_REQUEST_TIMEOUT: one request, answer included (default 60 s) */
  timeoutSeconds: number;
  /** DORA_RETRY_DELAY: the waits before the three retries are 1, 4 and 9 times this (default 1 s) */
  retryDelaySeconds: number;
  /** DORA_RATE_LIMIT_WAIT: the longest wait for a rate limit to lift (default 300 s) */
  maxWaitSeconds: number;
}

export const NETWORK_DEFAULTS: NetworkSettings = {
  timeoutSeconds: 60,
  retryDelaySeconds: 1,
  maxWaitSeconds: 300,
};

/** Retries of a request that failed for a transient cause (a 5xx, the network). */
export const RETRIES = 3;

const VARIABLES: Record<keyof NetworkSettings, string> = {
  timeoutSeconds: 'DORA_REQUEST_TIMEOUT',
  retryDelaySeconds: 'DORA_RETRY_DELAY',
  maxWaitSeconds: 'DORA_RATE_LIMIT_WAIT',
};

/** Each setting from the options, else its environment variable, else its default. */
export function networkSettings(
  given: Partial<NetworkSettings>,
  env: Record<string, string | undefined>,
): NetworkSettings {
  const settings = { ...NETWORK_DEFAULTS };
  for (const key of Object.keys(VARIABLES) as (keyof NetworkSettings)[]) {
    const raw = env[VARIABLES[key]]?.trim();
    const value = given[key] ?? (raw ? Number(raw) : undefined);
    if (value === undefined) continue;
    if (!Number.isFinite(value) || value < 0 || (key === 'timeoutSeconds' && value === 0)) {
      throw new UserError(
        `${VARIABLES[key]}: ${JSON.stringify(raw ?? String(value))} is not a number of seconds (for example ${NETWORK_DEFAULTS[key]})`,
      );
    }
    settings[key] = value;
  }
  return settings;
}
