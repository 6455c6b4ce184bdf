import type { AuthorSeed } from '../types';

export const authors: AuthorSeed[] = [
  {
    slug: 'helen-okafor',
    name: 'Helen Okafor',
    role: 'SEND adviser',
    bio: 'Helen was a special educational needs coordinator for eleven years in primary and secondary schools. She now advises members on SEND law, EHC plans and building inclusive schools.',
  },
  {
    slug: 'gareth-lewis',
    name: 'Gareth Lewis',
    role: 'Pay and conditions adviser',
    bio: 'Gareth has supported members through pay disputes, restructures and contract changes for fifteen years. He writes our guidance on each year’s pay award.',
  },
  {
    slug: 'sunita-mehra',
    name: 'Sunita Mehra',
    role: 'School business leadership adviser',
    bio: 'Sunita ran the finances of a multi-academy trust before joining the union. She advises school business leaders on budgets, procurement and their own careers.',
  },
  {
    slug: 'tom-ashworth',
    name: 'Tom Ashworth',
    role: 'Policy officer',
    bio: 'Tom leads our research and campaigns on funding, inspection and workload, and briefs members on what new policy means for their school and their leaders.',
  },
];
