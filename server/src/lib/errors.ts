import type { ErrorCode, RuleName } from '@union/shared';

export interface FieldProblem {
  path: string;
  /** A rule of the shared catalogue, worded in the caller's language when answered. */
  rule: RuleName;
  params?: Record<string, unknown>;
}

/**
 * What services throw. It names a stable code; the problem plugin maps codes to HTTP statuses
 * and words the answer in the caller's language. Nothing below the routes knows about HTTP.
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly opts: {
      detail?: string;
      rule?: RuleName;
      params?: Record<string, unknown>;
      errors?: FieldProblem[];
      allowed?: string[];
      headers?: Record<string, string>;
    } = {},
  ) {
    super(opts.detail ?? code);
  }
}

export const notFound = (what = 'record') => new AppError('not_found', { detail: `${what} not found` });

/** A domain rule refused the input; each problem names its field. */
export const ruleViolated = (errors: FieldProblem[]) => new AppError('rule_violated', { errors });

export const statusOf: Record<ErrorCode, number> = {
  validation_failed: 400,
  malformed_body: 400,
  unauthenticated: 401,
  token_expired: 401,
  invalid_credentials: 401,
  forbidden: 403,
  not_found: 404,
  duplicate: 409,
  conflict: 409,
  transition_not_allowed: 409,
  route_not_allowed: 409,
  version_conflict: 412,
  precondition_required: 428,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rule_violated: 422,
  idempotency_key_reused: 422,
  rate_limited: 429,
  service_unavailable: 503,
  internal_error: 500,
};
