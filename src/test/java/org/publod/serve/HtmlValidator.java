package org.publod.serve;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * The Nu HTML Checker (nu.validator, from Maven Central), run in a class loader of its own: it needs Jetty 9
 * utilities that cannot share a class path with Fuseki's Jetty 12. Maven copies it and what it needs to
 * {@code target/html-validator} (see the pom); its API is reached by reflection, through the SAX types the JDK
 * shares with every class loader.
 */
final class HtmlValidator implements AutoCloseable {
    private static final String SCHEMA = "http://s.validator.nu/html5-rdfalite.rnc";

    private final URLClassLoader loader;
    private final Object validator;
    private final Method check;
    private final Collector collector = new Collector();

    private HtmlValidator(URLClassLoader loader) throws ReflectiveOperationException {
        this.loader = loader;
        Class<?> type = loader.loadClass("nu.validator.validation.SimpleDocumentValidator");
        this.validator = type.getConstructor(boolean.class, boolean.class, boolean.class)
                .newInstance(false, false, false);
        type.getMethod("setUpMainSchema", String.class, ErrorHandler.class).invoke(validator, SCHEMA, collector);
        type.getMethod("setUpValidatorAndParsers", ErrorHandler.class, boolean.class, boolean.class)
                .invoke(validator, collector, true, false);
        this.check = type.getMethod("checkHtmlInputSource", InputSource.class);
    }

    /** The checker from the folder Maven fills; fails, saying how to get it, when the folder is missing. */
    static HtmlValidator load() {
        Path folder = Path.of(System.getProperty("publod.htmlValidator", "target/html-validator"));
        try (Stream<Path> files = Files.list(folder)) {
            List<URL> jars = new ArrayList<>();
            for (Path jar : files.filter(file -> file.toString().endsWith(".jar")).toList()) {
                jars.add(jar.toUri().toURL());
            }
            return new HtmlValidator(new URLClassLoader(jars.toArray(URL[]::new),
                    ClassLoader.getPlatformClassLoader()));
        } catch (IOException e) {
            throw new UncheckedIOException("no HTML checker in " + folder + "; run the tests through Maven, which "
                    + "copies it there in generate-test-resources", e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("the HTML checker did not start", e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the HTML checker did not start", e);
        }
    }

    /** The errors in a page, as "line N: message"; empty when it is valid HTML5. Warnings are not errors. */
    synchronized List<String> errors(String html, String address) {
        collector.errors.clear();
        InputSource source = new InputSource(new StringReader(html));
        source.setSystemId(address);
        try {
            check.invoke(validator, source);
        } catch (InvocationTargetException e) {
            collector.errors.add("the checker failed: " + e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
        return List.copyOf(collector.errors);
    }

    @Override
    public void close() {
        try {
            loader.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Keeps errors and fatal errors. */
    private static final class Collector implements ErrorHandler {
        private final List<String> errors = new ArrayList<>();

        @Override
        public void warning(SAXParseException warning) {
            // Advice ("consider adding a heading"), not a validity error.
        }

        @Override
        public void error(SAXParseException error) {
            errors.add("line " + error.getLineNumber() + ": " + error.getMessage());
        }

        @Override
        public void fatalError(SAXParseException error) {
            errors.add("line " + error.getLineNumber() + " (fatal): " + error.getMessage());
        }
    }
}
