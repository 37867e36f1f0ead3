import type { NextConfig } from "next";

/** Headers for every response; the Content-Security-Policy with its nonce is set per request in src/proxy.ts. */
const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  // Not "no-referrer": that would send "Origin: null" on our own form posts and fail the server-action origin check.
  { key: "Referrer-Policy", value: "same-origin" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  { key: "Cross-Origin-Resource-Policy", value: "same-origin" },
  {
    key: "Permissions-Policy",
    value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
  },
  // Browsers ignore HSTS over plain http, so this is safe on localhost and binding in production.
  { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" },
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Workspace packages ship TypeScript sources.
  transpilePackages: ["@minkommune/auth"],
  // With src/components/ds.ts this rewrites the barrel import to the used components' own
  // modules; without it the browser gets all of Designsystemet (1.4 MB, 209 kB gzipped).
  experimental: { optimizePackageImports: ["@digdir/designsystemet-react"] },
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      // Auth.js endpoints answer with JSON and redirects only: nothing there may load or run.
      {
        source: "/api/:path*",
        headers: [{ key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'" }],
      },
    ];
  },
};

export default nextConfig;
