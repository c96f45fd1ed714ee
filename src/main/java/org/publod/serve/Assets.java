package org.publod.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.publod.vocab.PrefixMappings;

/**
 * The static files the SPARQL page's editor needs, served from the jar under {@value #PREFIX}: YASGUI's script
 * and style sheet, taken at build time from its WebJar (a Maven artifact; nothing of it is in the repository),
 * publod's own script that sets the editor up, and publod's prefixes for the editor's prefix completion. Only the
 * files named here are served, so no path can reach other resources of the class path.
 */
final class Assets {
    /** Where the assets are, below the public base. */
    static final String PREFIX = "assets/";
    private static final String WEBJAR = "META-INF/resources/webjars/zazuko__yasgui/";
    private static final String WEBJAR_VERSION = "META-INF/maven/org.webjars.npm/zazuko__yasgui/pom.properties";
    private static final String JAVASCRIPT = "text/javascript; charset=utf-8";
    private static final String CSS = "text/css; charset=utf-8";

    /** YASGUI's version, part of its assets' paths, so that a new version is a new address. */
    private final String yasguiVersion = yasguiVersion();
    private final Map<String, Asset> assets = Map.of(
            yasguiScript(), new Asset(read(WEBJAR + yasguiVersion + "/build/yasgui.min.js"), JAVASCRIPT, true),
            yasguiStyle(), new Asset(read(WEBJAR + yasguiVersion + "/build/yasgui.min.css"), CSS, true),
            editorScript(), new Asset(read("publod/assets/sparql-editor.js"), JAVASCRIPT, false),
            prefixes(), new Asset(prefixesJson(), "application/json", false));

    /**
     * One served file, read once.
     *
     * @param bytes its content
     * @param contentType its media type
     * @param versioned whether its path names its version, so that it may be cached for good
     */
    record Asset(byte[] bytes, String contentType, boolean versioned) {
        String cacheControl() {
            return versioned ? "public, max-age=31536000, immutable" : "public, max-age=3600";
        }
    }

    /** The asset at a path below the base ({@code assets/...}), if it is one. */
    Optional<Asset> find(String relative) {
        return Optional.ofNullable(assets.get(relative));
    }

    String yasguiScript() {
        return PREFIX + "yasgui/" + yasguiVersion + "/yasgui.min.js";
    }

    String yasguiStyle() {
        return PREFIX + "yasgui/" + yasguiVersion + "/yasgui.min.css";
    }

    String editorScript() {
        return PREFIX + "publod/sparql-editor.js";
    }

    /** publod's prefixes as the editor's prefix completion reads them: a JSON object of prefix to namespace. */
    String prefixes() {
        return PREFIX + "publod/prefixes.json";
    }

    private static byte[] prefixesJson() {
        ObjectNode prefixes = JsonNodeFactory.instance.objectNode();
        new TreeMap<>(PrefixMappings.STANDARD.getNsPrefixMap()).forEach(prefixes::put);
        return prefixes.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] read(String resource) {
        try (InputStream in = Assets.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing from the jar: " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String yasguiVersion() {
        try (InputStream in = Assets.class.getClassLoader().getResourceAsStream(WEBJAR_VERSION)) {
            if (in == null) {
                throw new IllegalStateException("missing from the jar: " + WEBJAR_VERSION);
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
