import { isFetchError, useFetchClient } from '@strapi/strapi/admin';
import { useEffect, useState } from 'react';
import type { MovableType, MovePreview } from '../../entry-moves/types';
import { moveSentences } from './describe';

/** The server's refusal as the editor should read it, whatever went wrong. */
export const problemText = (error: unknown): string =>
  isFetchError(error) ? (error.response?.data.error.message ?? error.message) : String(error);

/**
 * The confirmation dialog's body: what the move would do to this entry, read from the
 * CMS when the dialog opens (the fields that have content, and whether it can go ahead).
 */
export function MovePreviewText({ model, documentId }: { model: MovableType; documentId: string }) {
  const { get } = useFetchClient();
  const [preview, setPreview] = useState<MovePreview | { problem: string } | null>(null);

  useEffect(() => {
    let cancelled = false;
    get<MovePreview>(`/entry-moves/${model}/${documentId}`).then(
      ({ data }) => !cancelled && setPreview(data),
      (error: unknown) => !cancelled && setPreview({ problem: problemText(error) }),
    );
    return () => {
      cancelled = true;
    };
  }, [get, model, documentId]);

  if (!preview) return <p role="status">Checking what would move…</p>;
  const refusal = 'problem' in preview ? preview.problem : preview.refusal;
  return (
    <div data-testid="entry-move-preview" style={{ fontSize: 14, lineHeight: 1.5, textAlign: 'left' }}>
      {'source' in preview &&
        moveSentences(preview).map((sentence) => (
          <p key={sentence} style={{ marginBottom: 8 }}>
            {sentence}
          </p>
        ))}
      {refusal && (
        <p role="alert" style={{ color: '#d02b20', fontWeight: 600 }}>
          This move cannot go ahead: {refusal}
        </p>
      )}
    </div>
  );
}
