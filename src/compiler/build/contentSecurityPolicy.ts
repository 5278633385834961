// The Content-Security-Policy of the built site, shipped as a meta tag because
// the site is static and its host may not let us set headers. Article text
// comes from anywhere; React renders it as text, and this policy is the second
// wall: even if some markup got in, inline script and foreign scripts would not
// run, plugins would not load and no form could post. Build only: the dev
// server's hot reload injects an inline script.
import type { Plugin } from 'vite';

/**
 * Everything the app loads comes from its own origin: its script, its CSS, its
 * JSON. Images may also be `data:` (the favicon is one). Inline style
 * attributes are not needed: React sets styles through the DOM's style
 * property, which CSP allows. `frame-ancestors` is left out: browsers ignore it
 * in a meta tag, and say so in the console.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

export function contentSecurityPolicy(policy = CONTENT_SECURITY_POLICY): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      // First in <head>: a policy applies only to what comes after it.
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: policy }, injectTo: 'head-prepend' },
    ],
  };
}
