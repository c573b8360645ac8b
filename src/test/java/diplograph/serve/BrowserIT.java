package diplograph.serve;

import static org.assertj.core.api.Assertions.assertThat;

import diplograph.Fixtures;
import diplograph.store.TdbStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The network and the pages in a real headless Chromium (Debian's {@code chromium} and
 * {@code chromium-driver}; {@code .ci/run} installs them), against {@code serve} on the seed and
 * two Kremlin readouts. Screenshots go to {@code target/screenshots/}; any error on the browser's
 * console fails the test.
 */
class BrowserIT {

    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver"));
    static final Path SHOTS = Path.of("target/screenshots");
    static final String PEZESHKIAN = "https://w3id.org/diplograph/id/person/masoud-pezeshkian";

    @TempDir
    static Path dir;

    static TdbStore store;
    static SparqlServer server;
    static ChromeDriver browser;
    /** Held so the setting stays: Selenium warns through java.util.logging that it has no CDP bindings for this Chromium (none are used). */
    static final java.util.logging.Logger CDP_LOG = java.util.logging.Logger.getLogger("org.openqa.selenium.devtools");

    @BeforeAll
    static void start() throws IOException {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
        if (!present && System.getenv("CI") == null) {
            Assumptions.abort("no " + CHROMIUM + " / " + DRIVER + ": apt-get install chromium chromium-driver (CI fails instead)");
        }
        assertThat(present).as("CI needs %s and %s (.ci/run installs them)", CHROMIUM, DRIVER).isTrue();
        CDP_LOG.setLevel(Level.OFF);
        Files.createDirectories(SHOTS);
        store = Fixtures.pipeline().openStore(dir.resolve("db"));
        Fixtures.pipeline().ingest(store, List.of(Fixtures.seed(),
                Path.of("src/test/resources/real/kremlin/0013-telephone-conversation-with-prime-minister-of-armenia-nikol.txt"),
                Path.of("src/test/resources/real/kremlin/0021-talks-with-president-of-serbia-aleksandar-vucic.txt")),
                null, s -> { });
        server = SparqlServer.start(store.dataset(), SparqlServer.Options.readOnly(0));
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1280,860", "--lang=en-US");
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
        if (store != null) {
            store.close();
        }
    }

    @BeforeEach
    void openTheNetwork() {
        browser.get(server.baseUrl() + "network");
        awaitReady();
    }

    /** A change of the filters asks the endpoint again: the page says when it has drawn the answer. */
    private static void awaitReady() {
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));
    }

    @AfterEach
    void noErrorsOnTheConsole() {
        List<LogEntry> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).toList();
        assertThat(errors).as("JavaScript console errors").isEmpty();
    }

    @Test
    void theNetworkShowsThePersonsAndTheirContacts() throws IOException {
        assertThat(requestsOffTheServer()).isEmpty();
        assertThat(labels("nodes")).containsExactlyInAnyOrder("Masoud Pezeshkian", "Murat Nurtleu",
                "Kassym-Jomart Tokayev", "Abbas Araghchi", "Vladimir Putin", "Aleksandar Vučić", "Nikol Pashinyan");
        assertThat(edges()).containsExactlyInAnyOrder(
                "Kassym-Jomart Tokayev – Masoud Pezeshkian: phone_call",
                "Masoud Pezeshkian – Murat Nurtleu: meeting",
                "Abbas Araghchi – Murat Nurtleu: meeting",
                "Nikol Pashinyan – Vladimir Putin: phone_call",
                "Aleksandar Vučić – Vladimir Putin: talks");
        shoot("network.png");
    }

    @Test
    void hoveringAnEdgeListsItsContactsWithDates() {
        Map<?, ?> mid = (Map<?, ?>) js("const e = dg.cy.edges().filter(e => e.data('kind') === 'phone_call' "
                + "&& e.connectedNodes().some(n => n.data('label') === 'Masoud Pezeshkian'))[0];"
                + "return e.renderedMidpoint();");
        moveTo(((Number) mid.get("x")).doubleValue(), ((Number) mid.get("y")).doubleValue()).perform();
        WebElement tip = browser.findElement(By.id("tip"));
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> tip.isDisplayed());
        assertThat(tip.getText()).contains("2025-06-05", "phone call", "Kassym-Jomart Tokayev – Masoud Pezeshkian");
    }

    @Test
    void theEndpointCapsTheContactsAndShowMoreAsksForTwiceAsMany() {
        browser.get(server.baseUrl() + "network?cap=2");
        awaitReady();
        assertThat(browser.findElement(By.id("status")).getText()).endsWith(", 2 contacts (the 2 with most sources)");
        assertThat(edges()).hasSize(2);
        browser.findElement(By.id("more")).click();
        awaitReady();
        assertThat(browser.findElement(By.id("status")).getText()).endsWith(", 4 contacts (the 4 with most sources)");
        browser.findElement(By.id("more")).click();
        awaitReady();
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("7 persons, 5 contacts");
        assertThat(browser.findElement(By.id("more")).isDisplayed()).isFalse();
    }

    @Test
    void theDateFilterRemovesThePhoneCall() throws IOException {
        js("const from = document.getElementById('from'); from.value = '2025-06-06';"
                + "from.dispatchEvent(new Event('change', {bubbles: true}));");
        awaitReady();
        assertThat(edges()).containsExactlyInAnyOrder("Masoud Pezeshkian – Murat Nurtleu: meeting",
                "Abbas Araghchi – Murat Nurtleu: meeting");
        assertThat(labels("nodes")).doesNotContain("Kassym-Jomart Tokayev");
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("3 persons, 2 contacts");
        shoot("network-from-2025-06-06.png");
    }

    @Test
    void theCountryFilterAndTheStatesViewUseTheOfficesStated() {
        js("const c = document.getElementById('country'); c.value = 'https://w3id.org/diplograph/id/state/rs';"
                + "c.dispatchEvent(new Event('change', {bubbles: true}));");
        awaitReady();
        assertThat(edges()).containsExactly("Aleksandar Vučić – Vladimir Putin: talks");
        js("const c = document.getElementById('country'); c.value = '';"
                + "document.querySelector('input[name=level][value=state]').checked = true;"
                + "c.dispatchEvent(new Event('change', {bubbles: true}));");
        awaitReady();
        assertThat(labels("nodes")).containsExactlyInAnyOrder("Iran", "Kazakhstan", "Russia", "Serbia", "Armenia");
    }

    @Test
    void clickingPezeshkianOpensHisPageWithHisOfficeAndBothContacts() throws IOException {
        Map<?, ?> at = (Map<?, ?>) js("return dg.cy.getElementById('" + PEZESHKIAN + "').renderedPosition();");
        moveTo(((Number) at.get("x")).doubleValue(), ((Number) at.get("y")).doubleValue()).click().perform();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().endsWith("/id/person/masoud-pezeshkian"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Masoud Pezeshkian");
        assertThat(requestsOffTheServer()).isEmpty();
        assertThat(browser.findElement(By.id("offices")).getText()).contains("President of Iran");
        String contacts = browser.findElement(By.id("contacts")).getText();
        assertThat(contacts).contains("phone call with Kassym-Jomart Tokayev", "meeting with Murat Nurtleu in Tehran");
        shoot("person.png");

        // From the timeline to the phone call's page: the sentence it was found in, names marked.
        browser.findElements(By.cssSelector("#contacts li")).stream()
                .filter(li -> li.getText().contains("phone call")).findFirst().orElseThrow()
                .findElement(By.linkText("details")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("/id/event/"));
        WebElement sentence = browser.findElement(By.cssSelector("#sources blockquote.sentence"));
        assertThat(sentence.getText()).contains("President Pezeshkian and President Tokayev held a telephone conversation on Thursday");
        assertThat(sentence.findElements(By.tagName("mark"))).extracting(WebElement::getText)
                .containsExactly("Pezeshkian", "Tokayev");
        shoot("event.png");

        // "in the text" leads to the article with the sentence marked at its anchor.
        browser.findElement(By.linkText("in the text")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("#char="));
        String anchor = browser.getCurrentUrl().substring(browser.getCurrentUrl().indexOf('#') + 1);
        assertThat(browser.findElement(By.id(anchor)).findElement(By.xpath("following-sibling::a[1]")).getText())
                .startsWith("In the lead-up to Eid al-Adha");
        shoot("article.png");
    }

    @Test
    void theFusekiUiOffersTheNamedQueriesAndNoWriteTabsOnAReadOnlyServer() throws IOException {
        browser.get(server.baseUrl() + "#/dataset/diplograph/query");
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(d -> d.getPageSource().contains("Example Queries") && !d.findElements(By.linkText("who-met-whom")).isEmpty()
                        || d.findElements(By.xpath("//*[normalize-space(text())='who-met-whom']")).size() > 0);
        assertThat(browser.findElements(By.xpath("//*[normalize-space(text())='who-met-whom-summary']"))).isNotEmpty();
        assertThat(browser.findElements(By.xpath("//*[normalize-space(text())='Selection of triples']"))).isEmpty();
        assertThat(browser.findElements(By.xpath("//a[contains(@href, '/upload') or contains(@href, '/edit')]"))
                .stream().filter(WebElement::isDisplayed).toList()).isEmpty();
        assertThat(browser.findElement(By.className("dg-bar")).getText()).contains("Network", "Read-only server");
        assertThat(requestsOffTheServer()).isEmpty();
        shoot("fuseki-ui.png");
    }

    /** What the page has fetched from anywhere but this server (the browser's resource timing list). */
    @SuppressWarnings("unchecked")
    private static List<String> requestsOffTheServer() {
        List<String> fetched = (List<String>) js("return performance.getEntriesByType('resource').map(e => e.name);");
        return fetched.stream().filter(u -> !u.startsWith(server.baseUrl())).toList();
    }

    private static Object js(String script) {
        String body = script.contains("return ") ? script : script + " return null;";
        return ((JavascriptExecutor) browser).executeScript(body);
    }

    @SuppressWarnings("unchecked")
    private static List<String> labels(String what) {
        return (List<String>) js("return dg.cy." + what + "().map(n => n.data('label'));");
    }

    /** Each edge as "A – B: kind", names in alphabetical order. */
    @SuppressWarnings("unchecked")
    private static List<String> edges() {
        return (List<String>) js("return dg.cy.edges().map(e => [e.source().data('label'), e.target().data('label')]"
                + ".sort().join(' – ') + ': ' + e.data('kind'));");
    }

    /** The mouse at a point of the graph's canvas, given in Cytoscape's rendered coordinates. */
    private static Actions moveTo(double x, double y) {
        WebElement graph = browser.findElement(By.id("graph"));
        int dx = (int) Math.round(x - graph.getRect().getWidth() / 2.0);
        int dy = (int) Math.round(y - graph.getRect().getHeight() / 2.0);
        return new Actions(browser).moveToElement(graph, dx, dy);
    }

    private static void shoot(String name) throws IOException {
        Path shot = browser.getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, SHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
}
