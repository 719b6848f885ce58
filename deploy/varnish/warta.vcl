# Warta's HTTP cache: Varnish 7 with the xkey vmod (Debian: varnish + varnish-modules).
#
# Caches anonymous reader GET/HEAD responses only, keyed by URL, and forgets them by cache tag: every
# cacheable response names its tags in an `xkey` header (lib/cache/tags.ts), and the app sends
# `PURGE` with `xkey: <tags>` when content changes (lib/cache/purge). Everything personal (the
# studio, the desk, the API, the account pages, any request with a session) goes to the app.
#
# Deployment-specific parts live in `warta-backends.vcl`, found on vcl_path: the app backends, the
# director `warta_app`, and the ACL `warta_purgers` (the app's own addresses). The cluster script
# writes one for its ports; deploy/varnish/compose/ has the one compose.yaml uses.
vcl 4.1;

import std;
import xkey;
import directors;

# An instance is taken out of rotation when its health check fails; /api/health answers 503 when
# its database is unreachable (a degraded Redis still answers 200: the instance can still render).
probe warta_health {
    .request = "GET /api/health HTTP/1.1"
        "Host: localhost"
        "Connection: close"
        "User-Agent: varnish-probe";
    .interval = 1s;
    .timeout = 2s;
    .window = 3;
    .threshold = 2;
    .initial = 2;
}

include "warta-backends.vcl";

sub vcl_recv {
    set req.backend_hint = warta_app.backend();

    if (req.method == "PURGE") {
        # Only the app may purge; readers get 403 and nothing is forgotten.
        if (client.ip !~ warta_purgers) {
            return (synth(403, "Forbidden"));
        }
        if (!req.http.xkey) {
            return (synth(400, "xkey header required"));
        }
        set req.http.x-purged = xkey.purge(req.http.xkey);
        return (synth(200, "Purged " + req.http.x-purged));
    }

    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    # The studio, the desk, the API and the account pages are personal: never cached, never touched.
    if (req.url ~ "^/(tulis|redaksi|notifikasi|api|masuk|daftar|lupa-sandi|verifikasi-email|kotak-surat|keluar|demo)(/|\?|$)") {
        return (pass);
    }
    # A signed-in person (next-auth's session cookie, chunked or not, plain or __Secure-) or a
    # draft-mode preview sees pages made for them: pass, with their cookies.
    if (req.http.cookie ~ "(^|;\s*)(__Secure-)?next-auth\.session-token(\.\d+)?=" ||
        req.http.cookie ~ "(^|;\s*)__prerender_bypass=" ||
        req.http.authorization) {
        return (pass);
    }

    # An anonymous reader: the same page for everyone. Tracking parameters and cookies would only
    # split the cache (the app reads neither on reader pages).
    if (req.url ~ "[?&](utm_[a-z]+|fbclid|gclid|dclid|gbraid|wbraid|msclkid|mc_cid|mc_eid|yclid|igshid|_ga|_gl)=") {
        set req.url = regsuball(req.url, "(?<=[?&])(utm_[a-z]+|fbclid|gclid|dclid|gbraid|wbraid|msclkid|mc_cid|mc_eid|yclid|igshid|_ga|_gl)=[^&#]*&?", "");
        set req.url = regsub(req.url, "[?&]+$", "");
    }
    # A reader who chose English (the NEXT_LOCALE cookie, set by /api/locale) and opens an
    # Indonesian page is sent to its English URL, as proxy.ts does when there is no front. Pages
    # themselves never vary by cookie: each language has its own URLs.
    if (req.http.cookie ~ "(^|;\s*)NEXT_LOCALE=en(;|$)" && req.url !~ "^/en(/|\?|$)" &&
        req.url !~ "^/(_next/|media/|sitemaps/|sitemap\.xml)" && req.url !~ "^[^?]*\.[a-zA-Z0-9]+(\?|$)") {
        set req.http.x-warta-location = regsub(req.url, "^/", "/en/");
        return (synth(750, "English"));
    }
    unset req.http.cookie;

    # While an instance is healthy a stale object is served for at most 10 s while it is fetched
    # again; when none is, the last good copy is served for as long as it is kept (beresp.grace).
    if (std.healthy(req.backend_hint)) {
        set req.grace = 10s;
    }
    return (hash);
}

sub vcl_backend_fetch {
    # A retry picks the next healthy instance (see vcl_backend_error), and never the one that just
    # failed: its health check may not have caught up yet.
    set bereq.backend = warta_app.backend();
    if (bereq.retries > 0 && bereq.http.x-warta-failed == "" + bereq.backend) {
        set bereq.backend = warta_app.backend();
    }
}

sub vcl_backend_response {
    # An instance that fails mid-response (killed, restarting) is retried on another one.
    if (beresp.status >= 500 && bereq.retries < 3 && bereq.method != "POST") {
        set bereq.http.x-warta-failed = "" + beresp.backend;
        return (retry);
    }
    # Pages are small: receive the whole body before sending any of it, so an instance that dies
    # in the middle of a body fails the fetch (and vcl_synth restarts it on another instance)
    # instead of cutting the reader's response short after a 200 was already sent.
    set beresp.do_stream = false;
    if (beresp.status >= 500) {
        # Keep the stale copy rather than replace it with an error; never store the error.
        if (bereq.is_bgfetch) {
            return (abandon);
        }
        set beresp.uncacheable = true;
        set beresp.ttl = 1s;
        return (deliver);
    }
    if (bereq.uncacheable) {
        return (deliver);
    }
    # Keep objects for a day after they go stale, to serve during an outage of every instance.
    set beresp.grace = 24h;
    # Tagged responses are purged the moment their content changes, so they may live long; the
    # app's own s-maxage stays the upper bound for everything else (Varnish's built-in logic).
    if (beresp.http.xkey && beresp.status == 200 && !beresp.http.set-cookie &&
        beresp.http.cache-control !~ "(private|no-store|no-cache)") {
        set beresp.ttl = 1h;
    }
}

sub vcl_backend_error {
    # Connection refused or reset: try another instance before answering an error.
    if (bereq.retries < 3 && bereq.method != "POST") {
        set bereq.http.x-warta-failed = "" + beresp.backend;
        return (retry);
    }
}

sub vcl_synth {
    if (resp.status == 750) {
        set resp.status = 307;
        set resp.http.location = req.http.x-warta-location;
        set resp.http.cache-control = "private, no-store";
        return (deliver);
    }
    # A fetch that failed before anything was sent (an instance died mid-body): ask again, which
    # picks another instance, before showing the reader an error.
    if (resp.status == 503 && req.restarts < 2 && (req.method == "GET" || req.method == "HEAD")) {
        return (restart);
    }
}

sub vcl_deliver {
    if (obj.hits > 0) {
        set resp.http.x-cache = "HIT";
    } else {
        set resp.http.x-cache = "MISS";
    }
    # Tags are for this cache only; readers need not see them.
    unset resp.http.xkey;
    unset resp.http.x-purged;
}
