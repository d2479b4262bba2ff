package org.tgparse.spark;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The one place that defines the columns of {@code spark.read.format("tgparse")}: first every field of tgparse's
 * JSON record, with the same names in the same order (the README's "JSON fields", written by
 * {@link org.tgparse.json.MessageJson}), then four columns the JSON record does not have:
 *
 * <ul>
 *   <li>{@code dateText}, {@code editedText}, {@code forwardedDateText}: the JSON record's {@code date},
 *       {@code edited} and {@code forwardedDate} strings exactly as written, an instant ({@code
 *       2023-03-20T09:34:56Z}) or a local date-time without zone ({@code 2019-05-01T10:00:00}). The columns
 *       {@code date}, {@code edited} and {@code forwardedDate} are Spark timestamps and hold only the times whose
 *       zone the archive gave (or that the option {@code zone} made exact); a local time has no instant, so its
 *       timestamp column is null and its text column keeps it. {@code dateIsLocal} says which case {@code date}
 *       is.
 *   <li>{@code issues}: what the reader reported while it read the record (see {@link #ISSUE}).
 * </ul>
 *
 * <p>Types: nested objects are structs, lists are arrays, offsets ({@code start}, {@code end}) and pixel sizes are
 * ints, other whole numbers longs, coordinates doubles. {@code actionDetails}, a free-form object, is a string
 * column holding its compact JSON ({@code from_json} or {@code get_json_object} reads it). Every column is
 * nullable: a row that only carries an input's trailing issues has nulls everywhere but {@code source} and
 * {@code issues}.
 *
 * <p>Immutable and thread-safe.
 */
public final class MessageSchema {
  private MessageSchema() {
  }

  private static final DataType STR = DataTypes.StringType;
  private static final DataType LONG = DataTypes.LongType;
  private static final DataType INT = DataTypes.IntegerType;
  private static final DataType BOOL = DataTypes.BooleanType;
  private static final DataType DOUBLE = DataTypes.DoubleType;
  private static final DataType TIME = DataTypes.TimestampType;

  /** A date mentioned in the text (elements of {@code dates}, and {@code dateline.date}). */
  private static final StructType DATE_MENTION = struct(
      f("text", STR), f("start", INT), f("end", INT), f("value", STR), f("precision", STR),
      f("yearInferred", BOOL), f("endValue", STR));

  /** A place (elements of {@code places}, and {@code dateline.place}). */
  private static final StructType PLACE = struct(
      f("text", STR), f("start", INT), f("end", INT), f("name", STR), f("kind", STR), f("countryCode", STR),
      f("latitude", DOUBLE), f("longitude", DOUBLE));

  private static final StructType POLL = struct(
      f("question", STR), f("closed", BOOL), f("totalVoters", LONG),
      f("answers", array(struct(f("text", STR), f("voters", LONG), f("chosen", BOOL)))));

  private static final StructType MEDIA = struct(
      f("kind", STR), f("label", STR), f("file", STR), f("fileName", STR), f("mimeType", STR),
      f("fileSize", LONG), f("durationSeconds", LONG), f("width", INT), f("height", INT), f("title", STR),
      f("performer", STR), f("emoji", STR), f("poll", POLL),
      f("contact", struct(f("firstName", STR), f("lastName", STR), f("phoneNumber", STR))),
      f("latitude", DOUBLE), f("longitude", DOUBLE));

  /**
   * An element of the {@code issues} column: {@code file}, {@code line} and {@code column} (1-based, 0 when
   * unknown; column in UTF-16 code units), {@code severity} ({@code INFO}, {@code WARNING}, {@code ERROR}) and
   * {@code message}, as in {@link org.tgparse.read.ParseIssue}.
   */
  public static final StructType ISSUE = struct(
      f("file", STR), f("line", LONG), f("column", LONG), f("severity", STR), f("message", STR));

  /** The name of the column of issues. */
  public static final String ISSUES = "issues";

  /** The full schema: the JSON record's fields in order, then the text forms of the times and the issues. */
  public static final StructType SCHEMA = struct(
      f("type", STR),
      f("sequence", LONG),
      f("id", STR),
      f("channel", struct(f("name", STR), f("type", STR), f("id", STR), f("username", STR),
          f("description", STR), f("subscribers", LONG))),
      f("permalink", STR),
      f("date", TIME),
      f("dateIsLocal", BOOL),
      f("edited", TIME),
      f("from", STR),
      f("fromId", STR),
      f("author", STR),
      f("viaBot", STR),
      f("forwarded", BOOL),
      f("forwardedFrom", STR),
      f("forwardedFromId", STR),
      f("forwardedFromLink", STR),
      f("forwardedDate", TIME),
      f("savedFrom", STR),
      f("replyTo", struct(f("id", STR), f("peerId", STR), f("link", STR))),
      f("title", STR),
      f("text", STR),
      f("duplicateCollapsed", BOOL),
      f("hashtags", array(STR)),
      f("hashtagEntities", array(struct(
          f("text", STR), f("start", INT), f("end", INT), f("tag", STR), f("username", STR)))),
      f("mentions", array(struct(
          f("text", STR), f("start", INT), f("end", INT), f("username", STR), f("userId", LONG)))),
      f("cashtags", array(struct(
          f("text", STR), f("start", INT), f("end", INT), f("symbol", STR), f("username", STR)))),
      f("links", array(struct(
          f("text", STR), f("start", INT), f("end", INT), f("url", STR), f("type", STR), f("targetLost", BOOL)))),
      f("emoji", array(struct(
          f("text", STR), f("start", INT), f("end", INT), f("name", STR), f("lineStart", BOOL),
          f("regionCode", STR)))),
      f("dates", array(DATE_MENTION)),
      f("places", array(PLACE)),
      f("dateline", struct(f("text", STR), f("start", INT), f("end", INT), f("place", PLACE),
          f("date", DATE_MENTION))),
      f("entities", array(struct(
          f("type", STR), f("text", STR), f("start", INT), f("end", INT), f("href", STR), f("language", STR),
          f("userId", LONG), f("documentId", STR), f("collapsed", BOOL)))),
      f("media", array(MEDIA)),
      f("linkPreview", struct(f("url", STR), f("siteName", STR), f("title", STR), f("description", STR),
          f("image", STR))),
      f("reactions", array(struct(f("type", STR), f("emoji", STR), f("documentId", STR), f("count", LONG)))),
      f("views", LONG),
      f("viewsText", STR),
      f("action", STR),
      f("actor", STR),
      f("actorId", STR),
      f("actionDetails", STR),
      f("source", struct(f("file", STR), f("startLine", LONG), f("endLine", LONG))),
      f("dateText", STR),
      f("editedText", STR),
      f("forwardedDateText", STR),
      f(ISSUES, array(ISSUE)));

  /** Columns that are not JSON fields, mapped to the JSON field they are filled from. */
  private static final Map<String, String> TEXT_FORMS = Map.of(
      "dateText", "date", "editedText", "edited", "forwardedDateText", "forwardedDate");

  /**
   * The columns whose values come from the entity extractors (or, for {@code issues}, can hold the issues of the
   * entity limit, which counts extracted entities): a scan that needs none of them reads with extraction off.
   */
  static final Set<String> NEEDS_EXTRACTION = Set.of("hashtags", "hashtagEntities", "mentions", "cashtags",
      "links", "emoji", "dates", "places", "dateline", ISSUES);

  /** @return the names of the JSON record's fields, in the record's order (the first columns of the schema) */
  public static List<String> jsonFieldNames() {
    List<String> names = new java.util.ArrayList<>();
    for (StructField field : SCHEMA.fields()) {
      if (!TEXT_FORMS.containsKey(field.name()) && !field.name().equals(ISSUES)) {
        names.add(field.name());
      }
    }
    return names;
  }

  /**
   * @param column a top-level column
   * @return the JSON field it is filled from, or null for {@code issues}, which does not come from the JSON
   */
  static String jsonField(String column) {
    if (column.equals(ISSUES)) {
      return null;
    }
    return TEXT_FORMS.getOrDefault(column, column);
  }

  private static StructField f(String name, DataType type) {
    return new StructField(name, type, true, Metadata.empty());
  }

  private static StructType struct(StructField... fields) {
    return new StructType(fields);
  }

  private static DataType array(DataType element) {
    return DataTypes.createArrayType(element, true);
  }
}
