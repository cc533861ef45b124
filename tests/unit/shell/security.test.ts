import { EventEmitter } from 'node:events';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const openExternal = vi.fn(async () => undefined);
vi.mock('electron', () => ({ shell: { openExternal } }));

const { applySessionPolicy, hardenWebContents, secureWebPreferences } =
  await import('../../../electron/shell/security');
const { createAppOrigin } = await import('../../../electron/shell/app-origin');

type Handler = (...args: unknown[]) => unknown;

/** A WebContents stand-in: real events, and the window-open handler kept for the test to call. */
function fakeContents() {
  const emitter = new EventEmitter();
  let openHandler: Handler = () => ({ action: 'allow' });
  const contents = Object.assign(emitter, {
    setWindowOpenHandler: (handler: Handler) => void (openHandler = handler),
  });
  return { contents, open: (url: string) => openHandler({ url }) };
}

const navigate = (contents: EventEmitter, event: string, url: string) => {
  const preventDefault = vi.fn();
  contents.emit(event, { preventDefault }, url);
  return preventDefault;
};

beforeEach(() => openExternal.mockClear());

describe('window hardening', () => {
  it('uses isolated, sandboxed pages without Node', () => {
    const prefs = secureWebPreferences('/app/out/preload/preload.cjs');
    expect(prefs).toMatchObject({
      preload: '/app/out/preload/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      allowRunningInsecureContent: false,
    });
  });

  it('refuses navigation; an http(s) link goes to the OS browser, other schemes nowhere', () => {
    const { contents } = fakeContents();
    hardenWebContents(contents as never);
    expect(navigate(contents, 'will-navigate', 'https://arxiv.org/abs/1')).toHaveBeenCalled();
    expect(openExternal).toHaveBeenCalledWith('https://arxiv.org/abs/1');
    openExternal.mockClear();
    for (const url of ['file:///etc/passwd', 'javascript:alert(1)', 'app://renderer/other.html', 'smb://host/share']) {
      expect(navigate(contents, 'will-navigate', url)).toHaveBeenCalled();
    }
    expect(openExternal).not.toHaveBeenCalled();
    expect(navigate(contents, 'will-attach-webview', 'app://renderer/')).toHaveBeenCalled();
  });

  it('denies every new window and opens only http(s) ones externally', () => {
    const { contents, open } = fakeContents();
    hardenWebContents(contents as never);
    expect(open('https://example.org/')).toEqual({ action: 'deny' });
    expect(open('file:///home/user/secret.txt')).toEqual({ action: 'deny' });
    expect(open('app://renderer/index.html')).toEqual({ action: 'deny' });
    expect(openExternal.mock.calls).toEqual([['https://example.org/']]);
  });
});

describe('session permissions', () => {
  const origin = createAppOrigin(undefined);
  const installed = () => {
    const handlers: Record<string, Handler> = {};
    const session = {
      setPermissionRequestHandler: (h: Handler) => void (handlers.request = h),
      setPermissionCheckHandler: (h: Handler) => void (handlers.check = h),
      setDevicePermissionHandler: (h: Handler) => void (handlers.device = h),
    };
    applySessionPolicy(session as never, origin);
    const request = (permission: string, requestingUrl: string) => {
      const callback = vi.fn();
      handlers.request(null, permission, callback, { requestingUrl });
      expect(callback).toHaveBeenCalledTimes(1);
      return callback.mock.calls[0][0] as boolean;
    };
    return { request, check: handlers.check, device: handlers.device };
  };

  it('denies camera, microphone, location, notifications and the rest, even to the app', () => {
    const { request, check } = installed();
    for (const permission of ['media', 'geolocation', 'notifications', 'midi', 'display-capture', 'openExternal']) {
      expect(request(permission, 'app://renderer/index.html')).toBe(false);
      expect(check(null, permission, 'app://renderer', {})).toBe(false);
    }
  });

  it('lets only the app origin write to the clipboard', () => {
    const { request, check } = installed();
    expect(request('clipboard-sanitized-write', 'app://renderer/index.html')).toBe(true);
    expect(request('clipboard-sanitized-write', 'https://evil.example/')).toBe(false);
    expect(check(null, 'clipboard-sanitized-write', 'app://renderer', {})).toBe(true);
    expect(check(null, 'clipboard-read', 'app://renderer', {})).toBe(false);
  });

  it('denies USB, HID and serial devices', () => {
    expect(installed().device({ deviceType: 'usb', origin: 'app://renderer' })).toBe(false);
  });
});
