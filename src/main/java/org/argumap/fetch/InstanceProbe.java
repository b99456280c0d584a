package org.argumap.fetch;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.Locale;

/**
 * Which software answers at a host, and so which API to ask: the instance's NodeInfo
 * ({@code /.well-known/nodeinfo}, then the document it links to on the same host), else Lemmy's
 * {@code /api/v3/site}, whose {@code version} names it.
 */
final class InstanceProbe {
    private InstanceProbe() {
    }

    static FediverseApi apiOf(ThreadLink link, JsonGetter get) throws FetchException {
        FetchException nodeInfoFailure = null;
        String name = null;
        String version = "";
        try {
            JsonNode software = nodeInfo(link, get).path("software");
            name = software.path("name").asText("").toLowerCase(Locale.ROOT);
            version = software.path("version").asText("");
        } catch (FetchCancelledException e) {
            throw e;
        } catch (FetchException e) {
            nodeInfoFailure = e;
        }
        if (name != null) {
            return switch (name) {
                case "lemmy" -> lemmy(version);
                case "piefed" -> FediverseApi.PIEFED;
                default -> throw new FetchException(link.host() + " runs " + (name.isEmpty() ? "software that does not say"
                        + " its name" : name) + ", not Lemmy or PieFed, so Argumap cannot import " + link.link() + ".");
            };
        }
        try {
            JsonNode site = get.json(link.at("/api/v3/site"));
            String siteVersion = site.path("version").asText("");
            if (!siteVersion.isEmpty()) {
                return lemmy(siteVersion);
            }
        } catch (FetchCancelledException e) {
            throw e;
        } catch (FetchException e) {
            // fall through to the first failure, which says more
        }
        throw new FetchException(link.link() + " looks like a Lemmy or PieFed post, but " + link.host()
                + " did not say what it runs: " + nodeInfoFailure.getMessage(), nodeInfoFailure);
    }

    private static JsonNode nodeInfo(ThreadLink link, JsonGetter get) throws FetchException {
        JsonNode links = get.json(link.at("/.well-known/nodeinfo")).path("links");
        String href = "";
        for (JsonNode entry : links) {
            if (entry.path("rel").asText("").contains("nodeinfo.diaspora.software/ns/schema/")) {
                href = entry.path("href").asText(""); // the last is the newest schema
            }
        }
        URI document;
        try {
            document = href.isEmpty() ? null : URI.create(href);
        } catch (IllegalArgumentException e) {
            document = null;
        }
        if (document == null || document.getHost() == null || !document.getHost().equalsIgnoreCase(link.host())
                || document.getRawPath() == null) {
            throw new FetchException(link.host() + "'s NodeInfo names no document of its own (\"" + href + "\").");
        }
        return get.json(link.at(document.getRawPath()));
    }

    private static FediverseApi lemmy(String version) {
        String major = version.strip().split("[.\\-]", 2)[0];
        return major.equals("0") || major.isEmpty() ? FediverseApi.LEMMY_V3 : FediverseApi.LEMMY_V4;
    }
}
