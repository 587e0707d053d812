import { COMPANIES, random } from './dataset.js';

// LinkedIn's Connections.csv at its cap of 30,000 connections, in the shape of the
// real export: the notes above the header, CRLF, quoted commas, any script, most
// e-mails empty (LinkedIn leaves them out unless people allow it).

const FIRST = [
  'Jane',
  'Raj',
  'Zoë',
  'José',
  'Chen',
  'Алексей',
  '小明',
  'محمد',
  'Kim',
  'Ana',
  'Omar',
  'Sofia',
];
const LAST = [
  'Doe',
  'Patel',
  'Martin-Lefèvre',
  'Ñúñez',
  'Wei',
  'Смирнов',
  '王',
  'العلي',
  'Lee',
  'Silva',
  'Haddad',
];
const SUFFIX = ['Inc.', 'GmbH', 'Ltd', 'Analytics', 'Health', 'Labs', 'Group'];
const POSITIONS = [
  'Recruiter',
  'Data Engineer',
  'Talent Acquisition Partner, EMEA',
  'Hiring Manager',
  'CTO',
  'Product Manager',
];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const quoted = (text: string) => (/[",]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

/** A Connections.csv of `count` people, about 4 MB at 30,000; the same text for the same seed. */
export function linkedInExport(count: number, seed = 7): string {
  const rnd = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)] as T;
  const lines = [
    'Notes:',
    '"When exporting your connection data, you may notice that some of the email addresses are missing. You will only see email addresses for connections who have allowed their connections to see or download their email address using this setting https://www.linkedin.com/psettings/privacy/email. You can learn more here https://www.linkedin.com/help/linkedin/answer/261"',
    '',
    'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
  ];
  for (let i = 0; i < count; i++) {
    const first = pick(FIRST);
    const last = pick(LAST);
    // About 15,000 companies, as a long career's network has.
    const company = `${pick(COMPANIES)} ${Math.floor(rnd() * 300)}, ${pick(SUFFIX)}`;
    const email = rnd() < 0.15 ? `person${i}@mail.example` : '';
    const day = String(1 + Math.floor(rnd() * 28)).padStart(2, '0');
    const connected = `${day} ${pick(MONTHS)} ${2010 + Math.floor(rnd() * 16)}`;
    lines.push(
      [
        first,
        last,
        `https://www.linkedin.com/in/member-${i}`,
        email,
        company,
        pick(POSITIONS),
        connected,
      ]
        .map(quoted)
        .join(','),
    );
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
