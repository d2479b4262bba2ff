package org.tgparse.cli.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes the report as one HTML file: the page template with its style, the charting library, the world map,
 * the numbers and the page script put inside, so that the file opens from disk with no network.
 *
 * <p>Archive text reaches the page only inside the JSON of the numbers, escaped by {@link ScriptJson}; the
 * template, style, script and map are this library's own resources ({@code org/tgparse/report/}). Apache ECharts
 * comes from its WebJar on the class path (the {@code org.webjars.npm:echarts} dependency).
 */
final class ReportPage {
  /** The minified ECharts of the WebJar; the version is the dependency's in pom.xml. */
  static final String ECHARTS = "META-INF/resources/webjars/echarts/5.3.1/dist/echarts.min.js";
  private static final String RESOURCES = "/org/tgparse/report/";
  private static final Pattern MARKER = Pattern.compile("@@([A-Z]+)@@");

  private ReportPage() {
  }

  /**
   * Writes the page.
   *
   * @param out where to; flushed, not closed
   * @param tool the tool and version, for the generator tag
   * @param dataJson the numbers as JSON ({@link ReportData}), not yet escaped
   * @throws IOException when the output fails, or a resource is missing from the class path
   */
  static void write(OutputStream out, String tool, String dataJson) throws IOException {
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    String template = resource(RESOURCES + "report.html");
    Matcher m = MARKER.matcher(template);
    int at = 0;
    while (m.find()) {
      w.write(template, at, m.start() - at);
      at = m.end();
      switch (m.group(1)) {
        case "TOOL":
          // Our own version string; kept to harmless characters all the same, as it goes into an attribute.
          w.write(tool.replaceAll("[^A-Za-z0-9 ._+-]", ""));
          break;
        case "CSS":
          w.write(resource(RESOURCES + "report.css"));
          break;
        case "DATA":
          w.write(ScriptJson.escape(dataJson));
          break;
        case "MAP":
          w.write(ScriptJson.escape(resource(RESOURCES + "world.json")));
          break;
        case "ECHARTS":
          w.write(scriptSafe(library(ECHARTS), ECHARTS));
          break;
        case "APP":
          w.write(scriptSafe(resource(RESOURCES + "report.js"), "report.js"));
          break;
        default:
          throw new IllegalStateException("unknown marker " + m.group() + " in report.html");
      }
    }
    w.write(template, at, template.length() - at);
    w.flush();
  }

  /**
   * Script text must not contain {@code </script} (it would end the element) or {@code <!--}: none of ours does,
   * and a newer library that did would be refused here rather than break the page.
   */
  private static String scriptSafe(String script, String name) {
    String lower = script.toLowerCase(Locale.ROOT);
    if (lower.contains("</script") || lower.contains("<!--")) {
      throw new IllegalStateException(name + " contains </script or <!--: it cannot be inlined as it is");
    }
    return script;
  }

  private static String resource(String path) throws IOException {
    try (InputStream in = ReportPage.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IOException("missing resource " + path + " (a damaged jar?)");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** A resource of another jar (not of a package of this module), looked up through the class loader. */
  private static String library(String path) throws IOException {
    ClassLoader loader = ReportPage.class.getClassLoader();
    try (InputStream in = loader == null ? ClassLoader.getSystemResourceAsStream(path) : loader.getResourceAsStream(path)) {
      if (in == null) {
        throw new IOException("missing " + path + ": the report needs org.webjars.npm:echarts on the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
