import { bold, p, ul } from '../../blocks';
import type { MembershipCategorySeed } from '../../types';

export const middleLeaders: MembershipCategorySeed = {
  slug: 'middle-leaders',
  name: 'Middle leaders',
  strapline:
    'For heads of department, phase leaders, SENCOs and others who lead a team while still teaching.',
  introduction: [
    p(
      'Middle leaders hold schools together. You teach, you lead a team, and you turn big plans into everyday practice. ',
      'That can mean being pulled in many directions at once.',
    ),
    p(
      'Membership gives you an adviser to call when something goes wrong, clear guidance on your pay and working time, and ',
      bold('legal representation'),
      ' if you face a complaint, a capability process or a dispute with your employer.',
    ),
    p(
      'You also get free courses for new and experienced middle leaders, a termly magazine and a network of colleagues in the same kind of role. ',
      'When we speak to government about workload, inspection and pay, your experience is part of what we say.',
    ),
  ],
  eligibility: [
    p(
      'You can join as a middle leader if you work in a school, college or academy in the UK and you lead an area of the school. ',
      'It does not matter whether you are full time or part time, or whether your school is maintained, an academy or independent.',
    ),
    p('You are eligible if you:'),
    ul(
      'hold a teaching and learning responsibility (TLR) payment, or a similar allowance',
      'lead a subject, department, year group, key stage or phase',
      'are the school’s special educational needs co-ordinator (SENCO)',
      'lead a whole-school area such as safeguarding, assessment or early career teachers',
    ),
    p(
      'If your role does not fit neatly into a list, please call us. We look at what you do, not only at your job title.',
    ),
  ],
  eligibleRoles: [
    {
      name: 'Head of department',
      description: 'Leads a subject or group of subjects, usually in a secondary school.',
    },
    {
      name: 'Phase leader',
      description: 'Leads a phase such as early years, key stage 1 or key stage 2 in a primary school.',
    },
    {
      name: 'SENCO',
      description:
        'The special educational needs co-ordinator, who leads support for pupils with special educational needs and disabilities.',
    },
    {
      name: 'Head of year',
      description: 'Leads the pastoral care, behaviour and progress of a year group.',
    },
    {
      name: 'Subject leader',
      description: 'Leads the curriculum for a subject across a primary school.',
    },
    {
      name: 'Designated safeguarding lead',
      description: 'Leads safeguarding and child protection, when this is not part of a senior role.',
    },
  ],
  join: {
    phone: '020 7946 0120',
    email: 'join@nusl.example',
    enquiriesEmail: 'middle.leaders@nusl.example',
    joinUrl: 'https://www.nusl.example/join/middle-leaders',
    note: 'Our membership team answers the phone from 8am to 6pm, Monday to Friday, including school holidays.',
  },
  helpAreas: [
    {
      title: 'Classroom',
      description:
        'Balancing your own teaching with leading others, managing behaviour and planning the curriculum for your area.',
      link: 'https://www.nusl.example/advice/classroom',
    },
    {
      title: 'Employment',
      description:
        'Your TLR, directed time, job descriptions, and what to do if you are asked to take on more without extra pay.',
      link: 'https://www.nusl.example/advice/employment',
    },
    {
      title: 'Management',
      description:
        'Leading a team, holding difficult conversations, observing lessons fairly and supporting staff well.',
      link: 'https://www.nusl.example/advice/leading-a-team',
    },
  ],
  topics: ['send', 'pay-and-conditions', 'wellbeing-and-workload', 'leadership-development'],
  seo: {
    metaTitle: 'Membership for middle leaders',
    metaDescription:
      'Advice, representation and training for heads of department, phase leaders, SENCOs and other middle leaders.',
  },
};
