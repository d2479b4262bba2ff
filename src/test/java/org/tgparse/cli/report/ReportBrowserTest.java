package org.tgparse.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.tgparse.cli.Main;
import org.tgparse.cli.stats.ArchiveStats;
import org.tgparse.model.Channel;
import org.tgparse.model.EmojiMarker;
import org.tgparse.model.Hashtag;
import org.tgparse.model.Media;
import org.tgparse.model.Message;
import org.tgparse.model.MessageType;
import org.tgparse.model.Place;
import org.tgparse.model.SourceRef;
import org.tgparse.model.Timestamp;

/**
 * The report in a real browser (headless Chromium, see {@link HeadlessChromium}): the report of every sample and
 * golden test export opens from {@code file:} with no console error and no request leaving the page, every chart
 * draws, and the header shows the summary's numbers. A screenshot of each is kept in
 * {@code target/report-screenshots/}. Archive text with script in it shows as text and runs nothing.
 */
class ReportBrowserTest {
  private static final Path REPORTS = Path.of("target/report-html");
  private static final Path SCREENSHOTS = Path.of("target/report-screenshots");
  private static final int WIDTH = 1280;
  private static ChromeDriver browser;

  @BeforeAll
  static void startBrowser() throws IOException {
    Files.createDirectories(REPORTS);
    Files.createDirectories(SCREENSHOTS);
    browser = HeadlessChromium.start(Files.createTempDirectory("tgparse-chromium-"), WIDTH, 900);
  }

  @AfterAll
  static void stopBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  /** @return samples/*.txt and every golden input (files and export folders; not the expected outputs) */
  static Stream<Path> inputs() throws IOException {
    List<Path> all = new ArrayList<>();
    try (Stream<Path> samples = Files.list(Path.of("samples"))) {
      samples.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(all::add);
    }
    try (Stream<Path> formats = Files.list(Path.of("src/test/resources/golden"))) {
      for (Path format : formats.sorted().collect(Collectors.toList())) {
        try (Stream<Path> files = Files.list(format)) {
          files.filter(p -> !p.getFileName().toString().contains(".expected.")).sorted().forEach(all::add);
        }
      }
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("inputs")
  void reportOpensOfflineDrawsEveryChartAndShowsTheSummary(Path input) throws IOException {
    String name = input.toString().replaceAll("^src/test/resources/", "").replaceAll("[/\\\\]", "_");
    Path html = REPORTS.resolve(name + ".html");
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    Main.run(new String[] {"--report", html.toString(), input.toString()}, new ByteArrayInputStream(new byte[0]),
        stdout, new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8));
    assertThat(stdout.size()).as("no records on stdout with --report").isZero();
    String page = Files.readString(html, StandardCharsets.UTF_8);
    assertNothingPointsOutside(page);

    open(html);
    assertThat(emptyCharts()).as("charts that drew nothing").isEmpty();
    assertThat(sectionsWithNeitherChartNorNote()).as("sections that show nothing and say nothing").isEmpty();
    assertThat(headerValues()).as("the header's numbers").isEqualTo(expectedHeader(input));
    assertNoConsoleErrors();
    assertNoRequests();
    screenshot(SCREENSHOTS.resolve(name + ".png"));
  }

  @Test
  void archiveTextWithScriptShowsAsTextAndRunsNothing() throws IOException {
    String endScript = "\"</script><script>alert(1)</script>";
    String script = "<script>alert(2)</script>";
    String img = "<img src=x onerror=alert(3)>";
    ArchiveStats summary = new ArchiveStats();
    ReportStats stats = new ReportStats(null);
    for (int i = 0; i < 3; i++) {
      Message m = Message.builder()
          .type(MessageType.MESSAGE)
          .channel(Channel.of(endScript, "public_channel", "1"))
          .date(Timestamp.of(Instant.parse("2024-03-0" + (i + 1) + "T10:00:00Z")))
          .text("text " + script)
          .forwardedFrom(img + "\u2028" + endScript)
          .hashtagEntities(List.of(new Hashtag("#" + script, 0, 1, script, null)))
          .places(List.of(new Place(endScript, 0, 1, endScript, Place.PlaceKind.MENTION, "RU", null, null),
              new Place(img, 0, 1, img, Place.PlaceKind.MENTION, "\"><svg onload=alert(4)>", null, null)))
          .emoji(List.of(new EmojiMarker("\uD83D\uDCCD", 0, 2, endScript, true, null)))
          .media(List.of(Media.builder(img).build()))
          .source(new SourceRef("<b>file</b>", 1, 1))
          .build();
      summary.add(m);
      stats.add(m);
    }
    Path html = REPORTS.resolve("hostile.html");
    String json = ReportData.toJson(new ReportMeta("tgparse test", List.of(endScript), 0), summary, stats);
    try (OutputStream out = Files.newOutputStream(html)) {
      ReportPage.write(out, "tgparse test", json);
    }

    open(html);
    assertThatThrownByNothing();
    assertThat(browser.findElement(By.id("title")).getText()).isEqualTo(endScript);
    String cells = (String) browser.executeScript(
        "return Array.from(document.querySelectorAll('td')).map(function (td) { return td.textContent; }).join('\\n');");
    assertThat(cells).contains("#" + script, endScript, img);
    // Only the page's own four script elements; nothing the archive wrote became an element.
    assertThat(browser.findElements(By.tagName("script"))).hasSize(4);
    assertThat(browser.findElements(By.cssSelector("main img, main svg, header img, header svg"))).isEmpty();
    assertThat(emptyCharts()).isEmpty();
    assertNoConsoleErrors();
    assertNoRequests();
    screenshot(SCREENSHOTS.resolve("hostile.png"));
  }

  // ---- helpers ---------------------------------------------------------------------------------------------

  private static void open(Path html) {
    drainLogs();
    browser.manage().window().setSize(new Dimension(WIDTH, 900));
    browser.get(html.toAbsolutePath().toUri().toString());
    assertThatThrownByNothing();
    new WebDriverWait(browser, Duration.ofSeconds(30)).until(d ->
        "true".equals(((ChromeDriver) d).executeScript("return document.body.getAttribute('data-ready');")));
  }

  /** An alert would mean archive text ran as script. */
  private static void assertThatThrownByNothing() {
    try {
      String text = browser.switchTo().alert().getText();
      browser.switchTo().alert().dismiss();
      throw new AssertionError("an alert was opened: " + text);
    } catch (NoAlertPresentException expected) {
      // nothing ran
    }
  }

  private static final Pattern OUTSIDE = Pattern.compile("(?i)(src|href|action)\\s*=\\s*[\"']?\\s*(https?:|//)");

  private static void assertNothingPointsOutside(String page) {
    assertThat(OUTSIDE.matcher(page).find()).as("a src or href to the network").isFalse();
    assertThat(page).contains("content=\"default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline';"
        + " img-src data:\"");
  }

  /** @return the labels of the charts whose canvas has not one painted pixel */
  @SuppressWarnings("unchecked")
  private static List<String> emptyCharts() {
    return (List<String>) browser.executeScript(String.join("\n",
        "var empty = [];",
        "document.querySelectorAll('[data-chart]').forEach(function (box) {",
        "  var painted = false;",
        "  box.querySelectorAll('canvas').forEach(function (c) {",
        "    if (!c.width || !c.height) return;",
        "    var px = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;",
        "    for (var i = 3; i < px.length; i += 4) { if (px[i] !== 0) { painted = true; break; } }",
        "  });",
        "  if (!painted) empty.push(box.getAttribute('data-chart'));",
        "});",
        "return empty;"));
  }

  /** @return the sections with no chart and no note saying why (an input may have nothing to draw) */
  @SuppressWarnings("unchecked")
  private static List<String> sectionsWithNeitherChartNorNote() {
    return (List<String>) browser.executeScript(
        "return Array.from(document.querySelectorAll('main section'))"
            + ".filter(function (s) { return !s.querySelector('[data-chart], .empty'); })"
            + ".map(function (s) { return s.id; });");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, String> headerValues() {
    return (Map<String, String>) browser.executeScript(
        "var o = {}; document.querySelectorAll('[data-stat]').forEach(function (e) {"
            + " o[e.getAttribute('data-stat')] = e.getAttribute('data-value'); }); return o;");
  }

  private static final Pattern SUMMARY_ROW =
      Pattern.compile("^\\s*(Messages|message|service|unsupported|Forwards|Issues|Dates)\\s{2,}(.*)$");

  /**
   * The numbers {@code --summary} prints for one input, as the header must show them; the channel count, which
   * the summary prints as a list, from {@link ArchiveStats} directly.
   */
  private static Map<String, String> expectedHeader(Path input) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Main.run(new String[] {"--summary", input.toString()}, new ByteArrayInputStream(new byte[0]), out,
        new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8));
    Map<String, String> rows = new java.util.HashMap<>();
    for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
      var m = SUMMARY_ROW.matcher(line);
      if (m.matches()) {
        rows.putIfAbsent(m.group(1), m.group(2).trim());
      }
    }
    // Dates: "none", "T", or "T1 .. T2", each maybe followed by " (N without a date)".
    String dates = rows.get("Dates").replaceAll(" \\(.*\\)$", "");
    String range = dates.equals("none") ? "" : dates.contains(" .. ") ? dates.replace(" .. ", "/") : dates + "/" + dates;
    return Map.of(
        "messages", count(rows.get("Messages")),
        "message", count(rows.get("message")),
        "service", count(rows.get("service")),
        "unsupported", count(rows.get("unsupported")),
        "range", range,
        "channels", Integer.toString(SummaryOf.read(input).channelCount()),
        "forwards", count(rows.get("Forwards")),
        "issues", count(rows.get("Issues")));
  }

  private static String count(String printed) {
    return printed.replace(",", "");
  }

  private static void drainLogs() {
    browser.manage().logs().get(LogType.BROWSER);
    browser.manage().logs().get(LogType.PERFORMANCE);
  }

  private static void assertNoConsoleErrors() {
    List<String> errors = new ArrayList<>();
    for (LogEntry e : browser.manage().logs().get(LogType.BROWSER)) {
      if (e.getLevel().intValue() >= Level.WARNING.intValue()) {
        errors.add(e.getLevel() + " " + e.getMessage());
      }
    }
    assertThat(errors).as("console errors and warnings").isEmpty();
  }

  /** Every request the page made, from Chromium's DevTools network events: only the file itself may load. */
  private static void assertNoRequests() {
    List<String> requests = new ArrayList<>();
    Pattern url = Pattern.compile("\"url\":\"([^\"]*)\"");
    for (LogEntry e : browser.manage().logs().get(LogType.PERFORMANCE)) {
      String msg = e.getMessage();
      if (msg.contains("\"Network.requestWillBeSent\"")) {
        var m = url.matcher(msg);
        if (m.find() && !m.group(1).startsWith("file:") && !m.group(1).startsWith("data:")) {
          requests.add(m.group(1));
        }
      }
    }
    assertThat(requests).as("requests that left the page").isEmpty();
  }

  /** A screenshot of the whole page: the window is made as tall as the page first. */
  private static void screenshot(Path png) throws IOException {
    Number height = (Number) browser.executeScript("return document.documentElement.scrollHeight;");
    browser.manage().window().setSize(new Dimension(WIDTH, Math.min(12000, height.intValue() + 20)));
    for (Object chart : (List<?>) browser.executeScript("return Array.from(document.querySelectorAll('[data-chart]'));")) {
      assertThat(chart).isNotNull();
    }
    Files.write(png, browser.getScreenshotAs(OutputType.BYTES));
  }
}
