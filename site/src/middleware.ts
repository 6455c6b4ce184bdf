import { defineMiddleware } from 'astro:middleware';
import { ContentSourceError, ContentValidationError } from '@guildhall/content';
import { RichTextError } from '@guildhall/rich-text';
import { PreviewError } from './on-demand/preview';
import { RENDER_FAILURE_HEADER, type RenderFailure } from './on-demand/request';

// Content an editor can fix (422), a document with no such version (404), a CMS that
// could not be read (502), anything else (500).
function statusOf(error: unknown): number {
  if (error instanceof ContentValidationError || error instanceof RichTextError) return 422;
  if (error instanceof PreviewError) return 404;
  if (error instanceof ContentSourceError) return 502;
  return 500;
}

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
      status: statusOf(error),
      headers: { 'Content-Type': 'application/json', [RENDER_FAILURE_HEADER]: '1' },
    });
  }
});
