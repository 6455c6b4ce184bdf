import { defineMiddleware } from 'astro:middleware';
import { ContentValidationError } from '@guildhall/content';
import { RENDER_FAILURE_HEADER, type RenderFailure } from './on-demand/request';

// A page drawn on demand that cannot be drawn (a draft that breaks the schema, rich
// text the renderer refuses) answers with what went wrong, as data, so the caller can
// show an editor a readable page or report a failed publish, instead of a bare 500.
// Static pages never carry `locals.render` and pass straight through.
export const onRequest = defineMiddleware(async (context, next) => {
  if (!context.locals.render) return next();
  try {
    return await next();
  } catch (error) {
    const failure: RenderFailure = {
      message: error instanceof Error ? error.message : String(error),
      problems: error instanceof ContentValidationError ? error.problems : [],
    };
    return new Response(JSON.stringify(failure), {
      status: 500,
      headers: { 'Content-Type': 'application/json', [RENDER_FAILURE_HEADER]: '1' },
    });
  }
});
