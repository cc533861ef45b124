import { beforeEach, describe, expect, it } from 'vitest';
import { rememberLanguage } from '../../renderer/src/i18n';
import { startLanguage } from '../../renderer/src/i18n/start-language';

/** Issue 12 item 6: the UI language at first start follows the browser's or the OS's, unless the user chose one. */

const browser = (locale: string) => ({ host: 'browser' as const, locale });
const electron = (locale: string) => ({ host: 'electron' as const, locale });

beforeEach(() => localStorage.clear());

describe('the language at start', () => {
  it("in the browser host follows the browser's preferred languages, not the host process's locale", () => {
    expect(startLanguage({ host: browser('en-US'), browserLanguages: ['ko-KR', 'en-US'] })).toBe('ko');
    expect(startLanguage({ host: browser('ko_KR.UTF-8'), browserLanguages: ['en-GB', 'ko'] })).toBe('en');
    // The first preferred language the UI has: Korean after French.
    expect(startLanguage({ host: browser('en-US'), browserLanguages: ['fr-FR', 'ko'] })).toBe('ko');
    expect(startLanguage({ host: browser('ko-KR'), browserLanguages: ['fr-FR', 'de'] })).toBe('en');
    // No browser languages at all: the host's locale is all there is.
    expect(startLanguage({ host: browser('ko-KR'), browserLanguages: [] })).toBe('ko');
  });

  it("in the desktop app follows the OS's locale (Electron's app locale)", () => {
    expect(startLanguage({ host: electron('ko-KR'), browserLanguages: ['en-US'] })).toBe('ko');
    expect(startLanguage({ host: electron('en-US'), browserLanguages: ['ko-KR'] })).toBe('en');
    expect(startLanguage({ host: null, browserLanguages: ['ko-KR'] })).toBe('ko');
  });

  it('keeps the language the user chose with the switch, whatever the locale', () => {
    rememberLanguage('en');
    expect(startLanguage({ host: electron('ko-KR'), browserLanguages: ['ko-KR'] })).toBe('en');
    rememberLanguage('ko');
    expect(startLanguage({ host: browser('en-US'), browserLanguages: ['en-US'] })).toBe('ko');
  });
});
