import { useDocumentRBAC, useFetchClient, useForm, useNotification } from '@strapi/strapi/admin';
import { useNavigate } from 'react-router-dom';
import { ENTRY_MOVES, isMovableType, type MoveResult } from '../../entry-moves/types';
import { movedNotice } from './describe';
import { MovePreviewText, problemText } from './MovePreviewText';

interface EditViewProps {
  model: string;
  documentId?: string;
}

/**
 * "Move to campaign briefings" on an article, "Move to news" on a briefing, in the
 * edit view's menu. It asks first, saying what the move does, then opens the new entry.
 */
export function MoveAction({ model, documentId }: EditViewProps) {
  const { post } = useFetchClient();
  const { toggleNotification } = useNotification();
  const navigate = useNavigate();
  // Unsaved edits are not in the CMS yet, so a move would lose them: save first.
  const modified = useForm('MoveAction', (state) => state.modified);
  const canDelete = useDocumentRBAC('MoveAction', (state) => state.canDelete);
  if (!isMovableType(model) || !documentId) return null;

  const move = async () => {
    try {
      const { data } = await post<MoveResult>(`/entry-moves/${model}/${documentId}`);
      toggleNotification({ type: 'success', message: movedNotice(data) });
      navigate(`/content-manager/collection-types/${data.uid}/${data.documentId}`);
    } catch (error) {
      toggleNotification({ type: 'danger', message: problemText(error) });
    }
  };

  return {
    label: ENTRY_MOVES[model].label,
    disabled: modified || !canDelete,
    position: 'header' as const,
    dialog: {
      type: 'dialog' as const,
      title: `${ENTRY_MOVES[model].label}?`,
      content: <MovePreviewText model={model} documentId={documentId} />,
      confirmLabel: 'Move',
      onConfirm: move,
    },
  };
}

MoveAction.position = 'header' as const;
