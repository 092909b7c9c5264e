import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import {
  IdParams,
  Inspection,
  InspectionCreate,
  InspectionListQuery,
  InspectionUpdate,
  Notice,
  NoticeCreate,
  NoticeEvent,
  NoticeEventBody,
  NoticeLetter,
  NoticeListQuery,
  NoticeUpdate,
  Page,
  Problem,
  PublicViolationList,
  PublicViolationListQuery,
  SupervisionStats,
  SupervisionStatsQuery,
} from '@union/shared';
import type { Database } from '../../db/client.js';
import { ifMatchVersion, setEtag } from '../../lib/versioning.js';
import * as service from './supervision.service.js';

const IfMatch = Type.Object({ 'if-match': Type.Optional(Type.String()) });
const tags = ['supervision'];

const supervisionRoutes: FastifyPluginAsyncTypebox<{ database: Database }> = async (app, { database }) => {
  app.get(
    '/inspections',
    { config: { access: 'supervision:read' }, schema: { tags, summary: 'Inspections (法律体检) of the caller’s subtree, newest first', querystring: InspectionListQuery, response: { 200: Page(Inspection) } } },
    async (req) => service.listInspections(req.ctx, req.query),
  );

  app.post(
    '/inspections',
    { config: { access: 'supervision:write' }, schema: { tags, summary: 'Records an inspection: employer, date, supervisors, findings by category', body: InspectionCreate, response: { 201: Inspection, 422: Problem } } },
    async (req, reply) => {
      const created = await service.createInspection(req.ctx, req.body);
      reply.code(201).header('Location', `/api/v1/inspections/${created.id}`);
      setEtag(reply, created.version);
      return created;
    },
  );

  app.get(
    '/inspections/:id',
    { config: { access: 'supervision:read' }, schema: { tags, params: IdParams, response: { 200: Inspection, 404: Problem } } },
    async (req, reply) => {
      const found = await service.getInspection(req.ctx, req.params.id);
      setEtag(reply, found.version);
      return found;
    },
  );

  app.patch(
    '/inspections/:id',
    { config: { access: 'supervision:write' }, schema: { tags, params: IdParams, headers: IfMatch, body: InspectionUpdate, response: { 200: Inspection, 404: Problem, 412: Problem, 422: Problem, 428: Problem } } },
    async (req, reply) => {
      const updated = await service.updateInspection(req.ctx, req.params.id, req.body, ifMatchVersion(req));
      setEtag(reply, updated.version);
      return updated;
    },
  );

  app.get(
    '/notices',
    {
      config: { access: 'supervision:read' },
      schema: { tags, summary: 'Notices of the caller’s subtree, newest first; `readyToEscalate=true` lists opinions past their deadline unrectified', querystring: NoticeListQuery, response: { 200: Page(Notice) } },
    },
    async (req) => service.listNotices(req.ctx, req.query),
  );

  app.post(
    '/notices',
    { config: { access: 'supervision:write' }, schema: { tags, summary: 'Drafts a notice (reminder, opinion, recommendation or publication); it goes out with the `issue` event', body: NoticeCreate, response: { 201: Notice, 422: Problem } } },
    async (req, reply) => {
      const created = await service.createNotice(req.ctx, req.body);
      reply.code(201).header('Location', `/api/v1/notices/${created.id}`);
      setEtag(reply, created.version);
      return created;
    },
  );

  app.get(
    '/notices/:id',
    { config: { access: 'supervision:read' }, schema: { tags, params: IdParams, response: { 200: Notice, 404: Problem } } },
    async (req, reply) => {
      const found = await service.getNotice(req.ctx, req.params.id);
      setEtag(reply, found.version);
      return found;
    },
  );

  app.patch(
    '/notices/:id',
    { config: { access: 'supervision:write' }, schema: { tags, summary: 'Edits a draft', params: IdParams, headers: IfMatch, body: NoticeUpdate, response: { 200: Notice, 404: Problem, 409: Problem, 412: Problem, 422: Problem, 428: Problem } } },
    async (req, reply) => {
      const updated = await service.updateNotice(req.ctx, req.params.id, req.body, ifMatchVersion(req));
      setEtag(reply, updated.version);
      return updated;
    },
  );

  app.get(
    '/notices/:id/events',
    { config: { access: 'supervision:read' }, schema: { tags, summary: 'The whole timeline', params: IdParams, response: { 200: Type.Object({ items: Type.Array(NoticeEvent) }), 404: Problem } } },
    async (req) => ({ items: await service.timeline(req.ctx, req.params.id) }),
  );

  app.post(
    '/notices/:id/events',
    {
      config: { access: 'supervision:write' },
      schema: {
        tags,
        summary: 'The only way a notice changes: issue, respond, rectify, escalate, close, approve_publication (district tier or above)',
        params: IdParams,
        headers: IfMatch,
        body: NoticeEventBody,
        response: { 201: Notice, 403: Problem, 404: Problem, 409: Problem, 412: Problem, 422: Problem },
      },
    },
    async (req, reply) => {
      const updated = await service.appendEvent(req.ctx, req.params.id, req.body, req.headers['if-match'] ? ifMatchVersion(req) : null);
      reply.code(201);
      setEtag(reply, updated.version);
      return updated;
    },
  );

  app.get(
    '/notices/:id/letter',
    { config: { access: 'supervision:read' }, schema: { tags, summary: 'The official letter (提示函, 意见书, 建议书, 公布) filled from the record, for printing', params: IdParams, response: { 200: NoticeLetter, 404: Problem } } },
    async (req) => service.letter(req.ctx, req.params.id),
  );

  app.get(
    '/public/violations',
    {
      config: { access: 'public' },
      schema: { tags, summary: 'Published violations, without login: employer, breach categories, date, issuing union', security: [], querystring: PublicViolationListQuery, response: { 200: PublicViolationList } },
    },
    async (req) => service.publicViolations(database.db, req.query.limit ?? 50, req.query.offset ?? 0),
  );

  app.get(
    '/stats/supervision',
    { config: { access: 'stats:read' }, schema: { tags: ['stats'], summary: 'Notices by rung, rectification rate and time to rectify for a subtree, and per district', querystring: SupervisionStatsQuery, response: { 200: SupervisionStats, 404: Problem } } },
    async (req) => service.stats(req.ctx, req.query),
  );
};
export default supervisionRoutes;
