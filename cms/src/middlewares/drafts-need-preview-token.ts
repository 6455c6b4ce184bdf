import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { koaBody } from 'koa-body';
import { apiTokenService } from '../api-tokens';
import { graphqlRequestAsksForDrafts } from '../drafts/graphql';
import { restAsksForDrafts } from '../drafts/rest';
import { PREVIEW_TOKEN_NAME } from '../site-tokens';

// Draft & publish has no permission of its own in Strapi: any credential that may
// `find` may also read drafts. Here only the "Site preview (drafts)" token may; any
// other request that asks the content API (REST or GraphQL) for drafts is refused
// with 403 before it reaches a route, so a refused request changes nothing. The
// admin panel reads drafts through its own API (/content-manager), not checked here.

type Context = Parameters<Core.MiddlewareHandler>[0];

const refusal =
  'Only the site preview token may read drafts; the site build token reads published content only.';

// Strapi authenticates later, on the route; this only needs to know whether the
// request's bearer is the preview token, found by the hash Strapi stores.
async function isPreviewToken(strapi: Core.Strapi, ctx: Context): Promise<boolean> {
  const [scheme, bearer, ...rest] = ctx.get('authorization').trim().split(/\s+/);
  if (scheme?.toLowerCase() !== 'bearer' || !bearer || rest.length > 0) return false;
  const service = apiTokenService(strapi);
  return (await service.getByAccessKey(service.hash(bearer)))?.name === PREVIEW_TOKEN_NAME;
}

const middleware: Core.MiddlewareFactory = (_config, { strapi }) => {
  // Strapi's routers match paths without regard to case or a trailing slash.
  const restPrefix = `${strapi.config.get<string>('api.rest.prefix', '/api')}/`.toLowerCase();
  const graphqlEndpoint = String(strapi.plugin('graphql').config('endpoint')).toLowerCase();
  // `strapi::body` leaves the body of POST /graphql to the GraphQL route's own parser,
  // which runs after this. Parsing it here, once, means the body checked is the body
  // Apollo runs: that parser skips a request whose body is already parsed.
  const parseBody = koaBody({ json: true, urlencoded: true, text: false, multipart: false });

  return async (ctx, next) => {
    const path = ctx.path.toLowerCase();
    if (path.startsWith(restPrefix)) {
      if (restAsksForDrafts(ctx.query) && !(await isPreviewToken(strapi, ctx))) {
        throw new errors.ForbiddenError(refusal);
      }
    } else if (path.replace(/\/$/, '') === graphqlEndpoint) {
      if (ctx.request.body === undefined) await parseBody(ctx, async () => undefined);
      // A body this parser does not read is never handed to Apollo unchecked.
      ctx.request.body ??= {};
      const body: unknown = ctx.request.body;
      if (
        graphqlRequestAsksForDrafts(body, new URLSearchParams(ctx.querystring)) &&
        !(await isPreviewToken(strapi, ctx))
      ) {
        // GraphQL clients read `errors`, so the refusal is given in that shape.
        ctx.status = 403;
        ctx.body = { errors: [{ message: refusal, extensions: { code: 'FORBIDDEN' } }] };
        return;
      }
    }
    await next();
  };
};

export default middleware;
