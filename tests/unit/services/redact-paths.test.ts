import { describe, expect, it } from 'vitest';
import { createPathRedactor } from '../../../electron/services/redact-paths';

const roots = [
  { dir: '/srv/ws', label: '' },
  { dir: '/opt/app/data', label: 'bundled data' },
];

describe('paths in error replies', () => {
  const redact = createPathRedactor(roots, true);

  it('names files under the workspace relative to it, and under the bundled data by that name', () => {
    expect(redact('/srv/ws/sub/x.sewb: no such file')).toBe('sub/x.sewb: no such file');
    expect(redact("EACCES: permission denied, open '/srv/ws/.x.sewb.0123456789ab.tmp'")).toBe(
      "EACCES: permission denied, open '.x.sewb.0123456789ab.tmp'",
    );
    expect(redact('no bundled scenario "q" (/opt/app/data/scenarios/q.sewb)')).toBe(
      'no bundled scenario "q" (bundled data/scenarios/q.sewb)',
    );
    expect(redact('dir: /srv/ws: is a file')).toBe('dir: .: is a file');
  });

  it('a folder that only shares the prefix is not the workspace, and shows only its last part', () => {
    expect(redact('path: /srv/ws-evil/y.sewb: outside')).toBe('path: …/y.sewb: outside');
  });

  it('any other absolute path (temp folder, /etc, Windows) shows only its last part', () => {
    expect(redact('path: /etc/passwd: outside the folders this host may read')).toBe(
      'path: …/passwd: outside the folders this host may read',
    );
    expect(redact('could not write C:\\Users\\me\\x.pdf (EIO)')).toBe('could not write …/x.pdf (EIO)');
    expect(redact('see /tmp/sewb-123/a.sewb b')).toBe('see …/a.sewb b');
  });

  it('keeps other paths where asked (the desktop app shows the files the user picked)', () => {
    const desktop = createPathRedactor(roots, false);
    expect(desktop('/home/me/x.sewb: no such file (/opt/app/data/x)')).toBe(
      '/home/me/x.sewb: no such file (bundled data/x)',
    );
  });
});
