import { describe, expect, it } from 'vitest';
import { findSensitiveWords, NEUTRAL_APP_NAME } from '../safety/discreet-wording.js';
import { isNotificationKind, NOTIFICATION_KINDS, notificationOutsideMessage } from './index.js';

describe('notification wording outside the app', () => {
  it('never says what happened, for every kind', () => {
    for (const kind of NOTIFICATION_KINDS) {
      const discreet = notificationOutsideMessage(kind, true);
      expect(findSensitiveWords(`${discreet.title} ${discreet.body}`)).toEqual([]);
      const plain = notificationOutsideMessage(kind, false);
      expect(`${plain.title} ${plain.body}`).not.toMatch(/agreement|partner/i);
    }
  });

  it('uses the neutral name in discreet mode', () => {
    const message = notificationOutsideMessage('agreement.proposed', true);
    expect(message.title).toContain(NEUTRAL_APP_NAME);
    expect(`${message.title} ${message.body}`).not.toContain('Amend');
  });

  it('knows its kinds', () => {
    expect(isNotificationKind('agreement.ended')).toBe(true);
    expect(isNotificationKind('agreement.deleted')).toBe(false);
  });
});
