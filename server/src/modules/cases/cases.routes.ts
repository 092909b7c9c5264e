import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import {
  Case,
  CaseCreate,
  CaseEvent,
  CaseEventBody,
  CaseListQuery,
  DuplicateMatch,
  DuplicateQuery,
  IdParams,
  MajorReport,
  MajorReportListQuery,
  Page,
  Problem,
  TransferTarget,
} from '@union/shared';
import { ifMatchVersion, setEtag } from '../../lib/versioning.js';
import * as service from './cases.service.js';

const IfMatch = Type.Object({ 'if-match': Type.Optional(Type.String()) });

const caseRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/cases',
    { config: { access: 'cases:read' }, schema: { tags: ['cases'], summary: 'Cases of the caller’s subtree, and those it sent on', querystring: CaseListQuery, response: { 200: Page(Case) } } },
    async (req) => service.listCases(req.ctx, req.query),
  );

  app.get(
    '/cases/duplicates',
    {
      config: { access: 'cases:read' },
      schema: { tags: ['cases'], summary: 'Open cases with the same worker against the same employer, shown before saving', querystring: DuplicateQuery, response: { 200: Type.Object({ items: Type.Array(DuplicateMatch) }) } },
    },
    async (req) => ({ items: await service.findDuplicates(req.ctx, req.query) }),
  );

  app.post(
    '/cases',
    { config: { access: 'cases:write' }, schema: { tags: ['cases'], summary: 'Takes in a case from any channel', body: CaseCreate, response: { 201: Case, 422: Problem } } },
    async (req, reply) => {
      const created = await service.createCase(req.ctx, req.body);
      reply.code(201).header('Location', `/api/v1/cases/${created.id}`);
      setEtag(reply, created.version);
      return created;
    },
  );

  app.get(
    '/cases/:id',
    { config: { access: 'cases:read' }, schema: { tags: ['cases'], params: IdParams, response: { 200: Case, 404: Problem } } },
    async (req, reply) => {
      const found = await service.viewCase(req.ctx, req.params.id);
      setEtag(reply, found.version);
      return found;
    },
  );

  app.get(
    '/cases/:id/events',
    { config: { access: 'cases:read' }, schema: { tags: ['cases'], summary: 'The whole timeline', params: IdParams, response: { 200: Type.Object({ items: Type.Array(CaseEvent) }) } } },
    async (req) => ({ items: await service.caseTimeline(req.ctx, req.params.id) }),
  );

  app.get(
    '/cases/:id/transfer-targets',
    { config: { access: 'cases:read' }, schema: { tags: ['cases'], summary: 'Where the route table lets this case go, with the reasons', params: IdParams, response: { 200: Type.Object({ items: Type.Array(TransferTarget) }) } } },
    async (req) => ({ items: await service.transferTargets(req.ctx, req.params.id) }),
  );

  app.post(
    '/cases/:id/events',
    {
      config: { access: 'cases:write' },
      schema: {
        tags: ['cases'],
        summary: 'The only way a case changes: accept, reject, start_mediation, settle, fail, close, withdraw, transfer_request/accept/decline, return_to_source',
        params: IdParams,
        headers: IfMatch,
        body: CaseEventBody,
        response: { 201: Case, 403: Problem, 409: Problem, 412: Problem, 422: Problem },
      },
    },
    async (req, reply) => {
      const updated = await service.appendCaseEvent(req.ctx, req.params.id, req.body, req.headers['if-match'] ? ifMatchVersion(req) : null);
      reply.code(201);
      setEtag(reply, updated.version);
      return updated;
    },
  );

  app.get(
    '/major-reports',
    { config: { access: 'cases:read' }, schema: { tags: ['cases'], summary: 'Fast reports to the city legal service center; alarms are those unacknowledged past their time', querystring: MajorReportListQuery, response: { 200: Page(MajorReport) } } },
    async (req) => service.listMajorReports(req.ctx, req.query),
  );

  app.post(
    '/major-reports/:id/acknowledge',
    { config: { access: 'major_reports:acknowledge' }, schema: { tags: ['cases'], params: IdParams, response: { 204: Type.Null(), 404: Problem } } },
    async (req, reply) => {
      await service.acknowledgeMajorReport(req.ctx, req.params.id);
      reply.code(204);
      return null;
    },
  );
};
export default caseRoutes;
