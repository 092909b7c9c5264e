import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import {
  FilingAuthorityPreview,
  FilingAuthorityQuery,
  FilingEvent,
  FilingEventBody,
  IdParams,
  MediationOrg,
  MediationOrgCreate,
  MediationOrgListQuery,
  MediationOrgUpdate,
  OrgReport,
  OrgReportCreate,
  Page,
  Problem,
  ReportStandingQuery,
  ReportStandingRow,
  filingEventTypes,
} from '@union/shared';
import { ifMatchVersion, setEtag } from '../../lib/versioning.js';
import * as service from './mediation-orgs.service.js';

const IfMatch = Type.Object({ 'if-match': Type.Optional(Type.String()) });
const WithActions = Type.Object({ ...MediationOrg.properties, allowedEvents: Type.Array(Type.Enum(filingEventTypes)) });

const mediationOrgRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/mediation-orgs',
    {
      config: { access: 'mediation_orgs:read' },
      schema: {
        tags: ['mediation-orgs'],
        summary: 'Filed organizations of the network, and the filings the caller made or reviews; `?standardized=false` lists those missing a checklist item',
        querystring: MediationOrgListQuery,
        response: { 200: Page(MediationOrg) },
      },
    },
    async (req) => service.listMediationOrgs(req.ctx, req.query),
  );

  app.get(
    '/mediation-orgs/filing-authority',
    {
      config: { access: 'mediation_orgs:read' },
      schema: { tags: ['mediation-orgs'], summary: 'Where a filing of this type would go (computed, never typed)', querystring: FilingAuthorityQuery, response: { 200: FilingAuthorityPreview } },
    },
    async (req) => service.previewFilingAuthority(req.ctx, req.query),
  );

  app.get(
    '/mediation-orgs/:id',
    {
      config: { access: 'mediation_orgs:read' },
      schema: { tags: ['mediation-orgs'], summary: 'One organization, with the events the caller may append now', params: IdParams, response: { 200: WithActions, 404: Problem } },
    },
    async (req, reply) => {
      const row = await service.getMediationOrg(req.ctx, req.params.id);
      setEtag(reply, row.version);
      return { ...service.toMediationOrg(row), allowedEvents: await service.allowedEventsFor(req.ctx, row) };
    },
  );

  app.post(
    '/mediation-orgs',
    {
      config: { access: 'mediation_orgs:write' },
      schema: { tags: ['mediation-orgs'], summary: 'Submits a filing; its filing authority is computed', body: MediationOrgCreate, response: { 201: MediationOrg, 422: Problem } },
    },
    async (req, reply) => {
      const row = await service.createMediationOrg(req.ctx, req.body);
      setEtag(reply, row.version);
      reply.code(201).header('Location', `/api/v1/mediation-orgs/${row.id}`);
      return service.toMediationOrg(row);
    },
  );

  app.patch(
    '/mediation-orgs/:id',
    {
      config: { access: 'mediation_orgs:write' },
      schema: { tags: ['mediation-orgs'], params: IdParams, headers: IfMatch, body: MediationOrgUpdate, response: { 200: MediationOrg, 412: Problem, 422: Problem } },
    },
    async (req, reply) => {
      const row = await service.updateMediationOrg(req.ctx, req.params.id, req.body, ifMatchVersion(req));
      setEtag(reply, row.version);
      return service.toMediationOrg(row);
    },
  );

  app.get(
    '/mediation-orgs/:id/events',
    { config: { access: 'mediation_orgs:read' }, schema: { tags: ['mediation-orgs'], summary: 'The filing’s timeline', params: IdParams, response: { 200: Type.Object({ items: Type.Array(FilingEvent) }) } } },
    async (req) => ({ items: await service.listFilingEvents(req.ctx, req.params.id) }),
  );

  app.post(
    '/mediation-orgs/:id/events',
    {
      config: { access: 'mediation_orgs:read' },
      schema: {
        tags: ['mediation-orgs'],
        summary: 'Files, returns, resubmits, revokes or dissolves: the only way a filing changes state. If-Match is optional; racing events still get 412.',
        params: IdParams,
        headers: IfMatch,
        body: FilingEventBody,
        response: { 201: MediationOrg, 403: Problem, 409: Problem, 412: Problem, 422: Problem },
      },
    },
    async (req, reply) => {
      const row = await service.appendFilingEvent(req.ctx, req.params.id, req.body, req.headers['if-match'] ? ifMatchVersion(req) : null);
      setEtag(reply, row.version);
      reply.code(201);
      return service.toMediationOrg(row);
    },
  );

  app.get(
    '/mediation-orgs/:id/reports',
    { config: { access: 'mediation_orgs:read' }, schema: { tags: ['mediation-orgs'], params: IdParams, response: { 200: Type.Object({ items: Type.Array(OrgReport) }) } } },
    async (req) => ({ items: await service.listReports(req.ctx, req.params.id) }),
  );

  app.post(
    '/mediation-orgs/:id/reports',
    {
      config: { access: 'org_reports:write' },
      schema: { tags: ['mediation-orgs'], summary: 'A periodic report (信息报送) for an ended period', params: IdParams, body: OrgReportCreate, response: { 201: OrgReport, 409: Problem, 422: Problem } },
    },
    async (req, reply) => {
      reply.code(201);
      return service.submitReport(req.ctx, req.params.id, req.body);
    },
  );

  app.get(
    '/org-reports/standing',
    {
      config: { access: 'mediation_orgs:read' },
      schema: {
        tags: ['mediation-orgs'],
        summary: 'Per filing authority: each filed organization’s report of a period — on time, late, missing or not yet due',
        querystring: ReportStandingQuery,
        response: { 200: Type.Object({ items: Type.Array(ReportStandingRow) }) },
      },
    },
    async (req) => ({ items: await service.reportStandings(req.ctx, req.query) }),
  );
};
export default mediationOrgRoutes;
