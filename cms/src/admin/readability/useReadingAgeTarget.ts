import { useEffect, useState } from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import { DEFAULT_READING_AGE_TARGET } from '@guildhall/editorial';

/** The organisation's reading-age target (READING_AGE_TARGET on the CMS), once loaded. */
export function useReadingAgeTarget(): number {
  const { get } = useFetchClient();
  const [target, setTarget] = useState(DEFAULT_READING_AGE_TARGET);
  useEffect(() => {
    let cancelled = false;
    get<{ readingAgeTarget: number }>('/readability/settings')
      .then(({ data }) => {
        if (!cancelled) setTarget(data.readingAgeTarget);
      })
      // The default target still gives the editor every finding; only the figure's goal differs.
      .catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, [get]);
  return target;
}
