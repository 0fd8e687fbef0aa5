import { isIP } from 'node:net';

// Checked in order: several browsers name others in their user agent (Edge says Chrome and
// Safari, Chrome says Safari), so the more specific names come first.
const BROWSERS: readonly [RegExp, string][] = [
  [/\bEdg(?:e|A|iOS)?\//, 'Edge'],
  [/\b(?:OPR|Opera)\//, 'Opera'],
  [/\bSamsungBrowser\//, 'Samsung Internet'],
  [/\b(?:Firefox|FxiOS)\//, 'Firefox'],
  [/\b(?:Chrome|CriOS|Chromium)\//, 'Chrome'],
  [/\bVersion\/[\d.]+.*Safari\//, 'Safari'],
];

const SYSTEMS: readonly [RegExp, string][] = [
  [/\b(?:iPhone|iPod)\b/, 'iPhone'],
  [/\biPad\b/, 'iPad'],
  [/\bAndroid\b/, 'Android'],
  [/\bCrOS\b/, 'ChromeOS'],
  [/\bWindows\b/, 'Windows'],
  [/\bMac OS X\b|\bMacintosh\b/, 'Mac'],
  [/\bLinux\b/, 'Linux'],
];

/**
 * "Firefox on Linux", for the list of sessions: enough to recognise one's own devices, without
 * keeping a fingerprint. Anything unrecognised is described plainly rather than guessed at.
 */
export function summarizeUserAgent(userAgent: string | null): string {
  if (!userAgent) return 'Unknown browser';
  const browser = BROWSERS.find(([pattern]) => pattern.test(userAgent))?.[1];
  const system = SYSTEMS.find(([pattern]) => pattern.test(userAgent))?.[1];
  if (browser && system) return `${browser} on ${system}`;
  if (browser) return browser;
  if (system) return `A browser on ${system}`;
  return 'Unknown browser';
}

/**
 * The network part of an address only (203.0.113.x, 2001:db8:1234::/48): enough for someone to
 * tell home from elsewhere, not enough to pin down a household.
 */
export function shortenAddress(ipAddress: string | null): string | null {
  if (!ipAddress) return null;
  const mapped = ipAddress.replace(/^::ffff:/i, '');
  if (isIP(mapped) === 4) return `${mapped.split('.').slice(0, 3).join('.')}.x`;
  if (isIP(mapped) === 6) {
    const groups = expandIpv6(mapped).slice(0, 3);
    return `${groups.join(':')}::/48`;
  }
  return null;
}

function expandIpv6(address: string): string[] {
  const [head = '', tail = ''] = address.split('::');
  const headGroups = head ? head.split(':') : [];
  const tailGroups = tail ? tail.split(':') : [];
  const missing = 8 - headGroups.length - tailGroups.length;
  return [...headGroups, ...Array<string>(Math.max(0, missing)).fill('0'), ...tailGroups].map(
    (group) => group.replace(/^0+(?=.)/, '').toLowerCase(),
  );
}
