import { bold, email, h2, h3, italic, link, p, quote, ul } from '../../../blocks';
import type { Block } from '@guildhall/content/blocks';

// Sections 10 to 15: disability, disagreements, funding, governors, a checklist and where to get help.
export const partThree: Block[] = [
  h2('Disability and the Equality Act 2010'),
  p(
    'Special educational needs and disability overlap, but they are not the same thing. A pupil can be disabled without having a special educational need, and the other way round.',
  ),
  p('Under the Equality Act 2010, every school must:'),
  ul(
    'not treat disabled pupils less favourably because of their disability',
    [bold('make reasonable adjustments'), ' so that disabled pupils are not put at a disadvantage'],
    'publish an accessibility plan that shows how it will improve access over time',
  ),
  p(
    'Reasonable adjustments can be small: a quiet place to work, extra time, a different route to lessons. ',
    'Ask the pupil what helps. They often know.',
  ),
  h2('Disagreements, mediation and tribunal'),
  p(
    'Most disagreements can be settled by talking. When they cannot, families have formal routes. ',
    'It helps to know them, so that you can explain them calmly.',
  ),
  h3('Decisions by the local authority'),
  p(
    'Parents and young people can appeal to the First-tier Tribunal (Special Educational Needs and Disability) about many local authority decisions. ',
    'Examples include a refusal to assess, the contents of a plan, or the school named in it.',
  ),
  p(
    'Before most appeals, the family must contact a mediation adviser and consider mediation. ',
    'Mediation is a meeting led by an independent person who helps both sides reach an agreement.',
  ),
  h3('Claims against the school'),
  p(
    'Families can also bring a disability discrimination claim against a school to the same tribunal. ',
    'If you receive one, contact us straight away. Time limits are short, and good early advice makes a real difference.',
  ),
  h2('Funding: the money behind SEN support'),
  p(
    'Mainstream schools receive money for SEN support as part of their main budget. This is sometimes called the ',
    bold('notional SEN budget'),
    '. “Notional” means it is an amount worked out by formula, not a separate grant.',
  ),
  p(
    'Schools are expected to pay for the first £6,000 of additional support for a pupil from this budget. ',
    'Above that, the local authority can provide top-up funding from its high needs budget, usually for pupils with EHC plans.',
  ),
  p(
    'Many members tell us the notional budget does not match the real cost of meeting needs. We are campaigning on this. ',
    'School business leaders can help by tracking what SEN support really costs, so that heads and governors can make the case with evidence.',
  ),
  h2('Governors, the SEN information report and your website'),
  p('Governing boards and academy trusts have their own duties. They must:'),
  ul(
    'publish an SEN information report on the school website and update it every year',
    'make sure the school has a SENCO and that they have the qualification they need',
    'have a policy for pupils with SEN and an accessibility plan',
    'make sure the school does its best to meet pupils’ needs',
  ),
  p(
    'Write the information report for parents, not for inspectors. Short sentences and real examples help. ',
    'Include a link to your local authority’s local offer.',
  ),
  h2('A checklist for leaders'),
  p('Use this list at the start of each school year. If you answer “no” to any point, make a plan.'),
  ul(
    'Our SENCO',
    ul(
      'has protected time that matches the number of pupils with SEN',
      'holds, or is working towards, the right qualification',
      'meets the senior team regularly',
    ),
    'Our teaching',
    ul(
      'every teacher knows which pupils in their classes have SEN, and what helps them',
      'staff have had training on the graduated approach this year',
    ),
    'Our processes',
    ul(
      'annual reviews are planned for the whole year, with phase transfers first',
      'records for pupils on SEN support are up to date',
      'our SEN information report has been updated and is easy to read',
    ),
  ),
  quote(
    'You do not need to know every paragraph of the code. You need to know where to look, who to ask, and how to put the child at the centre.',
  ),
  h2('Where to get help'),
  p('These public pages are a good place to start:'),
  ul(
    [
      link(
        'https://www.gov.uk/government/publications/send-code-of-practice-0-to-25',
        'SEND code of practice: 0 to 25 years',
      ),
      ' (GOV.UK)',
    ],
    [
      link(
        'https://www.gov.uk/children-with-special-educational-needs',
        'Children with special educational needs and disabilities',
      ),
      ' (GOV.UK guide for families)',
    ],
    [
      link('https://www.legislation.gov.uk/ukpga/2014/6/contents', 'Children and Families Act 2014'),
      ' (legislation.gov.uk)',
    ],
  ),
  p(
    'Members can e-mail our SEND advice team at ',
    email('send.advice@nusl.example'),
    ' or call 020 7946 0150. If you are worried about a complaint or tribunal claim, write “urgent” in the subject line.',
  ),
  p(
    'To suggest a topic for our next SEND guide, e-mail ',
    email('policy@nusl.example'),
    '. ',
    italic('We read every message, and many of our guides start with a question from a member.'),
  ),
];
