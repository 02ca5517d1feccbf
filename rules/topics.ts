/**
 * Points that say the same thing in different ways are variants of one topic, each worded for
 * the answers that call for it (a surgeon already certified by the right board is asked to
 * confirm it, not to ask again). At most one point of a topic is ever on a summary: a property
 * test checks it over generated answers.
 */
export const TOPICS = [
  'board',
  'facility',
  'leg-swelling',
  'clot-risk',
  'medicines',
  'calf-muscle',
  'device-appeal',
  'recovery',
  'weight-plans',
  'pregnancy',
  'expectations',
  'veins',
] as const;

export type TopicId = (typeof TOPICS)[number];
