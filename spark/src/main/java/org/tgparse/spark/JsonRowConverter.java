package org.tgparse.spark;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.GenericInternalRow;
import org.apache.spark.sql.catalyst.util.GenericArrayData;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.unsafe.types.UTF8String;

/**
 * Streams one JSON record, as {@link org.tgparse.json.MessageJson} writes it, into a row of a {@link StructType}
 * (the schema a scan reads: {@link MessageSchema#SCHEMA} or a pruned part of it), token by token with a Jackson
 * {@link JsonParser}, without building a tree. Going through the JSON keeps this adapter tied to the record's
 * field names, a public contract, rather than to the shape of the Java model.
 *
 * <p>Fields are matched by name at every level, so a schema pruned to some columns, or to some fields of a
 * struct, is filled as it is; JSON fields it does not have are skipped. Conversions: strings to
 * {@link UTF8String}; an object or array where the schema has a string ({@code actionDetails}) to its compact JSON
 * text; a date-time string to a timestamp when it has an offset, to null when it is a local time without zone;
 * numbers and booleans as they are. A value of another kind than the schema says is a bug between the schema and
 * the writer, and throws {@link IllegalStateException}.
 *
 * <p>Not thread-safe (one per partition reader).
 */
final class JsonRowConverter {
  private static final JsonFactory FACTORY = new JsonFactory();

  private final Struct root;
  private byte[] json;

  /**
   * @param schema the top-level columns to fill
   * @param jsonField for a top-level column, the JSON field it is filled from, or null for a column that is not
   *     filled from the JSON
   */
  JsonRowConverter(StructType schema, UnaryOperator<String> jsonField) {
    this.root = new Struct(schema, jsonField);
  }

  /**
   * Fills the columns of {@code row} that come from the JSON; the others are left as they are.
   *
   * @param record one JSON object, UTF-8
   * @param row a row of the schema given to the constructor
   */
  void fill(byte[] record, InternalRow row) {
    json = record;
    try (JsonParser p = FACTORY.createParser(record)) {
      expect(p.nextToken() == JsonToken.START_OBJECT, "an object", p);
      root.fill(p, row);
    } catch (IOException e) {
      // The bytes are tgparse's own JSON, held in memory: a failure here is a bug, not bad input.
      throw new UncheckedIOException("cannot read a record's JSON", e);
    } finally {
      json = null;
    }
  }

  /** Reads the value the parser is at. */
  private interface Value {
    Object read(JsonParser p) throws IOException;
  }

  private Value value(DataType type) {
    if (type instanceof StructType) {
      Struct s = new Struct((StructType) type, UnaryOperator.identity());
      return p -> {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
          return null;
        }
        expect(p.currentToken() == JsonToken.START_OBJECT, "an object", p);
        GenericInternalRow row = new GenericInternalRow(s.width);
        s.fill(p, row);
        return row;
      };
    }
    if (type instanceof ArrayType) {
      Value element = value(((ArrayType) type).elementType());
      return p -> {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
          return null;
        }
        expect(p.currentToken() == JsonToken.START_ARRAY, "an array", p);
        List<Object> items = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          items.add(element.read(p));
        }
        return new GenericArrayData(items.toArray());
      };
    }
    if (type.equals(DataTypes.StringType)) {
      return this::string;
    }
    if (type.equals(DataTypes.TimestampType)) {
      return JsonRowConverter::timestamp;
    }
    if (type.equals(DataTypes.LongType)) {
      return p -> number(p) ? p.getLongValue() : null;
    }
    if (type.equals(DataTypes.IntegerType)) {
      return p -> number(p) ? p.getIntValue() : null;
    }
    if (type.equals(DataTypes.DoubleType)) {
      return p -> number(p) ? p.getDoubleValue() : null;
    }
    if (type.equals(DataTypes.BooleanType)) {
      return p -> {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NULL) {
          return null;
        }
        expect(t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE, "a boolean", p);
        return t == JsonToken.VALUE_TRUE;
      };
    }
    throw new IllegalArgumentException("no conversion from JSON to " + type.simpleString());
  }

  private Object string(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
      // A free-form value: its compact JSON, cut from the record's bytes between its first and last token.
      int start = (int) p.currentTokenLocation().getByteOffset();
      p.skipChildren();
      int end = (int) p.currentTokenLocation().getByteOffset() + 1;
      return UTF8String.fromBytes(Arrays.copyOfRange(json, start, end));
    }
    return UTF8String.fromString(p.getText());
  }

  private static boolean number(JsonParser p) {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NULL) {
      return false;
    }
    expect(t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT, "a number", p);
    return true;
  }

  /**
   * A date-time string as a Spark timestamp (microseconds since the epoch), or null when it has no offset: a
   * local time of unknown zone is no instant, and its text stays in the {@code ...Text} column.
   */
  private static Object timestamp(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    expect(t == JsonToken.VALUE_STRING, "a date-time string", p);
    TemporalAccessor parsed = DateTimeFormatter.ISO_DATE_TIME.parse(p.getText());
    if (!parsed.isSupported(ChronoField.OFFSET_SECONDS)) {
      return null;
    }
    Instant instant = Instant.from(parsed);
    return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1_000L);
  }

  private static void expect(boolean ok, String what, JsonParser p) {
    if (!ok) {
      throw new IllegalStateException("expected " + what + " for the column " + p.getParsingContext().pathAsPointer()
          + ", found " + p.currentToken() + ": the schema and the JSON record disagree");
    }
  }

  /** The fields of one struct: which JSON field fills which ordinals, and how. */
  private final class Struct {
    final int width;
    final Map<String, Target[]> byField = new HashMap<>();

    Struct(StructType type, UnaryOperator<String> jsonField) {
      StructField[] fields = type.fields();
      width = fields.length;
      for (int i = 0; i < fields.length; i++) {
        String from = jsonField.apply(fields[i].name());
        if (from == null) {
          continue;
        }
        Target[] old = byField.getOrDefault(from, new Target[0]);
        Target[] targets = Arrays.copyOf(old, old.length + 1);
        targets[old.length] = new Target(i, value(fields[i].dataType()));
        byField.put(from, targets);
      }
    }

    /** Reads the object the parser is at (START_OBJECT) to its end into {@code row}. */
    void fill(JsonParser p, InternalRow row) throws IOException {
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        Target[] targets = byField.get(p.currentName());
        p.nextToken();
        if (targets == null) {
          p.skipChildren();
          continue;
        }
        // Two columns from one field (date and dateText) only ever read a scalar, which can be read twice.
        for (Target t : targets) {
          row.update(t.ordinal, t.value.read(p));
        }
      }
    }
  }

  /** A column of a struct and the conversion that fills it. */
  private static final class Target {
    final int ordinal;
    final Value value;

    Target(int ordinal, Value value) {
      this.ordinal = ordinal;
      this.value = value;
    }
  }
}
