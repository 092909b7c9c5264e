import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { stringify } from 'csv-stringify';
import type { FastifyInstance, FastifyReply, FastifyRequest, RouteHandlerMethod } from 'fastify';
import fp from 'fastify-plugin';
import { exportColumns, exportHeader, exportRow, listItemSchema } from '@union/shared';

const CSV = 'text/csv';

/**
 * api.md "Lists": `Accept: text/csv` on any list (a GET whose 200 answer is `{items, nextCursor}`,
 * or a whole list `{items}` such as a timeline) answers the whole filtered list as CSV, UTF-8 with
 * a BOM so that Excel opens it. It is done once, here: the route's own handler runs page after
 * page with the request's filters and sort, inside the same scoped transaction (so the rows are the
 * ones the caller may see, read from one snapshot, with ID numbers masked as in JSON), and the
 * columns come from the route's item schema.
 *
 * Memory stays bounded by one page: each page is written to a temporary file as it comes, and the
 * file streams out once the transaction has committed (the scope plugin sends answers only after
 * the commit, so the answer cannot stream from inside the transaction). The price is that the first
 * byte waits for the last row.
 *
 * Register this before the scope plugin: its onRoute hook must wrap the handler first, so the
 * scope plugin's transaction wraps the whole export.
 */
export default fp(async function csvExportPlugin(app: FastifyInstance) {
  app.addHook('onRoute', (route) => {
    if (route.method !== 'GET' || !route.url.startsWith('/api/v1/')) return;
    const responses = route.schema?.response as Record<string, unknown> | undefined;
    const answer = responses?.[200];
    const shape = listItemSchema(answer);
    if (!shape) return;
    const columns = exportColumns(shape.item);
    const query = route.schema?.querystring as { properties?: Record<string, { maximum?: number }> } | undefined;
    const pages = shape.paged && !!query?.properties?.cursor;
    const limit = query?.properties?.limit?.maximum ?? 500;
    const list = route.url.slice('/api/v1/'.length);
    const name = list.replace(/[^a-z0-9]+/gi, '-').replace(/-$/, '');

    // OpenAPI: the list answers JSON or, asked for it, CSV
    responses![200] = { content: { 'application/json': { schema: answer }, [CSV]: { schema: { type: 'string', description: 'the whole filtered list, UTF-8 with BOM' } } } };

    const handler = route.handler as RouteHandlerMethod;
    route.handler = async function listOrCsv(this: FastifyInstance, req: FastifyRequest, reply: FastifyReply) {
      if (!wantsCsv(req.headers.accept)) return handler.call(this, req, reply);
      const dir = await mkdtemp(join(tmpdir(), 'csv-export-'));
      const file = join(dir, `${name}.csv`);
      // booleans as the JSON has them (csv-stringify would write 1 and an empty cell)
      const csv = stringify({ bom: true, cast: { boolean: (value) => String(value) } });
      const written = pipeline(csv, createWriteStream(file));
      try {
        csv.write(columns.map((c) => exportHeader(c.path, req.language, list)));
        const filters = { ...(req.query as Record<string, unknown>) };
        let cursor: string | undefined;
        do {
          // the whole list: the largest page the route allows, from the first row on
          if (pages) req.query = { ...filters, limit, cursor };
          const page = (await handler.call(this, req, reply)) as { items: unknown[]; nextCursor?: string | null };
          for (const item of page.items) {
            if (!csv.write(exportRow(columns, item))) await once(csv, 'drain');
          }
          cursor = pages && page.nextCursor && page.nextCursor !== cursor ? page.nextCursor : undefined;
        } while (cursor);
        csv.end();
        await written;
      } catch (err) {
        csv.destroy();
        await written.catch(() => undefined);
        await rm(dir, { recursive: true, force: true });
        throw err;
      }
      const body = createReadStream(file);
      body.once('close', () => void rm(dir, { recursive: true, force: true }));
      reply.code(200);
      reply.header('Content-Type', `${CSV}; charset=utf-8`);
      reply.header('Content-Disposition', `attachment; filename="${name}.csv"`);
      return body;
    };
  });
});

/** The caller asks for CSV: `text/csv` among the Accept header's types (with a non-zero q). */
function wantsCsv(accept: string | undefined): boolean {
  if (!accept) return false;
  return accept.split(',').some((part) => {
    const [type, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return type.trim() === CSV && (q === undefined || Number(q.slice(2)) > 0);
  });
}
