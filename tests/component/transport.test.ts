import { afterEach, describe, expect, it } from 'vitest';
import { API_PREFIX, TOKEN_HEADER } from '../../shared/api/http';
import { createHttpApi, takeToken } from '../../renderer/src/api/transport';

afterEach(() => {
  sessionStorage.clear();
  window.history.replaceState(null, '', '/');
});

describe('browser-host transport', () => {
  it('takes the token from the address once, keeps it in sessionStorage and removes it from the address bar', () => {
    window.history.replaceState(null, '', '/?token=abc123&report=0123456789abcdef#top');
    expect(takeToken(window.location, window.history, sessionStorage)).toBe('abc123');
    expect(window.location.search).toBe('?report=0123456789abcdef');
    expect(window.location.hash).toBe('#top');
    expect(sessionStorage.getItem('workbench-token')).toBe('abc123');
    // After a reload the address has no token; the session still has it.
    expect(takeToken(window.location, window.history, sessionStorage)).toBe('abc123');
  });

  it('has no token when neither the address nor the session holds one', () => {
    expect(takeToken(window.location, window.history, sessionStorage)).toBeNull();
  });

  it('POSTs each method to API_PREFIX + method with the token header and parses the envelope', async () => {
    const calls: { url: string; init: RequestInit }[] = [];
    const fetchImpl = (async (url: string, init: RequestInit) => {
      calls.push({ url, init });
      return new Response(JSON.stringify({ ok: false, error: { code: 'forbidden', message: 'no', path: null } }));
    }) as typeof fetch;
    const api = createHttpApi('tok', fetchImpl);
    await expect(api.listDirectory({ dir: null })).rejects.toMatchObject({ code: 'forbidden', message: 'no' });
    expect(calls[0].url).toBe(`${API_PREFIX}listDirectory`);
    expect(calls[0].init.method).toBe('POST');
    expect((calls[0].init.headers as Record<string, string>)[TOKEN_HEADER]).toBe('tok');
    expect(JSON.parse(String(calls[0].init.body))).toEqual({ dir: null });
  });
});
