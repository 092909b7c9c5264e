import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { HsdsOrganization, HsdsPage, HsdsQuery, HsdsService } from '@union/shared';
import * as service from './hsds.service.js';

const tags = ['hsds'];

/**
 * domain.md §9: the directory in Open Referral HSDS 3.0, for a provincial platform or a map. It is
 * directory data, yet read like the rest of the API: signed in (a user or an API client), and
 * limited by row-level security to the offices the caller may see and the network's filed organizations.
 */
const hsdsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/hsds/organizations',
    { config: { access: 'signed-in' }, schema: { tags, summary: 'Offices and filed mediation organizations as HSDS 3.0 organizations, paged as the HSDS API pages', querystring: HsdsQuery, response: { 200: HsdsPage(HsdsOrganization) } } },
    async (req) => service.organizations(req.ctx, req.query),
  );

  app.get(
    '/hsds/services',
    { config: { access: 'signed-in' }, schema: { tags, summary: 'Legal aid and labor-dispute mediation as HSDS 3.0 services', querystring: HsdsQuery, response: { 200: HsdsPage(HsdsService) } } },
    async (req) => service.services(req.ctx, req.query),
  );
};
export default hsdsRoutes;
