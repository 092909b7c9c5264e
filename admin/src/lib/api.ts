import type { FieldError, Problem, TokenPair } from '@union/shared';
import { currentLanguage, i18n } from './i18n';
import { getTokens, setTokens, type SessionTokens } from './session';

const BASE = '/api/v1';

/** A refused or failed request, from the API's application/problem+json answer. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly title: string;
  readonly detail?: string;
  readonly errors: FieldError[];
  readonly allowed?: string[];

  constructor(problem: Pick<Problem, 'status' | 'code' | 'title'> & Partial<Problem>) {
    super(problem.detail ?? problem.title);
    this.name = 'ApiError';
    this.status = problem.status;
    this.code = problem.code;
    this.title = problem.title;
    this.detail = problem.detail;
    this.errors = problem.errors ?? [];
    this.allowed = problem.allowed;
  }
}

export const isApiError = (error: unknown, code?: string): error is ApiError =>
  error instanceof ApiError && (code === undefined || error.code === code);

type QueryValue = string | number | boolean | null | undefined | readonly (string | number)[];

interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  query?: Record<string, QueryValue>;
  body?: unknown;
  /** A file sent as it is, with its media type, in place of a JSON body. */
  upload?: { data: Blob; type: string };
  /** Refusals whose body is the answer itself (an import refused whole answers its report with 422). */
  answerStatuses?: number[];
  /** The record's `version`, sent as If-Match so a stale write is refused with 412. */
  ifMatch?: number;
  /** What to ask for instead of JSON: `text/csv` for a whole list as CSV. */
  accept?: string;
  signal?: AbortSignal;
}

function url(path: string, query: Record<string, QueryValue> = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    // a list goes out as the key repeated: `?idNumber=a&idNumber=b`
    if (Array.isArray(value)) value.forEach((item) => params.append(key, String(item)));
    else if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return `${BASE}${path}${search ? `?${search}` : ''}`;
}

async function send(path: string, opts: RequestOptions, accessToken: string | undefined): Promise<Response> {
  const headers: Record<string, string> = { Accept: opts.accept ?? 'application/json', 'Accept-Language': currentLanguage() };
  if (opts.body !== undefined) headers['Content-Type'] = 'application/json';
  if (opts.upload) headers['Content-Type'] = opts.upload.type;
  if (accessToken) headers.Authorization = `Bearer ${accessToken}`;
  if (opts.ifMatch !== undefined) headers['If-Match'] = `"${opts.ifMatch}"`;
  try {
    return await fetch(url(path, opts.query), {
      method: opts.method ?? 'GET',
      headers,
      body: opts.upload ? opts.upload.data : opts.body === undefined ? undefined : JSON.stringify(opts.body),
      signal: opts.signal,
    });
  } catch (err) {
    if (opts.signal?.aborted) throw err;
    throw new ApiError({ status: 0, code: 'network_error', title: i18n.t('common.networkError') });
  }
}

async function toApiError(response: Response): Promise<ApiError> {
  const type = response.headers.get('Content-Type') ?? '';
  if (type.includes('json')) {
    const body = (await response.json().catch(() => null)) as Partial<Problem> | null;
    if (body && typeof body.code === 'string' && typeof body.title === 'string') {
      return new ApiError({ ...body, status: response.status, code: body.code, title: body.title });
    }
  }
  return new ApiError({ status: response.status, code: 'unexpected_answer', title: i18n.t('common.unexpectedAnswer', { status: response.status }) });
}

let refreshing: Promise<boolean> | null = null;

/**
 * Trades the refresh token for a new pair. Refresh tokens are good once, so concurrent callers
 * share one exchange.
 */
function refreshSession(refreshToken: string): Promise<boolean> {
  refreshing ??= (async () => {
    const response = await send('/auth/refresh', { method: 'POST', body: { refreshToken } }, undefined).catch(() => null);
    if (!response?.ok) return false;
    setTokens((await response.json()) as TokenPair);
    return true;
  })().finally(() => {
    refreshing = null;
  });
  return refreshing;
}

/** True when the session now holds a fresh access token: renewed by a concurrent request, or here. */
async function renewedSince(stale: SessionTokens): Promise<boolean> {
  const current = getTokens();
  if (!current) return false;
  if (current.accessToken !== stale.accessToken) return true;
  return refreshSession(current.refreshToken);
}

/**
 * Sends a request with the session's token. An expired access token is refreshed once and the
 * request retried; any other 401 of a signed-in request ends the session, which sends the app to
 * the login page. Refusals throw ApiError.
 */
export async function request<T>(path: string, opts: RequestOptions = {}): Promise<T> {
  const response = await sendSigned(path, opts);
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

/** As `request`, answering the body as it came (a CSV export, say) rather than parsed JSON. */
export async function requestBlob(path: string, opts: RequestOptions = {}): Promise<Blob> {
  return (await sendSigned(path, opts)).blob();
}

async function sendSigned(path: string, opts: RequestOptions): Promise<Response> {
  const tokens = getTokens();
  let response = await send(path, opts, tokens?.accessToken);
  if (response.status === 401 && tokens) {
    const error = await toApiError(response.clone());
    if (error.code === 'token_expired' && (await renewedSince(tokens))) {
      response = await send(path, opts, getTokens()?.accessToken);
    }
    if (response.status === 401) setTokens(null);
  }
  if (!response.ok && !opts.answerStatuses?.includes(response.status)) throw await toApiError(response);
  return response;
}
