// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { appAddress } from '../../../src/embed/host/embed';

describe('the app address the snippet will load in its frame', () => {
  it.each([
    ['https:', 'https://prep.example.org/', 'https://prep.example.org/'],
    ['https: with a sub-path', 'https://www.example-clinic.com/prep/', 'https://www.example-clinic.com/prep/'],
    ['http: on localhost, for development', 'http://localhost:4173/', 'http://localhost:4173/'],
    ['http: on 127.0.0.1, for development', 'http://127.0.0.1:4180/', 'http://127.0.0.1:4180/'],
  ])('takes %s', (_case, value, href) => {
    expect(appAddress(value)?.href).toBe(href);
  });

  it.each([
    ['a javascript: URL', 'javascript:alert(document.domain)'],
    ['a javascript: URL in capitals with spaces', ' JaVaScRiPt:alert(1)'],
    ['a data: URL', 'data:text/html,<script>alert(1)</script>'],
    ['a blob: URL', 'blob:https://prep.example.org/0c1f'],
    ['a relative path', 'prep/'],
    ['a root-relative path', '/prep/'],
    ['a protocol-relative address', '//evil.example/'],
    ['plain http: elsewhere', 'http://prep.example.org/'],
    ['http: on a private address', 'http://192.168.1.10/'],
    ['https: with a user name', 'https://user@prep.example.org/'],
    ['an empty value', ''],
  ])('refuses %s', (_case, value) => {
    expect(appAddress(value)).toBeUndefined();
  });
});
