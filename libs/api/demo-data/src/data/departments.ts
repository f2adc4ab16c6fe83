/**
 * The shape of the demo company: departments with their headcount share, the size from which each
 * exists, their titles and the fragments their people's bios are written from. Sub-departments inherit
 * whatever they do not override.
 */

export type SeniorityLadderName = 'engineering' | 'professional' | 'flat' | 'none';

export interface SeniorityLevel {
  /** Prefixed to the role title ('' for the mid level). */
  prefix: string;
  weight: number;
}

export const SENIORITY_LADDERS: Record<SeniorityLadderName, readonly SeniorityLevel[]> = {
  engineering: [
    { prefix: 'Junior', weight: 10 },
    { prefix: '', weight: 38 },
    { prefix: 'Senior', weight: 36 },
    { prefix: 'Staff', weight: 12 },
    { prefix: 'Principal', weight: 4 },
  ],
  professional: [
    { prefix: 'Associate', weight: 15 },
    { prefix: '', weight: 50 },
    { prefix: 'Senior', weight: 28 },
    { prefix: 'Lead', weight: 7 },
  ],
  flat: [
    { prefix: '', weight: 75 },
    { prefix: 'Senior', weight: 25 },
  ],
  none: [{ prefix: '', weight: 1 }],
};

export interface RoleSpec {
  title: string;
  weight: number;
  ladder: SeniorityLadderName;
}

/** Noun phrases and clauses that bios are composed from (see bios.ts for the sentence templates). */
export interface BioFragments {
  /** What the work is about: fits "I work on …" and "My team looks after …". */
  focus?: readonly string[];
  /** Fits "Happy to chat about …". */
  topics?: readonly string[];
  /** A past career step: fits "Before this I …". */
  backgrounds?: readonly string[];
}

export interface DepartmentSpec {
  name: string;
  /** Share of the parent's headcount (of the whole company for top-level departments). */
  weight: number;
  /** The department exists only in companies with at least this many people. */
  minCompanySize: number;
  /** Title of the department's head; top-level heads are "Head of <name>" in small companies. */
  headTitle?: string;
  /** [team lead, manager of managers]. */
  managerTitles?: readonly [string, string];
  roles?: readonly RoleSpec[];
  bio?: BioFragments;
  /** Restricts where its people are based (office names from locations.ts). */
  offices?: readonly string[];
  /** Whether its members get the 'hr' role (inherited by its sub-departments). */
  grantsHrRole?: boolean;
  children?: readonly DepartmentSpec[];
}

/**
 * The executive office: the CEO and their staff, sized separately from the weighted departments. Its
 * first role is held by exactly one person; the others are drawn by weight.
 */
export const EXECUTIVE: Required<Pick<DepartmentSpec, 'name' | 'headTitle' | 'roles' | 'bio'>> = {
  name: 'Executive',
  headTitle: 'Chief Executive Officer',
  roles: [
    { title: 'Chief of Staff', weight: 1, ladder: 'none' },
    { title: 'Executive Assistant', weight: 3, ladder: 'flat' },
    { title: 'Strategy Analyst', weight: 2, ladder: 'professional' },
  ],
  bio: {
    focus: [
      'company strategy and planning',
      'the leadership team’s priorities',
      'board meetings and company offsites',
    ],
    topics: ['org design', 'planning cycles', 'running good offsites'],
    backgrounds: ['was a strategy consultant', 'ran operations at a scale-up', 'worked in venture capital'],
  },
};

const DATA_CENTRE_OFFICES = [
  'London, United Kingdom',
  'Berlin, Germany',
  'Amsterdam, Netherlands',
  'Paris, France',
  'Stockholm, Sweden',
  'Lagos, Nigeria',
];

// prettier-ignore
export const DEPARTMENTS: readonly DepartmentSpec[] = [
  {
    name: 'Engineering', weight: 30, minCompanySize: 0, headTitle: 'VP Engineering',
    managerTitles: ['Engineering Manager', 'Senior Engineering Manager'],
    roles: [
      { title: 'Backend Engineer', weight: 5, ladder: 'engineering' },
      { title: 'Frontend Engineer', weight: 4, ladder: 'engineering' },
      { title: 'Full-Stack Engineer', weight: 4, ladder: 'engineering' },
      { title: 'Software Engineer', weight: 4, ladder: 'engineering' },
      { title: 'Site Reliability Engineer', weight: 1, ladder: 'engineering' },
      { title: 'QA Engineer', weight: 1, ladder: 'engineering' },
    ],
    bio: {
      focus: [
        'the services behind search and notifications', 'our GraphQL API', 'the people directory',
        'the web app’s performance', 'the feed and its ranking', 'integrations with calendar and chat tools',
        'the deploy pipeline', 'accessibility across the product', 'our internal developer tooling',
      ],
      topics: [
        'TypeScript', 'PostgreSQL query plans', 'testing strategies', 'distributed systems', 'code review culture',
        'on-call that doesn’t hurt', 'React performance',
      ],
      backgrounds: [
        'built payment systems at a fintech start-up', 'worked on a large e-commerce checkout',
        'taught maths at a secondary school', 'maintained an open-source web framework',
        'worked at a games studio', 'did a PhD in computational linguistics',
      ],
    },
    children: [
      {
        name: 'Platform', weight: 30, minCompanySize: 200, headTitle: 'Director of Platform Engineering',
        roles: [
          { title: 'Platform Engineer', weight: 4, ladder: 'engineering' },
          { title: 'Backend Engineer', weight: 3, ladder: 'engineering' },
          { title: 'Site Reliability Engineer', weight: 2, ladder: 'engineering' },
        ],
        bio: { focus: ['our Kubernetes platform', 'the shared service mesh', 'observability and alerting', 'the database fleet', 'build and CI infrastructure'] },
        children: [
          { name: 'Storage', weight: 1, minCompanySize: 5000 },
          { name: 'Compute', weight: 1, minCompanySize: 5000 },
          { name: 'Networking', weight: 1, minCompanySize: 10000 },
          { name: 'Developer Experience', weight: 1, minCompanySize: 10000 },
          { name: 'Observability', weight: 1, minCompanySize: 20000 },
        ],
      },
      {
        name: 'Mobile', weight: 18, minCompanySize: 200, headTitle: 'Director of Mobile Engineering',
        roles: [
          { title: 'iOS Engineer', weight: 3, ladder: 'engineering' },
          { title: 'Android Engineer', weight: 3, ladder: 'engineering' },
          { title: 'Mobile Engineer', weight: 2, ladder: 'engineering' },
        ],
        bio: { focus: ['the iOS app', 'the Android app', 'offline sync in the mobile apps', 'push notifications', 'mobile release tooling'], topics: ['Swift', 'Kotlin', 'app store releases', 'React Native'] },
        children: [
          { name: 'iOS', weight: 1, minCompanySize: 5000 },
          { name: 'Android', weight: 1, minCompanySize: 5000 },
          { name: 'Mobile Foundations', weight: 1, minCompanySize: 20000 },
        ],
      },
      {
        name: 'Security', weight: 12, minCompanySize: 200, headTitle: 'Chief Information Security Officer',
        managerTitles: ['Security Engineering Manager', 'Senior Security Engineering Manager'],
        roles: [
          { title: 'Security Engineer', weight: 4, ladder: 'engineering' },
          { title: 'Application Security Engineer', weight: 2, ladder: 'engineering' },
          { title: 'Security Analyst', weight: 1, ladder: 'professional' },
        ],
        bio: { focus: ['single sign-on and identity', 'threat modelling for new features', 'our vulnerability management programme', 'incident response'], topics: ['SAML and OIDC', 'threat modelling', 'capture-the-flag competitions', 'secure code review'] },
        children: [
          { name: 'Application Security', weight: 2, minCompanySize: 5000 },
          { name: 'Security Operations', weight: 2, minCompanySize: 5000 },
          { name: 'Identity & Access', weight: 1, minCompanySize: 20000 },
        ],
      },
      {
        name: 'Web', weight: 25, minCompanySize: 500, headTitle: 'Director of Web Engineering',
        bio: { focus: ['the web app', 'our design system components', 'the profile and directory pages', 'search as you type'] },
        children: [
          { name: 'Web Foundations', weight: 1, minCompanySize: 10000 },
          { name: 'Collaboration', weight: 2, minCompanySize: 10000 },
          { name: 'Discovery', weight: 2, minCompanySize: 10000 },
        ],
      },
      {
        name: 'Quality Engineering', weight: 6, minCompanySize: 2000, headTitle: 'Director of Quality Engineering',
        roles: [
          { title: 'QA Engineer', weight: 3, ladder: 'engineering' },
          { title: 'Test Automation Engineer', weight: 2, ladder: 'engineering' },
        ],
        bio: { focus: ['end-to-end test suites', 'release quality', 'our test automation framework'] },
      },
    ],
  },
  {
    name: 'Product', weight: 5, minCompanySize: 8, headTitle: 'VP Product',
    managerTitles: ['Group Product Manager', 'Director of Product'],
    roles: [
      { title: 'Product Manager', weight: 6, ladder: 'professional' },
      { title: 'Technical Product Manager', weight: 2, ladder: 'professional' },
      { title: 'Product Operations Specialist', weight: 1, ladder: 'flat' },
    ],
    bio: {
      focus: ['the onboarding experience', 'team discovery and matching', 'our roadmap for search', 'notifications and digests', 'the admin console', 'pricing and packaging'],
      topics: ['user interviews', 'writing good specs', 'roadmapping', 'experiment design', 'saying no to features'],
      backgrounds: ['was a software engineer', 'ran a small SaaS business', 'worked in management consulting', 'led product at a travel start-up'],
    },
    children: [
      { name: 'Core Product', weight: 2, minCompanySize: 1000, headTitle: 'Director of Product, Core' },
      { name: 'Growth', weight: 1, minCompanySize: 1000, headTitle: 'Director of Product, Growth', bio: { focus: ['activation and retention', 'sign-up funnels', 'growth experiments'] } },
      { name: 'Product Operations', weight: 1, minCompanySize: 5000, headTitle: 'Head of Product Operations' },
    ],
  },
  {
    name: 'Sales', weight: 15, minCompanySize: 10, headTitle: 'VP Sales',
    managerTitles: ['Sales Manager', 'Regional Sales Director'],
    roles: [
      { title: 'Account Executive', weight: 5, ladder: 'flat' },
      { title: 'Enterprise Account Executive', weight: 2, ladder: 'flat' },
      { title: 'Sales Development Representative', weight: 4, ladder: 'flat' },
      { title: 'Solutions Engineer', weight: 2, ladder: 'flat' },
    ],
    bio: {
      focus: ['enterprise accounts in financial services', 'new business in the public sector', 'mid-market customers', 'our partner channel', 'renewals with our largest customers'],
      topics: ['negotiation', 'discovery calls', 'building a pipeline', 'procurement processes'],
      backgrounds: ['sold software to hospitals', 'worked in recruitment', 'was a professional rugby player', 'ran sales at a logistics start-up'],
    },
    children: [
      { name: 'Sales North America', weight: 4, minCompanySize: 300, headTitle: 'VP Sales, North America', offices: ['New York, United States', 'San Francisco, United States', 'Toronto, Canada', 'Remote'] },
      { name: 'Sales EMEA', weight: 3, minCompanySize: 300, headTitle: 'VP Sales, EMEA', offices: ['London, United Kingdom', 'Berlin, Germany', 'Paris, France', 'Amsterdam, Netherlands', 'Stockholm, Sweden', 'Lagos, Nigeria'] },
      { name: 'Sales APAC', weight: 2, minCompanySize: 500, headTitle: 'VP Sales, APAC', offices: ['Singapore', 'Tokyo, Japan', 'Bengaluru, India'] },
      { name: 'Sales LATAM', weight: 1, minCompanySize: 2000, headTitle: 'Head of Sales, LATAM', offices: ['São Paulo, Brazil', 'Remote'] },
      {
        name: 'Sales Operations', weight: 1, minCompanySize: 1000, headTitle: 'Director of Sales Operations',
        roles: [
          { title: 'Sales Operations Analyst', weight: 3, ladder: 'professional' },
          { title: 'CRM Administrator', weight: 1, ladder: 'flat' },
        ],
        bio: { focus: ['our CRM and forecasting', 'territory planning', 'sales compensation plans'] },
      },
    ],
  },
  {
    name: 'Design', weight: 4, minCompanySize: 15, headTitle: 'VP Design',
    managerTitles: ['Design Manager', 'Director of Design'],
    roles: [
      { title: 'Product Designer', weight: 6, ladder: 'professional' },
      { title: 'UX Researcher', weight: 2, ladder: 'professional' },
      { title: 'Content Designer', weight: 1, ladder: 'professional' },
      { title: 'Visual Designer', weight: 1, ladder: 'professional' },
    ],
    bio: {
      focus: ['the profile page redesign', 'our design system', 'the mobile onboarding flow', 'research with new employees', 'the search results experience'],
      topics: ['design critiques', 'accessible colour palettes', 'usability testing', 'typography', 'Figma plugins'],
      backgrounds: ['was an architect', 'designed museum exhibitions', 'worked at a branding agency', 'studied cognitive psychology'],
    },
    children: [
      { name: 'Product Design', weight: 3, minCompanySize: 1000 },
      { name: 'UX Research', weight: 1, minCompanySize: 1000, headTitle: 'Head of UX Research', roles: [{ title: 'UX Researcher', weight: 1, ladder: 'professional' }] },
      { name: 'Design Systems', weight: 1, minCompanySize: 2000, headTitle: 'Head of Design Systems' },
    ],
  },
  {
    name: 'Marketing', weight: 7, minCompanySize: 15, headTitle: 'VP Marketing',
    managerTitles: ['Marketing Manager', 'Director of Marketing'],
    roles: [
      { title: 'Product Marketing Manager', weight: 3, ladder: 'flat' },
      { title: 'Content Marketer', weight: 3, ladder: 'professional' },
      { title: 'Growth Marketer', weight: 2, ladder: 'professional' },
      { title: 'Brand Designer', weight: 1, ladder: 'professional' },
      { title: 'Marketing Operations Specialist', weight: 1, ladder: 'flat' },
      { title: 'Events Manager', weight: 1, ladder: 'flat' },
    ],
    bio: {
      focus: ['our customer stories', 'the company blog and newsletter', 'launch campaigns', 'paid acquisition', 'our annual conference', 'the brand refresh'],
      topics: ['storytelling', 'SEO', 'landing page experiments', 'event planning', 'brand voice'],
      backgrounds: ['was a journalist', 'worked at an advertising agency', 'ran social media for a football club', 'managed a bookshop'],
    },
    children: [
      { name: 'Brand', weight: 1, minCompanySize: 1000, headTitle: 'Head of Brand' },
      { name: 'Growth Marketing', weight: 2, minCompanySize: 1000, headTitle: 'Head of Growth Marketing' },
      { name: 'Product Marketing', weight: 2, minCompanySize: 1000, headTitle: 'Head of Product Marketing' },
      { name: 'Events', weight: 1, minCompanySize: 5000, headTitle: 'Head of Events' },
    ],
  },
  {
    name: 'Customer Success', weight: 10, minCompanySize: 20, headTitle: 'VP Customer Success',
    managerTitles: ['Customer Success Team Lead', 'Director of Customer Success'],
    roles: [
      { title: 'Customer Success Manager', weight: 4, ladder: 'flat' },
      { title: 'Support Engineer', weight: 3, ladder: 'professional' },
      { title: 'Customer Support Specialist', weight: 4, ladder: 'flat' },
      { title: 'Onboarding Specialist', weight: 2, ladder: 'flat' },
      { title: 'Technical Account Manager', weight: 1, ladder: 'flat' },
    ],
    bio: {
      focus: ['onboarding our largest customers', 'the help centre', 'customer health scores', 'support for customers in Europe', 'rollouts of single sign-on'],
      topics: ['writing help articles', 'de-escalating tricky tickets', 'customer onboarding', 'support tooling'],
      backgrounds: ['worked in hospitality', 'was a primary school teacher', 'ran IT support at a university', 'worked at a call centre'],
    },
    children: [
      { name: 'Customer Support', weight: 3, minCompanySize: 400, headTitle: 'Director of Customer Support' },
      { name: 'Customer Onboarding', weight: 2, minCompanySize: 400, headTitle: 'Director of Customer Onboarding' },
      { name: 'Technical Account Management', weight: 1, minCompanySize: 2000, headTitle: 'Head of Technical Account Management' },
    ],
  },
  {
    name: 'Operations', weight: 5, minCompanySize: 25, headTitle: 'VP Operations',
    managerTitles: ['Operations Manager', 'Senior Operations Manager'],
    roles: [
      { title: 'IT Support Specialist', weight: 3, ladder: 'flat' },
      { title: 'Systems Administrator', weight: 2, ladder: 'flat' },
      { title: 'Workplace Coordinator', weight: 2, ladder: 'flat' },
      { title: 'Business Operations Analyst', weight: 2, ladder: 'professional' },
    ],
    bio: {
      focus: ['laptops and accounts for new starters', 'our offices and workplace', 'the internal tools we buy', 'vendor contracts and renewals'],
      topics: ['mechanical keyboards', 'office design', 'automating boring admin', 'device management'],
      backgrounds: ['ran IT for a chain of clinics', 'managed a co-working space', 'worked in supply chain at a retailer'],
    },
    children: [
      {
        name: 'IT', weight: 2, minCompanySize: 200, headTitle: 'Head of IT',
        managerTitles: ['IT Manager', 'Senior IT Manager'],
        roles: [
          { title: 'IT Support Specialist', weight: 3, ladder: 'flat' },
          { title: 'Systems Administrator', weight: 2, ladder: 'flat' },
          { title: 'IT Engineer', weight: 1, ladder: 'professional' },
        ],
        bio: { focus: ['laptops and accounts for new starters', 'single sign-on for internal tools', 'device management', 'the service desk'] },
      },
      {
        name: 'Workplace', weight: 1, minCompanySize: 500, headTitle: 'Head of Workplace',
        roles: [{ title: 'Workplace Coordinator', weight: 3, ladder: 'flat' }, { title: 'Facilities Manager', weight: 1, ladder: 'flat' }],
        bio: { focus: ['our offices and workplace', 'office moves and refurbishments', 'team events and catering'] },
      },
      { name: 'Business Operations', weight: 1, minCompanySize: 1000, headTitle: 'Head of Business Operations', roles: [{ title: 'Business Operations Analyst', weight: 1, ladder: 'professional' }] },
      { name: 'Data Centre Operations', weight: 1, minCompanySize: 20000, headTitle: 'Head of Data Centre Operations', offices: DATA_CENTRE_OFFICES, roles: [{ title: 'Data Centre Technician', weight: 1, ladder: 'flat' }], bio: { focus: ['our data centre capacity', 'hardware lifecycle and spares'] } },
    ],
  },
  {
    name: 'People', weight: 4, minCompanySize: 30, headTitle: 'VP People', grantsHrRole: true,
    managerTitles: ['People Team Manager', 'Director of People'],
    roles: [
      { title: 'HR Business Partner', weight: 3, ladder: 'flat' },
      { title: 'Recruiter', weight: 3, ladder: 'professional' },
      { title: 'Technical Recruiter', weight: 2, ladder: 'flat' },
      { title: 'People Operations Specialist', weight: 2, ladder: 'flat' },
      { title: 'Learning & Development Specialist', weight: 1, ladder: 'flat' },
      { title: 'Compensation Analyst', weight: 1, ladder: 'professional' },
    ],
    bio: {
      focus: ['hiring for the engineering teams', 'performance reviews and promotions', 'our onboarding programme', 'compensation and benefits', 'manager training', 'employee engagement surveys'],
      topics: ['inclusive hiring', 'career ladders', 'giving feedback', 'remote onboarding', 'parental leave policies'],
      backgrounds: ['was an employment lawyer', 'ran recruiting at an agency', 'worked in HR at a hospital trust', 'was a secondary school counsellor'],
    },
    children: [
      { name: 'Talent Acquisition', weight: 3, minCompanySize: 500, headTitle: 'Head of Talent Acquisition', roles: [{ title: 'Recruiter', weight: 3, ladder: 'professional' }, { title: 'Technical Recruiter', weight: 2, ladder: 'flat' }, { title: 'Recruiting Coordinator', weight: 1, ladder: 'flat' }] },
      { name: 'People Operations', weight: 2, minCompanySize: 500, headTitle: 'Head of People Operations' },
      { name: 'Learning & Development', weight: 1, minCompanySize: 2000, headTitle: 'Head of Learning & Development' },
    ],
  },
  {
    name: 'Finance', weight: 4, minCompanySize: 35, headTitle: 'Chief Financial Officer',
    managerTitles: ['Finance Manager', 'Financial Controller'],
    roles: [
      { title: 'Financial Analyst', weight: 3, ladder: 'professional' },
      { title: 'Accountant', weight: 3, ladder: 'professional' },
      { title: 'Payroll Specialist', weight: 1, ladder: 'flat' },
      { title: 'Procurement Specialist', weight: 1, ladder: 'flat' },
      { title: 'Tax Analyst', weight: 1, ladder: 'professional' },
    ],
    bio: {
      focus: ['the monthly close', 'budgeting and forecasting', 'payroll across our countries', 'supplier payments', 'revenue reporting'],
      topics: ['spreadsheets that don’t break', 'unit economics', 'audit preparation', 'expense policies'],
      backgrounds: ['trained as an accountant at a big-four firm', 'worked in corporate banking', 'was a financial journalist'],
    },
    children: [
      { name: 'Accounting', weight: 2, minCompanySize: 1000, headTitle: 'Head of Accounting' },
      { name: 'FP&A', weight: 1, minCompanySize: 1000, headTitle: 'Head of FP&A' },
      { name: 'Procurement', weight: 1, minCompanySize: 3000, headTitle: 'Head of Procurement' },
      { name: 'Tax', weight: 1, minCompanySize: 5000, headTitle: 'Head of Tax' },
    ],
  },
  {
    name: 'Data', weight: 6, minCompanySize: 50, headTitle: 'VP Data',
    managerTitles: ['Data Science Manager', 'Director of Data Science'],
    roles: [
      { title: 'Data Engineer', weight: 3, ladder: 'engineering' },
      { title: 'Data Scientist', weight: 3, ladder: 'engineering' },
      { title: 'Data Analyst', weight: 3, ladder: 'professional' },
      { title: 'Machine Learning Engineer', weight: 2, ladder: 'engineering' },
      { title: 'Analytics Engineer', weight: 1, ladder: 'engineering' },
    ],
    bio: {
      focus: ['the data warehouse', 'recommendations for people and teams', 'our experimentation platform', 'product analytics dashboards', 'the skills taxonomy'],
      topics: ['SQL', 'causal inference', 'dbt', 'embeddings and search relevance', 'data visualisation'],
      backgrounds: ['was a research physicist', 'worked on fraud models at a bank', 'did a PhD in statistics', 'analysed elections for a newspaper'],
    },
    children: [
      { name: 'Analytics', weight: 2, minCompanySize: 500, headTitle: 'Head of Analytics' },
      { name: 'Machine Learning', weight: 2, minCompanySize: 500, headTitle: 'Head of Machine Learning', roles: [{ title: 'Machine Learning Engineer', weight: 2, ladder: 'engineering' }, { title: 'Data Scientist', weight: 1, ladder: 'engineering' }] },
      { name: 'Data Platform', weight: 1, minCompanySize: 2000, headTitle: 'Head of Data Platform', roles: [{ title: 'Data Engineer', weight: 1, ladder: 'engineering' }] },
    ],
  },
  {
    name: 'Legal', weight: 2, minCompanySize: 60, headTitle: 'General Counsel',
    managerTitles: ['Legal Manager', 'Deputy General Counsel'],
    roles: [
      { title: 'Corporate Counsel', weight: 3, ladder: 'flat' },
      { title: 'Privacy Counsel', weight: 1, ladder: 'flat' },
      { title: 'Paralegal', weight: 2, ladder: 'flat' },
      { title: 'Contracts Manager', weight: 2, ladder: 'flat' },
      { title: 'Compliance Analyst', weight: 1, ladder: 'professional' },
    ],
    bio: {
      focus: ['customer contracts', 'privacy and data protection', 'employment law across our countries', 'intellectual property', 'our compliance certifications'],
      topics: ['GDPR', 'plain-language contracts', 'open-source licences', 'negotiating with procurement teams'],
      backgrounds: ['practised at a law firm in the City', 'worked for a data protection regulator', 'was in-house counsel at a media company'],
    },
    children: [
      { name: 'Commercial Legal', weight: 2, minCompanySize: 3000, headTitle: 'Head of Commercial Legal' },
      { name: 'Privacy & Compliance', weight: 1, minCompanySize: 3000, headTitle: 'Head of Privacy & Compliance' },
    ],
  },
];
