// The security headers of every response, in one place (next.config.js headers()). Varnish or any
// proxy in front passes them through unchanged.
//
// Content-Security-Policy without nonces: reader pages are static and cached (ISR, and an HTTP
// cache in front), so a per-request nonce would force every page to render per request. Hashes do
// not work either: Next inlines each page's RSC payload as `self.__next_f.push(...)` scripts whose
// content differs per page and per render. Next 16's `experimental.sri` only adds integrity to the
// external chunk scripts, and only with webpack builds (Turbopack is the default), so it cannot
// cover those inline scripts. So scripts are limited to this origin plus inline ('unsafe-inline');
// the protection against injected script stays where it always was (every string escaped,
// lib/articles/render-document.ts), and the CSP adds what it can without breaking cached pages: no
// plugins, no <base> hijack, forms and fetches only to this origin, and no framing at all.

/** @param {{ siteUrl?: string, development?: boolean }} options */
export function securityHeaders({ siteUrl = "", development = false } = {}) {
  const https = siteUrl.startsWith("https://");
  const csp = [
    "default-src 'self'",
    // React's development build evaluates code; production never does.
    `script-src 'self' 'unsafe-inline'${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "media-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-src 'none'",
    "frame-ancestors 'none'",
    "worker-src 'self' blob:",
    "manifest-src 'self'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
  const headers = [
    { key: "Content-Security-Policy", value: csp },
    // For browsers that predate frame-ancestors.
    { key: "X-Frame-Options", value: "DENY" },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    {
      key: "Permissions-Policy",
      value: [
        "accelerometer=()",
        "autoplay=()",
        "camera=()",
        "display-capture=()",
        "geolocation=()",
        "gyroscope=()",
        "magnetometer=()",
        "microphone=()",
        "midi=()",
        "payment=()",
        "usb=()",
        "browsing-topics=()",
      ].join(", "),
    },
    { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  ];
  // Only over HTTPS: HSTS on a plain-HTTP localhost would be ignored, or worse, remembered.
  if (https)
    headers.push({
      key: "Strict-Transport-Security",
      value: "max-age=31536000; includeSubDomains",
    });
  return headers;
}
