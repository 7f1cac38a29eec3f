/**
 * What the portal publishes to everyone (ACC-13, WD-34): news, maintenance notices, legal
 * information, the system's software and training materials. Each kind's address segment is the
 * one its public list answers at (`/api/v1/portal/<segment>`) and its page has in the web app.
 */
export const contentKinds = ['news', 'notice', 'legal', 'software', 'training'] as const;
export type ContentKind = (typeof contentKinds)[number];

export const segmentOf: Record<ContentKind, string> = {
  news: 'news',
  notice: 'notices',
  legal: 'legal',
  software: 'software',
  training: 'training',
};

/** Kinds that carry a file: software must have one to be published, training may. */
export const kindsWithFile: readonly ContentKind[] = ['software', 'training'];
