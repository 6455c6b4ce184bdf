import type { MembershipCategorySeed } from '../../types';
import { headteachers } from './headteachers';
import { middleLeaders } from './middle-leaders';
import { schoolBusinessLeaders } from './school-business-leaders';

export const membershipCategories: MembershipCategorySeed[] = [
  middleLeaders,
  schoolBusinessLeaders,
  headteachers,
];
