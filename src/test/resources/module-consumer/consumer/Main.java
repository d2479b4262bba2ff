package consumer;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import org.tgparse.MessageReader;
import org.tgparse.Tgparse;
import org.tgparse.extract.Entities;
import org.tgparse.json.JsonLinesReader;
import org.tgparse.json.MessageJson;
import org.tgparse.model.Message;

/**
 * Reads each input given (any of the four forms), writes every record as JSON, reads it back and prints one line
 * per input: its format, its record count and whether every record read back equal. Run on the module path by ModulePathConsumerTest.
 */
public final class Main {
  private Main() {
  }

  public static void main(String[] args) throws IOException {
    for (String arg : args) {
      long records = 0;
      boolean readBack = true;
      try (MessageReader reader = Tgparse.read(Path.of(arg))) {
        for (Message m : reader) {
          records++;
          // Written as JSON and read back, through a JSON Lines reader as a user's pipeline would.
          String line = MessageJson.toJson(m);
          try (JsonLinesReader back = JsonLinesReader.open(new StringReader(line + "\n"), arg + ".jsonl")) {
            readBack &= m.equals(back.read());
          }
        }
        System.out.println(reader.format() + " " + records + " " + readBack);
      }
    }
    Entities e = Tgparse.extractor().extract("📍 Moscow, March 20, 2023 #CSTO");
    System.out.println("extract " + e.places().size() + " " + e.hashtags().size());
    // Jackson core is in tgparse's API (a caller's generator), so this module reads it through tgparse alone.
    StringWriter json = new StringWriter();
    try (MessageReader reader = Tgparse.read(Path.of(args[0]));
        JsonGenerator g = MessageJson.factory().createGenerator(json)) {
      MessageJson.write(g, reader.read());
    }
    System.out.println("generator " + json.toString().startsWith("{\"type\":"));
  }
}
