import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import { Region, RegionListQuery } from '@union/shared';
import { regions } from './regions.repo.js';

/** GB/T 2260 districts and streets: reference data, readable by any signed-in caller. */
const regionRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/regions',
    {
      schema: {
        tags: ['regions'],
        summary: 'GB/T 2260 divisions under a parent (provinces when none is given)',
        querystring: RegionListQuery,
        response: { 200: Type.Object({ items: Type.Array(Region) }) },
      },
    },
    async (req) => {
      const { parentCode, q } = req.query;
      const index = regions();
      let items = parentCode ? index.childrenOf(parentCode) : index.provinces();
      if (q) items = items.filter((r) => r.name.includes(q) || r.code.startsWith(q));
      return { items };
    },
  );
};
export default regionRoutes;
