import { describe, expect, it } from 'vitest';
import { shortenAddress, summarizeUserAgent } from './device-summary.js';

describe('how a session’s device is described', () => {
  it('names the browser and system of common user agents, the specific browser first', () => {
    const cases: [string, string][] = [
      [
        'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
        'Safari on iPhone',
      ],
      [
        'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36 Edg/130.0.0.0',
        'Edge on Windows',
      ],
      [
        'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36',
        'Chrome on Mac',
      ],
      [
        'Mozilla/5.0 (Android 14; Mobile; rv:133.0) Gecko/133.0 Firefox/133.0',
        'Firefox on Android',
      ],
    ];
    for (const [agent, summary] of cases) expect(summarizeUserAgent(agent)).toBe(summary);
  });

  it('says so plainly when it cannot tell', () => {
    expect(summarizeUserAgent(null)).toBe('Unknown browser');
    expect(summarizeUserAgent('curl/8.5.0')).toBe('Unknown browser');
  });

  it('keeps only the network part of an address', () => {
    expect(shortenAddress('203.0.113.77')).toBe('203.0.113.x');
    expect(shortenAddress('::ffff:198.51.100.4')).toBe('198.51.100.x');
    expect(shortenAddress('2001:db8:abcd:12::1')).toBe('2001:db8:abcd::/48');
    expect(shortenAddress('2001:db8::1')).toBe('2001:db8:0::/48');
    expect(shortenAddress('not an address')).toBeNull();
    expect(shortenAddress(null)).toBeNull();
  });
});
