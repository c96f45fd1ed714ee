package org.publod.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What a person sees, in real headless Chromium (Debian's {@code chromium} and {@code chromium-driver}): the index,
 * a search for "Mixture", a publication, then an author; a search without the accents of a name; a person's
 * publications, page by page. The data is published under a public base on a host
 * that does not exist; the browser reaches it through the server as its proxy, as behind a real one, so every
 * link the pages carry must work under the public base. Without the two programs the test is skipped, saying so;
 * with {@code -Dpublod.requireBrowser=true} (CI) it fails instead.
 */
class BrowserIT {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final String BASE = "http://publod.test/";
    static final String EXAMPLE_PER_YEAR = ExampleQueries.bundled().stream()
            .filter(query -> query.name().equals("publications-per-year.rq")).findFirst().orElseThrow().text();
    static final String TITLE = "Mixture of Tokens: Continuous MoE through Cross-Example Aggregation";
    static final List<String> AUTHORS = List.of("Antoniak S.", "Krutul M.", "Pióro M.", "Krajewski J.",
            "Ludziejewski J.", "Ciebiera K.", "Król K.", "Odrzygóźdź T.", "Cygan M.", "Jaszczur S.");

    @TempDir
    static Path temp;
    static ServedStore served;
    static WebDriver browser;

    static boolean present;

    @BeforeAll
    static void startBrowser() throws IOException {
        present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!present && Boolean.getBoolean("publod.requireBrowser")) {
            throw new IllegalStateException("publod.requireBrowser is set but " + CHROMIUM + " or " + CHROMEDRIVER
                    + " is missing (apt-get install chromium chromium-driver)");
        }
        if (!present) {
            System.err.println("SKIPPED: BrowserIT needs " + CHROMIUM + " and " + CHROMEDRIVER
                    + " (apt-get install chromium chromium-driver); the browser tests do not run.");
            return;
        }
        served = ServedStore.publish(temp, BASE);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--user-data-dir=" + Files.createTempDirectory(temp, "chromium-profile"),
                "--proxy-server=http://127.0.0.1:" + served.server().port());
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @BeforeEach
    void requireBrowser() {
        assumeTrue(present, "no " + CHROMIUM + " or " + CHROMEDRIVER + ": apt-get install chromium chromium-driver");
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (served != null) {
            served.close();
        }
    }

    @Test
    void searchesFollowsAPublicationThenAnAuthorAndSeesNoScriptErrors() {
        browser.get(BASE);
        assertTrue(browser.getTitle().startsWith("Publications"), browser.getTitle());
        WebElement search = browser.findElement(By.cssSelector("header input[name=q]"));
        search.sendKeys("Mixture");
        search.submit();

        List<String> results = texts(By.cssSelector("#results a"));
        assertEquals(3, results.size(), results.toString());
        assertTrue(results.contains(TITLE), results.toString());
        browser.findElement(By.linkText(TITLE)).click();

        assertTrue(browser.getCurrentUrl().startsWith(BASE + "doc/publication/"), browser.getCurrentUrl());
        assertEquals(TITLE, browser.findElement(By.cssSelector("h1")).getText());
        assertEquals(AUTHORS, texts(By.cssSelector("#authors > li > a:first-child")));
        assertTrue(browser.findElement(By.id("abstract")).getText().startsWith("Proposes a continuous mixture"));
        assertLinksWork();
        noConsoleErrors();

        browser.findElement(By.linkText("Pióro M.")).click();
        assertEquals(BASE + "doc/person/pioro-m-68a646", browser.getCurrentUrl());
        assertEquals("Pióro M.", browser.findElement(By.cssSelector("h1")).getText());
        assertTrue(texts(By.cssSelector(".publications a")).contains(TITLE));
        assertTrue(texts(By.cssSelector(".coauthors a")).contains("Cygan M."));
        assertLinksWork();
        noConsoleErrors();
    }

    @Test
    void runsAnExampleQueryInTheEditorAndReadsItsTable() {
        browser.manage().logs().get(LogType.BROWSER); // what earlier tests left in the console
        browser.get(BASE + "sparql");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(page -> page.findElement(By.id("editor")).isDisplayed());
        assertTrue(!browser.findElement(By.id("plain-form")).isDisplayed(), "the plain form gives way to the editor");
        String firstQuery = browser.findElement(By.id("query")).getAttribute("value");
        String shown = wait.until(page -> {
            String text = page.findElement(By.cssSelector(".tabPanel.active .CodeMirror")).getText();
            return text.isBlank() ? null : text;
        });
        assertTrue(shown.contains(firstQuery), "the first tab holds the form's query: " + shown);
        browser.findElement(By.xpath("//*[@class='tabsList']//a[span='publications-per-year.rq']")).click();
        WebElement activePanel = wait.until(page -> page.findElements(By.cssSelector(".tabPanel.active")).stream()
                .filter(WebElement::isDisplayed).findFirst().orElse(null));
        activePanel.findElement(By.cssSelector(".yasqe_queryButton")).click();
        List<WebElement> cells = wait.until(page -> {
            List<WebElement> found = activePanel.findElements(By.cssSelector(".yasr table tbody tr td"));
            return found.isEmpty() ? null : found;
        });
        String table = cells.stream().map(WebElement::getText).toList().toString();
        HttpResponse<String> answer = served.get(served.server().sparqlEndpoint() + "?query="
                + java.net.URLEncoder.encode(EXAMPLE_PER_YEAR, java.nio.charset.StandardCharsets.UTF_8),
                "Accept", "text/csv");
        List<String> rows = answer.body().lines().skip(1).toList();
        assertTrue(rows.size() > 1, answer.body());
        for (String row : rows) {
            String[] yearAndCount = row.split(",");
            assertTrue(table.contains(yearAndCount[0]) && table.contains(yearAndCount[1].strip()), "the table "
                    + table + " lacks the row " + row);
        }
        noConsoleErrors();
    }

    @Test
    void findsAPublicationByAnAccentFreeSearch() {
        browser.get(BASE);
        drainConsole();
        WebElement search = browser.findElement(By.cssSelector("header input[name=q]"));
        search.sendKeys("PIORO tokens");
        search.submit();

        List<String> results = texts(By.cssSelector("#results a"));
        assertEquals(TITLE, results.get(0), "the title with both words, by Pióro M., first: " + results);
        assertTrue(texts(By.cssSelector("#persons a")).contains("Pióro M."));
        browser.findElement(By.linkText(TITLE)).click();
        assertEquals(TITLE, browser.findElement(By.cssSelector("h1")).getText());
        noConsoleErrors();
    }

    @Test
    void pagesThroughAPersonsPublications() {
        browser.get(BASE);
        drainConsole();
        browser.get(BASE + "doc/person/pioro-m-68a646?size=2");
        List<String> seen = new ArrayList<>(texts(By.cssSelector(".publications a")));
        assertEquals(2, seen.size(), "a page holds two");
        assertTrue(browser.findElements(By.cssSelector("a[rel=prev]")).isEmpty(), "the first page has no previous");
        browser.findElements(By.cssSelector("a[rel=next]")).get(0).click();
        List<String> second = texts(By.cssSelector(".publications a"));
        assertEquals(1, second.size(), "Pióro M. has three publications: " + second);
        assertTrue(browser.findElements(By.cssSelector("a[rel=next]")).isEmpty(), "the last page has no next");
        seen.addAll(second);
        assertEquals(3, Set.copyOf(seen).size(), seen.toString());
        assertTrue(seen.contains(TITLE), seen.toString());
        assertLinksWork();
        browser.findElements(By.cssSelector("a[rel=prev]")).get(0).click();
        assertEquals(seen.subList(0, 2), texts(By.cssSelector(".publications a")));
        noConsoleErrors();
    }

    /**
     * Reads the console's entries so far and drops them: a page of an earlier test (a 404 in plain text, which has no
     * icon) may have had its favicon request answered 404 after that test read the console.
     */
    private static void drainConsole() {
        browser.manage().logs().get(LogType.BROWSER);
    }

    @Test
    void anEntryWhoseTitleIsMarkupRunsNothing() {
        browser.get(BASE + "search?q=" + "%3Cscript%3E");
        browser.findElement(By.linkText(ServedStore.HOSTILE_TITLE)).click();
        assertEquals(ServedStore.HOSTILE_TITLE, browser.findElement(By.cssSelector("h1")).getText());
        assertEquals(List.of("O'Brien J.", "Cygan M."), texts(By.cssSelector("#authors > li > a:first-child")));
        assertTrue(browser.findElement(By.id("abstract")).getText().contains("</script><script>alert(2)</script>"));
        assertThrows(NoAlertPresentException.class, () -> browser.switchTo().alert());
        noConsoleErrors();
    }

    /**
     * The Cite block's button: its script runs (the policy allows it by hash), it selects the BibTeX and copies it,
     * and what the clipboard then holds, pasted into a text area, is the publication's BibTeX document.
     */
    @Test
    void copiesAPublicationsBibTexCitation() {
        String document = BASE + "doc/publication/2024/mixture-of-tokens-continuous-moe-through-cross-example-0ad0ef";
        String expected = served.get(served.local(document) + "?format=bibtex").body();
        assertTrue(expected.startsWith("@inproceedings{antoniak2024mixture,"), expected);
        browser.get("about:blank");
        browser.manage().logs().get(LogType.BROWSER); // what earlier pages logged late (a plain 404's favicon)
        browser.get(document);
        WebElement button = browser.findElement(By.id("copy-bibtex"));
        assertTrue(button.isDisplayed(), "the copy button shows only when its script ran, allowed by the policy");
        assertEquals("", browser.findElement(By.id("copy-status")).getText());
        button.click();

        assertEquals("Copied.", browser.findElement(By.id("copy-status")).getText());
        JavascriptExecutor script = (JavascriptExecutor) browser;
        // A selection's text leaves out the block's last line break.
        assertEquals(expected.strip(), script.executeScript("return window.getSelection().toString();"),
                "the button selects the BibTeX it copies");
        script.executeScript("var pasted = document.createElement('textarea'); pasted.id = 'pasted';"
                + " document.body.appendChild(pasted); pasted.focus();");
        browser.findElement(By.id("pasted")).sendKeys(Keys.chord(Keys.CONTROL, "v"));
        assertEquals(expected.strip(), browser.findElement(By.id("pasted")).getAttribute("value").strip(),
                "what the clipboard holds after the click, pasted");
        noConsoleErrors();
    }

    @Test
    void theConsoleCheckSeesAnError() {
        browser.get(BASE + "person/nobody-at-all");
        List<LogEntry> entries = browser.manage().logs().get(LogType.BROWSER).getAll();
        assertTrue(entries.stream().anyMatch(entry -> entry.getLevel() == Level.SEVERE
                && entry.getMessage().contains("404")), entries.toString());
    }

    /** Every link on the page leads somewhere: 200 directly, or 303 to a page that answers 200. */
    private static void assertLinksWork() {
        for (WebElement link : browser.findElements(By.cssSelector("a[href]"))) {
            String href = link.getAttribute("href");
            assertTrue(href.startsWith(BASE), "a link off the public base: " + href);
            HttpResponse<String> response = served.get(served.local(href), "Accept", "text/html");
            if (response.statusCode() == 303) {
                response = served.get(served.local(response.headers().firstValue("Location").orElseThrow()),
                        "Accept", "text/html");
            }
            assertEquals(200, response.statusCode(), href);
        }
    }

    private static void noConsoleErrors() {
        List<LogEntry> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.WARNING.intValue()).toList();
        assertEquals(List.of(), errors.stream().map(LogEntry::toString).toList(), "the browser console");
    }

    private static List<String> texts(By selector) {
        return browser.findElements(selector).stream().map(WebElement::getText).toList();
    }
}
