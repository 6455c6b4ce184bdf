import { describe, expect, it } from 'vitest';
import { headersFile, securityHeaders } from './index';

describe('the security headers', () => {
  it('allow only same-origin resources, plus WebAssembly for search and data: images', () => {
    const policy = securityHeaders(null)['Content-Security-Policy'] ?? '';
    expect(policy.split('; ')).toEqual([
      "default-src 'self'",
      "script-src 'self' 'wasm-unsafe-eval'",
      "style-src 'self'",
      "img-src 'self' data:",
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
      "frame-ancestors 'none'",
    ]);
    expect(policy).not.toContain('unsafe-inline');
  });

  it('deny powerful features as a valid Permissions-Policy list', () => {
    const features = (securityHeaders(null)['Permissions-Policy'] ?? '').split(', ');
    expect(features).toContain('camera=()');
    expect(features).toContain('geolocation=()');
    for (const feature of features) expect(feature).toMatch(/^[a-z-]+=\(\)$/);
  });

  it('ask browsers to insist on https only when the public address is https', () => {
    const hsts = 'Strict-Transport-Security';
    expect(securityHeaders('https://www.example.org')[hsts]).toBe('max-age=31536000; includeSubDomains');
    expect(securityHeaders('http://localhost:4321')).not.toHaveProperty(hsts);
    expect(securityHeaders(null)).not.toHaveProperty(hsts);
    expect(securityHeaders('not a url')).not.toHaveProperty(hsts);
  });

  it('write the same headers as a _headers file for every path', () => {
    expect(headersFile({ 'X-One': "a 'b'", 'X-Two': 'c=(), d=()' })).toBe(
      "/*\n  X-One: a 'b'\n  X-Two: c=(), d=()\n",
    );
  });
});
