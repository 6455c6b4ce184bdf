import { bold, h2, h3, italic, ol, p, ul } from '../../../blocks';
import type { Block } from '@guildhall/content/blocks';

// Sections 6 to 9: EHC needs assessments, EHC plans, annual reviews and working with families.
export const partTwo: Block[] = [
  h2('Education, health and care needs assessments'),
  p(
    'Some children need more help than a mainstream school can give from its own resources. ',
    'For them, the local authority can carry out an ',
    bold('education, health and care needs assessment'),
    ', often shortened to EHC needs assessment.',
  ),
  p(
    'A parent, a young person over 16 or the school can ask for an assessment. Schools should talk to parents first. ',
    'Send evidence of what you have already tried and how the pupil responded.',
  ),
  h3('The timescales'),
  p('The law sets firm deadlines. Counting from the day the local authority receives the request:'),
  ol(
    'Within 6 weeks, the local authority must decide whether to carry out an assessment, and tell the family.',
    'If it goes ahead, it asks for advice from the school, health, social care and an educational psychologist. They normally have 6 weeks to reply.',
    'The local authority decides whether an EHC plan is needed. If it is, it sends the family a draft plan.',
    'Parents have 15 days to comment on the draft and to ask for a particular school.',
    ['The final plan must be issued within ', bold('20 weeks'), ' of the original request.'],
  ),
  p(
    'Twenty weeks is the maximum, not a target. In some areas assessments take longer. ',
    'If this happens, keep supporting the pupil, keep records, and let the family know they can complain to the local authority.',
  ),
  h2('Education, health and care plans'),
  p(
    'An ',
    bold('EHC plan'),
    ' is a legal document. It describes a child’s needs, the outcomes everyone is working towards, and the support they must receive. ',
    'The support in section F, special educational provision, is a legal duty on the local authority to secure.',
  ),
  h3('What is in a plan'),
  p('Every plan has the same sections, named by letter. The ones schools use most are:'),
  ul(
    [bold('Section A'), ': the views, interests and hopes of the child and their parents'],
    [bold('Section B'), ': the child’s special educational needs'],
    [bold('Section E'), ': the outcomes the support should achieve'],
    [bold('Section F'), ': the special educational provision the child must receive'],
    [bold('Section I'), ': the school or other setting named in the plan'],
  ),
  p(
    'Good plans are specific. “Regular speech therapy” is too vague. “Thirty minutes with a speech and language therapist each week” is clear.',
  ),
  h3('When your school is named'),
  p(
    'Before naming a school, the local authority must consult it. You have 15 days to reply. ',
    'The grounds for objecting are narrow: that the school cannot meet the child’s needs, or that admitting them would harm the education of others or the efficient use of resources. ',
    'Give evidence, not general worries about budgets or class sizes.',
  ),
  h2('Annual reviews'),
  p(
    'Every EHC plan must be reviewed at least once every 12 months. For children under five, the code suggests reviewing every three to six months, because young children change quickly.',
  ),
  h3('Running a good review meeting'),
  ol(
    'Before the meeting',
    ol(
      'Invite the family, the pupil and the professionals at least two weeks ahead.',
      'Ask everyone for written advice and share it before the meeting.',
    ),
    'At the meeting',
    ol(
      'Start with the pupil’s views. Help them to take part in a way that suits them.',
      'Check progress towards each outcome in the plan.',
      'Agree any changes to needs, outcomes or support.',
    ),
    'After the meeting',
    ol('Send a report to the local authority within two weeks.', 'Share it with everyone who was invited.'),
  ),
  p(
    'The local authority then decides whether to keep the plan as it is, change it, or end it. It must tell the family within four weeks of the meeting.',
  ),
  h3('Moving to a new phase'),
  p(
    'When a pupil is moving between phases, the review has firm deadlines. For a move from primary to secondary school, the amended plan must be issued by ',
    bold('15 February'),
    ' in the year of transfer. For a move into post-16 education, the deadline is ',
    bold('31 March'),
    '. Start planning these reviews early in the autumn term.',
  ),
  h2('Working with parents and young people'),
  p(
    'Parents know their child best. The code expects schools to treat them as partners, not visitors. ',
    'Once a young person is over 16, they have the right to make many decisions for themselves.',
  ),
  p('Practical ways to build trust:'),
  ul(
    'meet parents at least three times a year to discuss progress',
    'use plain words and explain any terms you must use',
    'tell parents about the local offer: the local authority’s published list of services',
    'give pupils real choices about their support, in a way they can understand',
    'if a relationship breaks down, offer a fresh meeting with someone new',
  ),
  p(
    italic('Tip: '),
    'a short note home about something that went well can do more for a partnership than a long formal meeting.',
  ),
];
