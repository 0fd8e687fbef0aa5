import { describe, expect, it } from 'vitest';
import { findSensitiveWords } from '../safety/discreet-wording.js';
import {
  defaultReminderPreferences,
  REMINDER_KINDS,
  reminderMessage,
  reminderPreferenceProblems,
  updateMessage,
} from './preferences.js';

describe('reminder preferences', () => {
  it('start with nothing sent outside the app, quiet at night, and are valid', () => {
    const preferences = defaultReminderPreferences('Europe/Berlin');
    expect(reminderPreferenceProblems(preferences)).toEqual([]);
    expect(preferences.channels.weekly_checkin).toEqual({ email: false, push: false });
    expect(preferences.updates).toEqual({ email: false, push: false });
  });

  it('name every field that is out of range', () => {
    const preferences = {
      ...defaultReminderPreferences('Mars/Olympus'),
      quietHours: { startMinute: 1440, endMinute: 0 },
      checkinTime: { weekday: 0, minuteOfDay: 60 },
      meetingTime: { weekday: 3, minuteOfDay: 12.5 },
      dateReminderMinute: -1,
      sessionLeadMinutes: 100_000,
    };
    expect(reminderPreferenceProblems(preferences)).toEqual([
      'timeZone',
      'quietHours',
      'checkinTime',
      'meetingTime',
      'dateReminderMinute',
      'sessionLeadMinutes',
    ]);
  });
});

describe('words sent outside the app', () => {
  it('say nothing sensitive; in discreet mode not even the app name', () => {
    for (const kind of REMINDER_KINDS) {
      const open = reminderMessage(kind, false);
      expect(findSensitiveWords(`${open.title} ${open.body}`)).toEqual(['amend']);
      const discreet = reminderMessage(kind, true);
      expect(findSensitiveWords(`${discreet.title} ${discreet.body}`)).toEqual([]);
    }
    expect(updateMessage(false).title).toBe('You have an update in Amend');
    const discreet = updateMessage(true);
    expect(findSensitiveWords(`${discreet.title} ${discreet.body}`)).toEqual([]);
  });
});
