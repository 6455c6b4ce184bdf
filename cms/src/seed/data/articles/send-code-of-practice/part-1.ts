import { bold, h2, h3, italic, link, ol, p, quote, ul } from '../../../blocks';
import type { Block } from '@guildhall/content/blocks';

// Sections 1 to 5: the code itself, what counts as a special educational need, SEN support and the SENCO.
export const partOne: Block[] = [
  p(
    'The SEND code of practice is the rulebook for supporting children and young people with special educational needs and disabilities. ',
    'It is long, and it is easy to get lost in it. This summary picks out what school leaders most need to know.',
  ),
  p(
    'I have written it for headteachers, SENCOs, middle leaders and school business leaders. ',
    'Each section starts with the basics. Where a word might be new to you, I explain it.',
  ),
  h2('About this summary'),
  p(
    'This is a guide, not legal advice. The code applies in England. Wales, Scotland and Northern Ireland have their own systems. ',
    'If you are dealing with a particular child, a complaint or an appeal, please talk to us before you act.',
  ),
  p(
    italic('A note on words: '),
    'the code uses ',
    bold('SEN'),
    ' for special educational needs and ',
    bold('SEND'),
    ' when it means special educational needs and disabilities together. I do the same here.',
  ),
  h2('What the code of practice is'),
  p(
    'The code is statutory guidance. That means the law says certain bodies must take it into account. ',
    'It explains how to carry out the duties in Part 3 of the ',
    link('https://www.legislation.gov.uk/ukpga/2014/6/contents', 'Children and Families Act 2014'),
    ' and the regulations made under it.',
  ),
  p(
    'It covers children and young people from birth to the age of 25. The current version dates from January 2015. You can read it on ',
    link(
      'https://www.gov.uk/government/publications/send-code-of-practice-0-to-25',
      'GOV.UK: SEND code of practice: 0 to 25 years',
    ),
    '.',
  ),
  h3('Who must follow it'),
  ul(
    'local authorities, including their education, health and social care services',
    'governing boards of maintained schools and maintained nursery schools',
    'academy trusts, including free schools and special academies',
    'further education colleges and sixth form colleges',
    'early years providers that receive government funding',
    'NHS bodies that plan and provide health services for children',
  ),
  h3('“Must” and “should”'),
  p(
    'Read the verbs carefully. Where the code says ',
    bold('must'),
    ', it is describing a legal duty. Where it says ',
    bold('should'),
    ', you are expected to follow it unless you have a good reason not to. Write that reason down.',
  ),
  h2('The principles behind the code'),
  p('The whole code rests on a few simple ideas. If you remember nothing else, remember these:'),
  ul(
    'listen to children, young people and their parents, and take their views seriously',
    'involve them in decisions about their own support',
    'identify needs early and act quickly',
    'offer high-quality teaching first, then extra help where it is needed',
    'work together across education, health and social care',
    'help young people prepare for adult life: work, homes, friendships and health',
  ),
  quote(
    'The code works best when you read it as a promise to the child, not a stack of forms. ',
    'Every process in it exists to make sure someone listens and then does something.',
  ),
  h2('What counts as a special educational need'),
  p(
    'A child has special educational needs if they have a learning difficulty or disability that calls for extra or different support in school. ',
    'In plain words: they find learning much harder than most children of their age, or a disability stops them using the facilities other pupils use.',
  ),
  p(
    'Slow progress on its own does not always mean a special educational need. ',
    'Nor does learning English as an additional language. Look at the whole child before you decide.',
  ),
  h3('The four broad areas of need'),
  p('The code groups needs into four broad areas. Many pupils have needs in more than one.'),
  ol(
    [
      bold('Communication and interaction'),
      ': difficulties with speaking, understanding or social communication.',
    ],
    ul('speech, language and communication needs', 'autism'),
    [bold('Cognition and learning'), ': learning at a slower pace, or specific difficulties.'],
    ul(
      'moderate or severe learning difficulties',
      'specific learning difficulties such as dyslexia or dyscalculia',
    ),
    [
      bold('Social, emotional and mental health'),
      ': for example anxiety, low mood or attention difficulties.',
    ],
    [
      bold('Sensory and/or physical needs'),
      ': for example hearing loss, visual impairment or a physical disability.',
    ],
  ),
  p(
    'These areas help you plan support. They are not labels to put on a child, and a child does not need a diagnosis to get help.',
  ),
  h2('SEN support and the graduated approach'),
  p(
    'Most pupils with special educational needs do not have a plan from the local authority. Their school supports them directly. ',
    'The code calls this ',
    bold('SEN support'),
    '.',
  ),
  p('SEN support follows a cycle called the graduated approach. It has four steps that repeat:'),
  ol(
    [bold('Assess'), ': gather what you know from teachers, parents, the pupil and any specialists.'],
    [bold('Plan'), ': agree the support, the outcomes you hope for and a date to review.'],
    [
      bold('Do'),
      ': put the support in place. The class or subject teacher stays responsible for the pupil’s progress.',
    ],
    [bold('Review'), ': check what worked with the pupil and parents, then adjust the plan.'],
  ),
  p(
    'Each time round the cycle, you learn more about what helps. If a pupil still is not making progress after several cycles, ',
    'it may be time to ask for specialist advice or an education, health and care needs assessment.',
  ),
  h3('Keeping good records'),
  p('Clear records protect the pupil and protect you. For each pupil on SEN support, keep:'),
  ul(
    'the needs you have identified and the evidence for them',
    'the support you have put in place, and when',
    'notes of meetings with parents and the pupil',
    'the results of each review',
  ),
  h2('The role of the SENCO'),
  p(
    'Every mainstream school must have a special educational needs co-ordinator, or ',
    bold('SENCO'),
    '. The SENCO must be a qualified teacher working at the school.',
  ),
  p(
    'A teacher who becomes a SENCO for the first time must gain a recognised qualification within three years. ',
    'Since September 2024, this has been the National Professional Qualification for SENCOs.',
  ),
  h3('What the SENCO does day to day'),
  ul(
    'makes sure the school’s SEN policy works in practice',
    'advises colleagues on the graduated approach',
    'works with parents and with outside agencies',
    ul('educational psychologists', 'speech and language therapists', 'social care and health teams'),
    'keeps the school’s records of pupils with SEN up to date',
    'helps pupils move smoothly between classes, phases and schools',
  ),
  h3('Giving the SENCO time'),
  p(
    'The code says the SENCO should have enough time and resources to do the job. In many schools this is the hardest part. ',
    'Headteachers and governors should agree protected time and make sure the SENCO is part of, or close to, the senior leadership team.',
  ),
  quote(
    'I used to fit SENCO work into my lunch breaks. When my head gave me two days a week and a seat on the leadership team, ',
    'the whole school started to take SEND seriously. — A secondary SENCO and member',
  ),
];
