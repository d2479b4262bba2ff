package org.tgparse.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Turns a collected {@link Row} back into the command line's JSON record, so that the two can be compared field by
 * field: the times are put back from their {@code ...Text} columns (after checking the timestamp column against
 * them), {@code actionDetails} is parsed, the optional fields of {@code entities} that the JSON leaves out when
 * null are dropped, and the columns the JSON record does not have are removed.
 */
final class RowJson {
  static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final String[][] TIMES = {
      {"date", "dateText"}, {"edited", "editedText"}, {"forwardedDate", "forwardedDateText"}};
  private static final List<String> OPTIONAL_ENTITY_FIELDS =
      List.of("href", "language", "userId", "documentId", "collapsed");

  private RowJson() {
  }

  /**
   * @param row a row of {@link MessageSchema#SCHEMA} (further columns after it are ignored)
   * @return the JSON record it stands for
   */
  static ObjectNode record(Row row) {
    ObjectNode node = (ObjectNode) value(row, MessageSchema.SCHEMA);
    for (String[] t : TIMES) {
      JsonNode text = node.get(t[1]);
      JsonNode time = node.get(t[0]);
      Instant exact = text.isNull() ? null : exactInstant(text.asText());
      if (exact == null) {
        if (!time.isNull()) {
          throw new AssertionError(t[0] + " is " + time + " but " + t[1] + " is " + text + ", which has no zone");
        }
      } else if (!Instant.parse(time.asText()).equals(exact)) {
        throw new AssertionError(t[0] + " is " + time + " but " + t[1] + " is " + text);
      }
      node.set(t[0], text);
      node.remove(t[1]);
    }
    node.remove(MessageSchema.ISSUES);
    JsonNode details = node.get("actionDetails");
    if (!details.isNull()) {
      try {
        node.set("actionDetails", MAPPER.readTree(details.asText()));
      } catch (java.io.IOException e) {
        throw new AssertionError("actionDetails is not JSON: " + details, e);
      }
    }
    for (JsonNode entity : node.get("entities")) {
      for (String f : OPTIONAL_ENTITY_FIELDS) {
        if (entity.get(f).isNull()) {
          ((ObjectNode) entity).remove(f);
        }
      }
    }
    return node;
  }

  private static Instant exactInstant(String text) {
    return text.endsWith("Z") ? Instant.parse(text) : null;
  }

  private static JsonNode value(Object v, DataType type) {
    if (v == null) {
      return NODES.nullNode();
    }
    if (type instanceof StructType) {
      Row row = (Row) v;
      ObjectNode o = NODES.objectNode();
      StructField[] fields = ((StructType) type).fields();
      for (int i = 0; i < fields.length; i++) {
        o.set(fields[i].name(), value(row.get(i), fields[i].dataType()));
      }
      return o;
    }
    if (type instanceof ArrayType) {
      ArrayNode a = NODES.arrayNode();
      for (Object item : scala.jdk.javaapi.CollectionConverters.asJava((scala.collection.Seq<?>) v)) {
        a.add(value(item, ((ArrayType) type).elementType()));
      }
      return a;
    }
    if (v instanceof Instant) {
      return NODES.textNode(v.toString());
    }
    if (v instanceof java.sql.Timestamp) {
      return NODES.textNode(((java.sql.Timestamp) v).toInstant().toString());
    }
    return MAPPER.valueToTree(v);
  }
}
