import type { AgreementCategory } from './content.js';

/**
 * Starting points a couple can take and change, never rules handed down. Written for Amend.
 * Transparency measures (devices, whereabouts, accounts) come with a sunset path, because they
 * are meant to relax as trust returns; every step is again agreed by both. Nothing here watches
 * anyone: each measure is something a partner does, openly, by choice.
 */
export interface AgreementTemplate {
  readonly id: string;
  readonly category: AgreementCategory;
  readonly title: string;
  readonly practice: string;
  /** A suggested first review, in days from the day it is proposed. */
  readonly reviewAfterDays: number;
  readonly sunsetSteps: readonly string[];
}

export const AGREEMENT_TEMPLATES: readonly AgreementTemplate[] = [
  {
    id: 'no-contact',
    category: 'affair_partner_contact',
    title: 'No contact with the affair partner',
    practice:
      'No messages, calls, meetings or replies to the affair partner, in any app or in person. If they get in touch, I tell you the same day, before you have to ask, and I show you what they sent if you want to see it.',
    reviewAfterDays: 90,
    sunsetSteps: [],
  },
  {
    id: 'unavoidable-contact',
    category: 'affair_partner_contact',
    title: 'When contact cannot be avoided',
    practice:
      'Where we cannot avoid the affair partner (work, a shared school run), contact stays brief and about that task only. I tell you when it happened and what was said, and we look together for ways to need it less.',
    reviewAfterDays: 60,
    sunsetSteps: [],
  },
  {
    id: 'open-phone',
    category: 'devices_passwords',
    title: 'My phone is open to you',
    practice:
      'You may look at my phone when you ask, and I hand it over without fuss. I do not delete messages or use hidden apps. I offer this freely; it is not something you have to take.',
    reviewAfterDays: 60,
    sunsetSteps: [
      'You ask before looking, and we talk about what prompted the wish to look.',
      'Looking only when something specific worries you, and we talk about it first.',
      'No looking; I keep telling you about anything that would matter to you.',
    ],
  },
  {
    id: 'shared-passwords',
    category: 'devices_passwords',
    title: 'Passwords we both know',
    practice:
      'You know the passwords to my phone, e-mail and messaging accounts. If I change one, I tell you the new one the same day.',
    reviewAfterDays: 90,
    sunsetSteps: [
      'Passwords stay shared, and we agree neither of us uses them without saying so.',
      'Each of us keeps our own passwords again, with the promise to show if asked.',
    ],
  },
  {
    id: 'where-i-am',
    category: 'whereabouts_time',
    title: 'You know where I am',
    practice:
      'When plans change or I will be late, I tell you before, not after. If you would like to, I share my location with you in a way you can see and I can see is on.',
    reviewAfterDays: 60,
    sunsetSteps: [
      'Location sharing goes off; I still tell you when plans change.',
      'We keep each other posted the way most couples do, without special rules.',
    ],
  },
  {
    id: 'evenings-away',
    category: 'whereabouts_time',
    title: 'Evenings and trips away',
    practice:
      'Before an evening out or a trip, I tell you who will be there and when I expect to be back, and I answer if you message me.',
    reviewAfterDays: 90,
    sunsetSteps: ['I tell you the plan; answering while I am out is welcome, not required.'],
  },
  {
    id: 'open-accounts',
    category: 'social_media',
    title: 'Social media in the open',
    practice:
      'No secret or second accounts. I remove or block the affair partner everywhere. You may see my accounts and messages there if you ask.',
    reviewAfterDays: 90,
    sunsetSteps: ['The affair partner stays blocked; the rest of my accounts are mine again.'],
  },
  {
    id: 'dating-apps',
    category: 'social_media',
    title: 'No dating or hook-up apps',
    practice:
      'Neither of us has a dating or hook-up app or profile. If one exists, it is deleted today, together if you want to see it happen.',
    reviewAfterDays: 180,
    sunsetSteps: [],
  },
  {
    id: 'money-visible',
    category: 'money',
    title: 'Money we can both see',
    practice:
      'Our spending is visible to both of us. Anything spent on the affair is named, and no new accounts or cards are opened without the other knowing.',
    reviewAfterDays: 90,
    sunsetSteps: ['We look at our spending together once a month instead of at any time.'],
  },
  {
    id: 'friends-who-knew',
    category: 'friendships_contact',
    title: 'Friendships that covered for the affair',
    practice:
      'I step back from friends who helped keep the affair secret, and we decide together whether and how to see them again.',
    reviewAfterDays: 120,
    sunsetSteps: [],
  },
  {
    id: 'close-friendships',
    category: 'friendships_contact',
    title: 'Care in close friendships',
    practice:
      'With someone I could be drawn to, I keep to group settings and do not share things about us that I would not share in front of you. If a friendship starts to feel like more, I tell you.',
    reviewAfterDays: 120,
    sunsetSteps: [],
  },
  {
    id: 'weekly-time',
    category: 'time_together',
    title: 'Time for us every week',
    practice:
      'One evening or afternoon a week is for the two of us, phones away. We take turns choosing what to do, and we do not use it to go over the affair unless we both want to.',
    reviewAfterDays: 60,
    sunsetSteps: [],
  },
  {
    id: 'hard-talks',
    category: 'time_together',
    title: 'A time for hard conversations',
    practice:
      'Hard conversations about the affair happen at an agreed time, not late at night. Either of us can pause one and we come back to it within a day.',
    reviewAfterDays: 60,
    sunsetSteps: [],
  },
  {
    id: 'tell-first',
    category: 'other',
    title: 'Telling before being asked',
    practice:
      'If something happens that you would want to know (a message, a meeting, a memory of something I have not told you), I tell you first, even when it is hard.',
    reviewAfterDays: 90,
    sunsetSteps: [],
  },
];
