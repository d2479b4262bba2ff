/**
 * tgparse: Telegram channel archives (plain-text copies, Telegram Desktop JSON and HTML exports, saved t.me/s
 * pages) read into typed records, with the entities found in their text, and written as JSON.
 *
 * <p>Exported: the entry point ({@code org.tgparse}), what a read takes and reports ({@code org.tgparse.read}),
 * the records ({@code org.tgparse.model}), the extractor ({@code org.tgparse.extract}) and JSON writing and
 * reading ({@code org.tgparse.json}). The readers of each input form and their shared machinery
 * ({@code org.tgparse.internal.*}) and the command line ({@code org.tgparse.cli}) are not exported.
 *
 * <p>jsoup is used inside only. Jackson core appears in {@code org.tgparse.json}'s signatures (generators and
 * parsers), so a reader of this module reads it too. Jackson Databind is optional ({@code static}, not
 * {@code transitive}, which would make every user's compilation need it): only
 * {@code org.tgparse.json.TgparseModule} needs it, for users who bring their own {@code ObjectMapper} and so
 * require Databind themselves.
 */
module org.tgparse {
  requires org.jsoup;
  requires transitive com.fasterxml.jackson.core;
  requires static com.fasterxml.jackson.databind;

  exports org.tgparse;
  exports org.tgparse.read;
  exports org.tgparse.model;
  exports org.tgparse.extract;
  exports org.tgparse.json;
}
