import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import localize from 'ajv-i18n';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest, FastifySchemaCompiler } from 'fastify';
import fp from 'fastify-plugin';
import {
  errorTitles,
  labelIn,
  pickLanguage,
  ruleMessage,
  type ErrorCode,
  type FieldError,
  type Language,
  type Problem,
} from '@union/shared';
import { AppError, statusOf } from '../lib/errors.js';

declare module 'fastify' {
  interface FastifyRequest {
    language: Language;
  }
}

/**
 * Bodies are validated strictly (no coercion, no silent dropping of unknown fields: they are
 * errors); query strings and params arrive as text and are coerced to the schema's types.
 */
function makeAjv(coerce: boolean) {
  const ajv = new Ajv({
    allErrors: true,
    coerceTypes: coerce ? 'array' : false,
    removeAdditional: false,
    useDefaults: true,
    strict: false,
  });
  addFormats.default(ajv);
  return ajv;
}
const strictAjv = makeAjv(false);
const coercingAjv = makeAjv(true);

/**
 * Each route's validator is compiled on its first request, not at start: compiling every route's
 * schemas up front was a fifth of the server's cold start.
 */
export const validatorCompiler: FastifySchemaCompiler<unknown> = ({ schema, httpPart }) => {
  const ajv = httpPart === 'body' ? strictAjv : coercingAjv;
  let compiled: ValidateFunction | undefined;
  const validate = (data: unknown) => {
    compiled ??= ajv.compile(schema as object);
    const valid = compiled(data);
    validate.errors = compiled.errors;
    return valid;
  };
  validate.errors = null as ValidateFunction['errors'];
  return validate as ReturnType<FastifySchemaCompiler<unknown>>;
};

/** A body checked against a schema as a route would (an import checks each row so), errors in the caller's language. */
export function bodyValidator(schema: object): (body: unknown, lang: Language) => FieldError[] {
  const validate = strictAjv.compile(schema);
  return (body, lang) => (validate(body) ? [] : fieldErrors(validate.errors ?? [], 'body', lang));
}

/** An ajv error as `{path, message, rule}`, the path relative to the body (or `query.` / `params.`). */
function fieldErrors(errors: ErrorObject[], context: string | undefined, lang: Language): FieldError[] {
  const copy = errors.map((e) => ({ ...e }));
  if (lang === 'zh-CN') localize.zh(copy);
  const prefix = context && context !== 'body' ? [context === 'querystring' ? 'query' : context] : [];
  return copy
    .filter((e) => e.keyword !== 'if' && !(e.keyword === 'anyOf' && copy.length > 1))
    .map((e) => {
      const segments = [...prefix, ...e.instancePath.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))];
      if (e.keyword === 'required') segments.push(String(e.params.missingProperty));
      if (e.keyword === 'additionalProperties') segments.push(String(e.params.additionalProperty));
      let message = e.message ?? e.keyword;
      if (e.keyword === 'additionalProperties') message = lang === 'en' ? 'is not a known field' : '不是可接受的字段';
      if (e.keyword === 'required') message = ruleMessage('required', lang);
      return { path: segments.join('.') || '(body)', message, rule: e.keyword };
    });
}

const PG_CODES: Record<string, ErrorCode> = {
  '23505': 'duplicate',
  '23503': 'conflict',
  '40001': 'conflict',
  '40P01': 'conflict',
  '42501': 'not_found',
  '22P02': 'validation_failed',
  '22001': 'validation_failed',
  '22003': 'validation_failed',
  '22007': 'validation_failed',
  '22008': 'validation_failed',
  '57P01': 'service_unavailable',
  '57P03': 'service_unavailable',
  '08000': 'service_unavailable',
  '08003': 'service_unavailable',
  '08006': 'service_unavailable',
};
const NET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND']);

/** Database errors arrive wrapped by drizzle; the driver's code is on the cause. */
export function databaseCode(err: unknown): ErrorCode | null {
  for (let e = err as { code?: unknown; cause?: unknown; message?: string } | undefined, i = 0; e && i < 4; e = e.cause as typeof e, i++) {
    if (typeof e.code === 'string') {
      if (PG_CODES[e.code]) return PG_CODES[e.code];
      if (NET_CODES.has(e.code)) return 'service_unavailable';
    }
    if (typeof e.message === 'string' && /Connection terminated|timeout exceeded when trying to connect/i.test(e.message)) {
      return 'service_unavailable';
    }
  }
  return null;
}

export function problem(
  req: FastifyRequest,
  code: ErrorCode,
  extra: { detail?: string; errors?: FieldError[]; allowed?: string[] } = {},
): Problem {
  const status = statusOf[code];
  return {
    type: `https://union-legal.example/problems/${code.replace(/_/g, '-')}`,
    title: labelIn(errorTitles[code], req.language),
    status,
    code,
    ...(extra.detail ? { detail: extra.detail } : {}),
    ...(extra.errors?.length ? { errors: extra.errors } : {}),
    ...(extra.allowed ? { allowed: extra.allowed } : {}),
  };
}

export function sendProblem(reply: FastifyReply, body: Problem) {
  return reply.code(body.status).type('application/problem+json; charset=utf-8').send(body);
}

function toProblem(err: FastifyError | AppError | Error, req: FastifyRequest): Problem {
  const lang = req.language;
  if (err instanceof AppError) {
    const errors = err.opts.errors?.map((e) => ({ path: e.path, rule: e.rule, message: ruleMessage(e.rule, lang, e.params) }));
    const detail = err.opts.rule ? ruleMessage(err.opts.rule, lang, err.opts.params) : err.opts.detail;
    return problem(req, err.code, { detail, errors, allowed: err.opts.allowed });
  }
  const fe = err as FastifyError & { validation?: ErrorObject[]; validationContext?: string };
  if (fe.validation) {
    return problem(req, 'validation_failed', { errors: fieldErrors(fe.validation, fe.validationContext, lang) });
  }
  const dbCode = databaseCode(err);
  if (dbCode) return problem(req, dbCode, { detail: dbCode === 'service_unavailable' ? undefined : publicDbDetail(err) });
  const status = fe.statusCode ?? 500;
  if (status === 413) return problem(req, 'payload_too_large', { detail: fe.message });
  if (status === 415) return problem(req, 'unsupported_media_type', { detail: fe.message });
  if (status === 429) return problem(req, 'rate_limited', { detail: fe.message });
  if (status === 401) return problem(req, 'unauthenticated', { detail: fe.message });
  if (status === 404) return problem(req, 'not_found');
  if (status >= 400 && status < 500) return problem(req, 'malformed_body', { detail: fe.message });
  return problem(req, 'internal_error');
}

/** The constraint a database refusal names, without leaking SQL. */
function publicDbDetail(err: unknown): string | undefined {
  for (let e = err as { constraint?: string; cause?: unknown } | undefined, i = 0; e && i < 4; e = e.cause as typeof e, i++) {
    if (e.constraint) return `constraint ${e.constraint}`;
  }
  return undefined;
}

export default fp(async function problemPlugin(app: FastifyInstance) {
  app.decorateRequest('language', 'zh-CN');
  app.addHook('onRequest', async (req) => {
    req.language = pickLanguage(req.headers['accept-language']);
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setErrorHandler((err, req, reply) => {
    const body = toProblem(err as Error, req);
    if (body.status >= 500) req.log.error({ err }, 'request failed');
    else req.log.info({ code: body.code, status: body.status }, 'request refused');
    if (err instanceof AppError && err.opts.headers) reply.headers(err.opts.headers);
    return sendProblem(reply, body);
  });
});
