/** Stable machine codes of every error the API answers (api.md "Errors"). */
export const errorCodes = [
  'validation_failed',
  'malformed_body',
  'unauthenticated',
  'token_expired',
  'invalid_credentials',
  'forbidden',
  'not_found',
  'duplicate',
  'conflict',
  'transition_not_allowed',
  'route_not_allowed',
  'version_conflict',
  'precondition_required',
  'payload_too_large',
  'unsupported_media_type',
  'rule_violated',
  'idempotency_key_reused',
  'rate_limited',
  'service_unavailable',
  'internal_error',
] as const;
export type ErrorCode = (typeof errorCodes)[number];
