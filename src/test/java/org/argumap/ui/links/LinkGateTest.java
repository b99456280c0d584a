package org.argumap.ui.links;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Only whole web and mail addresses reach the browser, however a map spells the others. */
class LinkGateTest {

    @ParameterizedTest
    @ValueSource(strings = {"https://example.org", "http://example.org/page?q=1#top", "HTTPS://EXAMPLE.ORG/",
            "mailto:ada@example.org", " https://example.org/padded "})
    void webAndMailAddressesOpen(String address) {
        assertTrue(LinkGate.opens(address), address);
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "JavaScript:alert(document.cookie)", " javascript:alert(1)",
            "java\tscript:alert(1)", "file:///etc/passwd", "FILE:/etc/passwd", "file://server/share/map.argumap.json",
            "data:text/html,<script>alert(1)</script>", "vbscript:msgbox(1)", "jar:file:/x.jar!/", "ftp://example.org/f",
            "page.html", "../secret.txt", "/etc/passwd", "C:\\Windows\\notepad.exe", "//evil.example/x", "example.org",
            "www.example.org", "https://", "http:/no-host", "https:///etc/passwd", "mailto:", "mailto:nobody",
            "https://exa mple.org", "https://example.org/\u0000", ""})
    void everythingElseIsRefused(String address) {
        assertFalse(LinkGate.opens(address), address);
    }

    @Test
    void theGuardedBrowserOpensOnlyWhatTheGateLetsThrough() {
        List<String> opened = new ArrayList<>();
        Consumer<String> browser = LinkGate.guard(opened::add);
        browser.accept("javascript:alert(1)");
        browser.accept("file:///etc/passwd");
        browser.accept("notes/page.html");
        browser.accept(null);
        browser.accept(" https://example.org/page ");
        assertEquals(List.of("https://example.org/page"), opened);
    }
}
