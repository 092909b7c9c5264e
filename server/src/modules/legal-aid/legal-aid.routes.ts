import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import {
  Attachment,
  AttachmentParams,
  AttachmentUpload,
  attachmentMaxBytes,
  DuplicateMatch,
  DuplicateQuery,
  FeeSchedule,
  FeeSchedulePut,
  IdParams,
  LawyerCandidate,
  LegalAidApplication,
  LegalAidCreate,
  LegalAidEvent,
  LegalAidEventBody,
  LegalAidListQuery,
  LegalAidStats,
  LegalAidStatsQuery,
  Page,
  Problem,
  Subsidy,
  SubsidyListQuery,
} from '@union/shared';
import { ifMatchVersion, setEtag } from '../../lib/versioning.js';
import { findDuplicates } from '../cases/cases.service.js';
import * as service from './legal-aid.service.js';

const IfMatch = Type.Object({ 'if-match': Type.Optional(Type.String()) });
const tags = ['legal-aid'];

const legalAidRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/legal-aid',
    { config: { access: 'legal_aid:read' }, schema: { tags, summary: 'Applications of the caller’s subtree: green channel first, then the nearest decision due date', querystring: LegalAidListQuery, response: { 200: Page(LegalAidApplication) } } },
    async (req) => service.listApplications(req.ctx, req.query),
  );

  app.get(
    '/legal-aid/duplicates',
    {
      config: { access: 'legal_aid:read' },
      schema: { tags, summary: 'Open applications and cases with the same worker against the same employer, shown before saving', querystring: DuplicateQuery, response: { 200: Type.Object({ items: Type.Array(DuplicateMatch) }) } },
    },
    async (req) => ({ items: await findDuplicates(req.ctx, req.query) }),
  );

  app.post(
    '/legal-aid',
    { config: { access: 'legal_aid:write' }, schema: { tags, summary: 'Takes in an application from the window, online, 12351 or another locality’s union', body: LegalAidCreate, response: { 201: LegalAidApplication, 422: Problem } } },
    async (req, reply) => {
      const created = await service.createApplication(req.ctx, req.body);
      reply.code(201).header('Location', `/api/v1/legal-aid/${created.id}`);
      setEtag(reply, created.version);
      return created;
    },
  );

  app.get(
    '/legal-aid/fee-schedule',
    { config: { access: 'legal_aid:read' }, schema: { tags, summary: 'The city’s subsidy per programme and service', response: { 200: FeeSchedule } } },
    async (req) => service.feeSchedule(req.ctx),
  );

  app.put(
    '/legal-aid/fee-schedule',
    { config: { access: 'legal_aid:write' }, schema: { tags, summary: 'City offices set the subsidy per programme and service', body: FeeSchedulePut, response: { 200: FeeSchedule, 403: Problem } } },
    async (req) => service.putFeeSchedule(req.ctx, req.body.items),
  );

  app.get(
    '/legal-aid/:id',
    { config: { access: 'legal_aid:read' }, schema: { tags, params: IdParams, response: { 200: LegalAidApplication, 404: Problem } } },
    async (req, reply) => {
      const found = await service.viewApplication(req.ctx, req.params.id);
      setEtag(reply, found.version);
      return found;
    },
  );

  app.get(
    '/legal-aid/:id/events',
    { config: { access: 'legal_aid:read' }, schema: { tags, summary: 'The whole timeline', params: IdParams, response: { 200: Type.Object({ items: Type.Array(LegalAidEvent) }) } } },
    async (req) => ({ items: await service.timeline(req.ctx, req.params.id) }),
  );

  app.post(
    '/legal-aid/:id/events',
    {
      config: { access: 'legal_aid:write' },
      schema: {
        tags,
        summary: 'The only way an application changes: start_review, approve, reject, request_materials, resubmit, request_rereview, assign, start, close, transfer, transfer_accept, transfer_decline',
        params: IdParams,
        headers: IfMatch,
        body: LegalAidEventBody,
        response: { 201: LegalAidApplication, 403: Problem, 409: Problem, 412: Problem, 422: Problem },
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
    '/legal-aid/:id/lawyer-candidates',
    { config: { access: 'legal_aid:read' }, schema: { tags, summary: 'Lawyers of the pool serving the office, their load, and whether each may be assigned', params: IdParams, response: { 200: Type.Object({ items: Type.Array(LawyerCandidate) }) } } },
    async (req) => ({ items: await service.lawyerCandidates(req.ctx, req.params.id) }),
  );

  app.get(
    '/legal-aid/:id/attachments',
    { config: { access: 'legal_aid:read' }, schema: { tags, params: IdParams, response: { 200: Type.Object({ items: Type.Array(Attachment) }) } } },
    async (req) => ({ items: await service.listAttachments(req.ctx, req.params.id) }),
  );

  app.post(
    '/legal-aid/:id/attachments',
    {
      config: { access: 'legal_aid:write' },
      // base64 of the largest allowed file, and room for the rest of the body
      bodyLimit: Math.ceil((attachmentMaxBytes * 4) / 3) + 64 * 1024,
      schema: { tags, summary: 'A supporting document (PDF, JPEG or PNG, at most 5 MB), as base64 JSON', params: IdParams, body: AttachmentUpload, response: { 201: Attachment, 413: Problem, 415: Problem, 422: Problem } },
    },
    async (req, reply) => {
      const created = await service.addAttachment(req.ctx, req.params.id, req.body);
      reply.code(201);
      return created;
    },
  );

  app.get(
    '/legal-aid/:id/attachments/:attachmentId',
    { config: { access: 'legal_aid:read' }, schema: { tags, summary: 'The document’s bytes, with its content type', params: AttachmentParams, response: { 200: Type.Unsafe<Buffer>({ type: 'string', format: 'binary' }), 404: Problem } } },
    async (req, reply) => {
      const file = await service.attachmentFile(req.ctx, req.params.id, req.params.attachmentId);
      reply.header('Content-Type', file.mimeType).header('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`);
      return file.content;
    },
  );

  app.get(
    '/subsidies',
    { config: { access: 'legal_aid:read' }, schema: { tags, summary: 'Lawyer subsidies owed and paid', querystring: SubsidyListQuery, response: { 200: Page(Subsidy) } } },
    async (req) => service.listSubsidies(req.ctx, req.query),
  );

  app.post(
    '/subsidies/:id/pay',
    { config: { access: 'subsidies:pay' }, schema: { tags, summary: 'Marks a subsidy paid', params: IdParams, headers: IfMatch, response: { 200: Subsidy, 404: Problem, 409: Problem, 412: Problem } } },
    async (req, reply) => {
      const paid = await service.paySubsidy(req.ctx, req.params.id, req.headers['if-match'] ? ifMatchVersion(req) : null);
      setEtag(reply, paid.version);
      return paid;
    },
  );

  app.get(
    '/stats/legal-aid',
    { config: { access: 'stats:read' }, schema: { tags: ['stats'], summary: 'Applications, approvals, green-channel share, decision times and amounts recovered for a subtree', querystring: LegalAidStatsQuery, response: { 200: LegalAidStats, 404: Problem } } },
    async (req) => service.stats(req.ctx, req.query),
  );
};
export default legalAidRoutes;
