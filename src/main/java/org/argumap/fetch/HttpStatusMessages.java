package org.argumap.fetch;

import java.net.URI;
import java.net.http.HttpHeaders;

/** What an HTTP status means for someone importing a thread, in their words. */
final class HttpStatusMessages {
    private HttpStatusMessages() {
    }

    static String of(URI address, int status, HttpHeaders headers) {
        String answered = address + " answered " + status + reason(status) + ": ";
        return switch (status) {
            case 400 -> answered + "the site did not understand the request; this may not be a thread it can give.";
            case 401, 403 -> answered + "the site gives this thread only to people signed in, or refuses programs"
                    + " (Argumap sends no password or cookie). Save the thread's JSON in the browser and import the file.";
            case 404, 410 -> answered + "there is no such thread (it may have been deleted, or be private). Check the link.";
            case 429 -> answered + "the site limits how often it may be asked" + retryAfter(headers)
                    + ". Wait a while and try again.";
            case 500, 502, 503, 504 -> answered + "the site has a problem of its own. Try again later.";
            default -> status / 100 == 5 ? answered + "the site has a problem of its own. Try again later."
                    : status / 100 == 3 ? answered + "a redirect without an address."
                    : answered + "the site refused the request.";
        };
    }

    private static String retryAfter(HttpHeaders headers) {
        return headers.firstValue("Retry-After").filter(v -> v.strip().matches("\\d{1,6}"))
                .map(v -> " (it asks to wait " + v.strip() + " seconds)").orElse("");
    }

    private static String reason(int status) {
        return switch (status) {
            case 400 -> " Bad Request";
            case 401 -> " Unauthorized";
            case 403 -> " Forbidden";
            case 404 -> " Not Found";
            case 410 -> " Gone";
            case 429 -> " Too Many Requests";
            case 500 -> " Internal Server Error";
            case 502 -> " Bad Gateway";
            case 503 -> " Service Unavailable";
            case 504 -> " Gateway Timeout";
            default -> "";
        };
    }
}
