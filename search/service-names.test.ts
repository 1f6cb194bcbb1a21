import { describe, expect, it } from 'vitest';
import { ServiceNames } from './service-names.js';

describe('ServiceNames', () => {
  const names = new ServiceNames();
  names.set('stripe', 'Stripe API', 'https://api.stripe.com/');
  names.set('google_calendar', 'Calendar API', 'https://www.googleapis.com/calendar/v3');
  names.set('gmail', 'Gmail API', 'https://gmail.googleapis.com/');
  names.set('google_drive', 'Drive API', 'https://www.googleapis.com/drive/v3');
  names.set('google_sheets', 'Google Sheets API', 'https://sheets.googleapis.com/');
  names.set('youtube', 'YouTube Data API v3', 'https://youtube.googleapis.com/');

  it('recognises a service named by a rare word', () => {
    expect(names.named('refund that charge on Stripe')).toEqual(['stripe']);
    expect(names.named('book lunch in my calendar')).toEqual(['google_calendar']);
  });

  it('needs more than a word many sources share', () => {
    expect(names.named('something at google')).toEqual([]);
    expect(names.named('add a row to my google sheet')).toEqual([]);
    expect(names.named('add a row to google sheets')[0]).toBe('google_sheets');
  });

  it('does not split brand names into common words', () => {
    expect(names.named('can you show me what you have')).toEqual([]);
    expect(names.named('upload it to youtube')).toEqual(['youtube']);
  });

  it('forgets a deleted source', () => {
    const local = new ServiceNames();
    local.set('stripe', 'Stripe API');
    local.delete('stripe');
    expect(local.named('stripe refund')).toEqual([]);
  });
});
