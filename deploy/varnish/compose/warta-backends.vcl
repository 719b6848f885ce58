# The app instances of compose.yaml (service `app`, scaled to N): Varnish resolves the service name
# when the VCL loads, so list one backend per replica name compose gives (app-1, app-2, …).
backend app1 { .host = "warta-app-1"; .port = "3000"; .probe = warta_health; .connect_timeout = 2s; .first_byte_timeout = 30s; }
backend app2 { .host = "warta-app-2"; .port = "3000"; .probe = warta_health; .connect_timeout = 2s; .first_byte_timeout = 30s; }

sub vcl_init {
    new warta_app = directors.round_robin();
    warta_app.add_backend(app1);
    warta_app.add_backend(app2);
}

# The app network of compose.yaml (fixed subnet): only the instances may purge.
acl warta_purgers {
    "127.0.0.1";
    "::1";
    "172.31.240.0"/24;
}
