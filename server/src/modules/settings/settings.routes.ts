import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import { ClockSetting, ClockSettingParams, ClockSettingUpdate, Problem } from '@union/shared';
import { ifMatchVersion, setEtag } from '../../lib/versioning.js';
import * as service from './settings.service.js';

const settingsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/settings/clocks',
    { schema: { tags: ['settings'], summary: 'Every deadline rule as the caller’s city runs it, beside its default', response: { 200: Type.Object({ items: Type.Array(ClockSetting) }) } } },
    async (req) => ({ items: await service.clockSettings(req.ctx) }),
  );
  app.put(
    '/settings/clocks/:rule',
    {
      config: { access: 'settings:write' },
      schema: {
        tags: ['settings'],
        summary: 'Sets the city’s own length of a rule local rules may change; If-Match "0" when the city has not set it yet',
        params: ClockSettingParams,
        headers: Type.Object({ 'if-match': Type.Optional(Type.String()) }),
        body: ClockSettingUpdate,
        response: { 200: ClockSetting, 403: Problem, 412: Problem, 422: Problem },
      },
    },
    async (req, reply) => {
      const setting = await service.setClock(req.ctx, req.params.rule, req.body, ifMatchVersion(req));
      setEtag(reply, setting.version ?? 0);
      return setting;
    },
  );
};
export default settingsRoutes;
