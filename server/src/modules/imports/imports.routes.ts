import type { Readable } from 'node:stream';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import { ImportQuery, ImportReport, importPermissions, importResourceLabels, importResources, Problem } from '@union/shared';
import { importMediaTypes, readRecords } from './imports.parse.js';
import * as service from './imports.service.js';

/**
 * Bulk imports (api.md "Bulk imports, for curl"). The body reaches the handler as the raw request
 * stream, so a file of any size is read record by record; no body limit applies on these routes.
 */
const importRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.removeAllContentTypeParsers();
  for (const media of importMediaTypes) app.addContentTypeParser(media, (_req, payload, done) => done(null, payload));

  for (const resource of importResources) {
    app.post(
      `/imports/${resource}`,
      {
        config: { access: importPermissions[resource] },
        schema: {
          tags: ['imports'],
          summary: `Loads ${importResourceLabels[resource].en.toLowerCase()} from CSV (UTF-8 or GBK), NDJSON or a JSON array; answers the report (422 when an atomic import is refused and nothing was written, or the Idempotency-Key was sent with another file)`,
          querystring: ImportQuery,
          response: { 200: ImportReport, 400: Problem, 415: Problem, 422: Type.Union([ImportReport, Problem]) },
        },
      },
      async (req, reply) => {
        const records = readRecords(resource, req.body as Readable, req.headers['content-type'] ?? '');
        const report = await service.runImport(req.ctx, resource, records, req.query);
        if (!report.written && !req.query.dryRun) reply.code(422);
        return report;
      },
    );
  }
};
export default importRoutes;
