import { describe, expect, it } from 'vitest';
import { contentTypeOf } from '../renderer-assets/content-types';
import { RENDERER_CSP, rendererHeaders } from './renderer-headers';

describe('renderer headers', () => {
  it('names the content type of what the build emits', () => {
    expect(contentTypeOf('/r/index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeOf('/r/assets/index-3f2a.js')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeOf('/r/assets/index-3f2a.CSS')).toBe('text/css; charset=utf-8');
    expect(contentTypeOf('/r/favicon.svg')).toBe('image/svg+xml');
    expect(contentTypeOf('/r/LICENSE')).toBe('application/octet-stream');
  });

  it('sends a strict CSP that allows no inline or remote code', () => {
    const headers = rendererHeaders('text/html; charset=utf-8');
    expect(headers['Content-Security-Policy']).toBe(RENDERER_CSP);
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    const directives = new Map(RENDERER_CSP.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1).join(' ')]));
    expect(directives.get('default-src')).toBe("'self'");
    expect(directives.get('script-src')).toBe("'self'");
    expect(directives.get('connect-src')).toBe("'self'");
    expect(directives.get('object-src')).toBe("'none'");
    expect(directives.get('frame-ancestors')).toBe("'none'");
    expect(RENDERER_CSP).not.toMatch(/unsafe-|\*|https?:/);
  });
});
