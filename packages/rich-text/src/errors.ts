/** Rich text the renderer cannot show faithfully: the build must stop and say where. */
export class RichTextError extends Error {
  override name = 'RichTextError';
}
