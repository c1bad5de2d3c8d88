// Phrases never to flag: statutes and guidance, national bodies and services, roles. A case may
// add its own. Matched without regard to case.
export const defaultAllowList: readonly string[] = [
  'Children Act 1989', 'Children Act 2004', 'Children and Social Work Act 2017', 'Working Together to Safeguard Children', 'Working Together',
  'Education Act 2002', 'Mental Capacity Act 2005', 'Care Act 2014', 'Domestic Abuse Act 2021', 'Data Protection Act 2018',
  'Multi-Agency Safeguarding Hub', 'Child Safeguarding Practice Review Panel', 'Local Child Safeguarding Practice Review', 'Rapid Review',
  'Safeguarding Children Partnership', 'National Health Service', 'Care Quality Commission', 'Ofsted', 'Department for Education',
  'Children’s Social Care', "Children's Social Care", 'Early Help', 'Child in Need', 'Child Protection', 'Strategy Discussion', 'Strategy Meeting',
  'Health Visiting Service', 'School Nursing Service', 'Accident and Emergency', 'Emergency Department', 'Police Service', 'Youth Justice Service',
  'Designated Safeguarding Lead', 'Social Worker', 'Health Visitor', 'General Practitioner', 'Mother', 'Father',
  'Signs of Safety', 'Graded Care Profile', 'Neglect Toolkit', 'Mental Health Act 1983', 'Bank Holiday',
];
