import { DEFAULT_READING_AGE_TARGET } from '@guildhall/editorial';
import { integerSetting } from '@guildhall/settings';

/** The reading age the organisation writes for (READING_AGE_TARGET), 12 unless set. */
export const readingAgeTarget = (): number =>
  integerSetting(process.env, 'READING_AGE_TARGET', DEFAULT_READING_AGE_TARGET, 6, 21);
