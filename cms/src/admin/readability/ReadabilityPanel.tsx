import { useMemo } from 'react';
import { unstable_useContentManagerContext as useContentManagerContext, useForm } from '@strapi/strapi/admin';
import {
  isReviewedType,
  reviewEntry,
  type ComponentSchemas,
  type Review,
  type SchemaAttributes,
} from '@guildhall/editorial';
import { FindingList, summarise } from './FindingList';
import { useReadingAgeTarget } from './useReadingAgeTarget';

// The edit view's "Readability and accessibility" panel. It reviews the form's
// current values, so findings follow the editor's typing without a save; the same
// checks refuse publishing when a finding must be fixed.

function ReviewView({ review }: { review: Review | Error }) {
  if (review instanceof Error) return <p role="alert">The text could not be checked: {review.message}</p>;
  const { level, target, findings } = review;
  return (
    <div data-testid="readability-panel" style={{ width: '100%' }}>
      <p role="status" style={{ fontWeight: 600, fontSize: 14, marginBottom: 8 }}>
        {summarise(findings)}
      </p>
      <p style={{ fontSize: 13, marginBottom: 12 }}>
        {level
          ? `Reading age about ${level.readingAge} (target ${target}); reading ease ${level.readingEase} of 100.`
          : 'The reading age shows once there are 50 words.'}
      </p>
      <FindingList findings={findings} />
    </div>
  );
}

export function ReadabilityPanel() {
  const { contentType, components } = useContentManagerContext();
  const values = useForm('ReadabilityPanel', (state) => state.values);
  const target = useReadingAgeTarget();
  const schema = contentType as SchemaAttributes | undefined;
  const schemas = components as unknown as ComponentSchemas;
  const review = useMemo(() => {
    if (!schema) return null;
    try {
      return reviewEntry(values, schema, schemas, { readingAgeTarget: target });
    } catch (error) {
      return error instanceof Error ? error : new Error(String(error));
    }
  }, [values, schema, schemas, target]);

  if (!schema || !review || !isReviewedType(schema, schemas)) return null;
  return { title: 'Readability and accessibility', content: <ReviewView review={review} /> };
}
