/**
 * Proactive disclosures: the involved partner's "I'm telling you before you ask". What it is
 * about decides whether it is also an incident (the relapse metric's record): contact from the
 * affair partner, a new affair, a lie or a broken agreement are incidents, and a disclosure of
 * one is recorded as that incident, disclosed proactively, in the same step. It is then counted
 * once, as an incident, by the relapse metric, and never again from the disclosure. Something
 * else the partner should know is a disclosure only.
 */
export const DISCLOSURE_TOPICS = [
  'contact',
  'new_affair',
  'lie',
  'broken_agreement',
  'something_else',
] as const;
export type DisclosureTopic = (typeof DISCLOSURE_TOPICS)[number];

export function isDisclosureTopic(value: string): value is DisclosureTopic {
  return (DISCLOSURE_TOPICS as readonly string[]).includes(value);
}

export type IncidentKindOfDisclosure = Exclude<DisclosureTopic, 'something_else'>;

/** The incident a disclosure records, or null when it is about something that is not one. */
export function incidentKindOfDisclosure(topic: DisclosureTopic): IncidentKindOfDisclosure | null {
  return topic === 'something_else' ? null : topic;
}
