package org.argumap.fetch;

import java.net.URI;

/**
 * Where a request for an https address really goes. The editor and the command line ask the
 * address itself; tests send every request to a server on the loopback address. Every check
 * (scheme, host, redirects) is made on the address before this mapping.
 */
@FunctionalInterface
public interface Addresses {
    Addresses INTERNET = address -> address;

    URI resolve(URI address);

    /** Every address to {@code http://127.0.0.1:port} with the same path and query, for tests. */
    static Addresses loopback(int port) {
        return address -> URI.create("http://127.0.0.1:" + port + address.getRawPath()
                + (address.getRawQuery() == null ? "" : "?" + address.getRawQuery()));
    }
}
