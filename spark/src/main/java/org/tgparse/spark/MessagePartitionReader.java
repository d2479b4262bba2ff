package org.tgparse.spark;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.GenericInternalRow;
import org.apache.spark.sql.connector.read.PartitionReader;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.StructType;
import org.tgparse.json.MessageJson;
import org.tgparse.model.Message;
import org.tgparse.read.ParseIssue;
import org.tgparse.read.ReadOptions;
import org.tgparse.read.TgparseException;

/**
 * Reads one input into rows: each message is written as the command line's JSON record by
 * {@link MessageJson#toJsonBytes} and streamed into a row by {@link JsonRowConverter}.
 *
 * <p>In {@link ReadMode#PERMISSIVE} mode a row's {@code issues} are those the reader reported while it read up to
 * that record (each issue's {@code line} says where it is). Issues reported after the last record, and the error
 * that ends an input that cannot be read on, come in one more row, an <em>issue row</em>: every column null but
 * {@code source.file} (the input) and {@code issues}; {@code type IS NULL} finds them. The records before an error
 * are kept. In {@link ReadMode#FAILFAST} mode the reader is strict, and the first issue or error is thrown,
 * failing the task.
 *
 * <p>Not thread-safe: Spark calls it from one task thread.
 */
final class MessagePartitionReader implements PartitionReader<InternalRow> {
  private final TgparseInput input;
  private final ReadMode mode;
  private final StructType schema;
  private final int issuesOrdinal;
  private final IssueColumn issueColumn;
  private final JsonRowConverter converter;
  /** Whether any column comes from the JSON record: not for count(), nor for a select of issues alone. */
  private final boolean needsJson;
  private final InputMessages messages;
  private InternalRow current;
  private boolean ended;

  /**
   * @param input the input
   * @param options how to read it (strict in FAILFAST mode)
   * @param mode the mode
   * @param schema the columns to fill: {@link MessageSchema#SCHEMA} or a pruned part of it
   * @param conf the Hadoop configuration
   */
  MessagePartitionReader(TgparseInput input, ReadOptions options, ReadMode mode, StructType schema,
      Configuration conf) {
    this.input = input;
    this.mode = mode;
    this.schema = schema;
    this.issuesOrdinal = indexOf(schema, MessageSchema.ISSUES);
    this.issueColumn = issuesOrdinal < 0 ? null : new IssueColumn(
        (StructType) ((ArrayType) schema.fields()[issuesOrdinal].dataType()).elementType());
    this.converter = new JsonRowConverter(schema, MessageSchema::jsonField);
    boolean json = false;
    for (String column : schema.fieldNames()) {
      json |= MessageSchema.jsonField(column) != null;
    }
    this.needsJson = json;
    this.messages = new InputMessages(input, options, conf);
  }

  @Override
  public boolean next() {
    if (ended) {
      return false;
    }
    Message m;
    try {
      m = messages.next();
    } catch (TgparseException e) {
      ended = true;
      if (mode == ReadMode.FAILFAST) {
        throw new TgparseException(e.file(), e.line(), e.column(), withHint(e), e);
      }
      List<ParseIssue> issues = new ArrayList<>(messages.takeIssues());
      issues.add(new ParseIssue(e.file() == null ? input.name() : e.file(), e.line(), e.column(),
          ParseIssue.Severity.ERROR, errorMessage(e)));
      current = issueRow(issues);
      return true;
    }
    if (m == null) {
      ended = true;
      List<ParseIssue> trailing = messages.takeIssues();
      if (trailing.isEmpty()) {
        return false;
      }
      current = issueRow(trailing);
      return true;
    }
    GenericInternalRow row = new GenericInternalRow(schema.size());
    if (needsJson) {
      converter.fill(MessageJson.toJsonBytes(m), row);
    }
    if (issueColumn != null) {
      row.update(issuesOrdinal, issueColumn.value(messages.takeIssues()));
    }
    current = row;
    return true;
  }

  @Override
  public InternalRow get() {
    return current;
  }

  @Override
  public void close() {
    messages.close();
  }

  /** A row of nulls but {@code source.file}, filled through the converter so that pruning applies to it too. */
  private InternalRow issueRow(List<ParseIssue> issues) {
    GenericInternalRow row = new GenericInternalRow(schema.size());
    ByteArrayOutputStream json = new ByteArrayOutputStream();
    try (JsonGenerator g = MessageJson.factory().createGenerator(json)) {
      g.writeStartObject();
      g.writeObjectFieldStart("source");
      g.writeStringField("file", input.name());
      g.writeEndObject();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // written to memory: cannot happen
    }
    converter.fill(json.toByteArray(), row);
    if (issueColumn != null) {
      row.update(issuesOrdinal, issueColumn.value(issues));
    }
    return row;
  }

  /** The exception's message without the location its own message starts with (the issue has it in fields). */
  private static String errorMessage(TgparseException e) {
    String full = e.getMessage();
    String prefix = new TgparseException(e.file(), e.line(), e.column(), "").getMessage();
    return full.startsWith(prefix) ? full.substring(prefix.length()) : full;
  }

  private static String withHint(TgparseException e) {
    return errorMessage(e) + " (mode FAILFAST: set the option mode to PERMISSIVE to keep reading and find the"
        + " issues in the column issues)";
  }

  private static int indexOf(StructType schema, String name) {
    String[] names = schema.fieldNames();
    for (int i = 0; i < names.length; i++) {
      if (names[i].equals(name)) {
        return i;
      }
    }
    return -1;
  }
}
