package org.tgparse.internal.desktophtml;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.tgparse.MessageReader;
import org.tgparse.Tgparse;
import org.tgparse.model.Message;
import org.tgparse.read.ReadOptions;

/**
 * Generates big Desktop HTML pages, written as Telegram Desktop writes them (tags on their own lines, blank lines
 * between messages), and reads them; {@link #main} runs in a child JVM with a small heap.
 */
final class BigPages {
  private BigPages() {
  }

  /**
   * Writes a page.
   *
   * @param file where
   * @param messages how many ordinary messages
   * @param brs how many {@code <br>} the one extra message holds (0: no such message)
   * @throws IOException when writing fails
   */
  static void write(Path file, int messages, int brs) throws IOException {
    try (Writer w = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
      w.write(DesktopHtmlReaderTest.page().replace("\n    </div>\n   </div>\n  </div>\n </body>\n</html>\n", ""));
      if (brs > 0) {
        w.write("\n     <div class=\"message default clearfix\" id=\"message0\">\n      <div class=\"body\">\n"
            + "       <div class=\"text\">\nbreaks");
        for (int i = 0; i < brs; i++) {
          w.write("<br>");
        }
        w.write("\n       </div>\n      </div>\n     </div>\n");
      }
      for (int i = 1; i <= messages; i++) {
        w.write("\n");
        w.write(DesktopHtmlReaderTest.message(i, "01.01.2024 10:00:00 UTC+00:00", i % 5 == 1 ? "Channel" : null,
            "Message " + i + " with <strong>bold</strong> and <a href=\"https://example.org/" + i
                + "\">a link</a><br>and a second line about #news", i % 5 != 1));
        w.write("\n");
      }
      w.write("\n    </div>\n   </div>\n  </div>\n </body>\n</html>\n");
    }
  }

  /**
   * Reads a page and prints {@code messages=N issues=M}.
   *
   * @param args the file
   */
  public static void main(String[] args) {
    long n = 0;
    try (MessageReader r = Tgparse.read(Path.of(args[0]), ReadOptions.defaults())) {
      Message m;
      while ((m = r.read()) != null) {
        n++;
      }
      System.out.println(String.format(Locale.ROOT, "messages=%d issues=%d", n, r.issueCount()));
      r.issues().forEach(System.out::println);
    }
  }
}
