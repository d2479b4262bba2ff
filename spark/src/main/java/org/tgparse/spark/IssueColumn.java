package org.tgparse.spark;

import java.util.List;
import org.apache.spark.sql.catalyst.expressions.GenericInternalRow;
import org.apache.spark.sql.catalyst.util.GenericArrayData;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.unsafe.types.UTF8String;
import org.tgparse.read.ParseIssue;

/**
 * Builds the value of the {@code issues} column from {@link ParseIssue}s, filling the fields of
 * {@link MessageSchema#ISSUE} that the scan reads (all of them unless a query pruned some). Thread-safe.
 */
final class IssueColumn {
  private final String[] fields;

  /** @param element the element type of the column as the scan reads it */
  IssueColumn(StructType element) {
    StructField[] f = element.fields();
    fields = new String[f.length];
    for (int i = 0; i < f.length; i++) {
      fields[i] = f[i].name();
    }
  }

  /**
   * @param issues the issues of one row
   * @return the column's value (an empty array when there are none)
   */
  GenericArrayData value(List<ParseIssue> issues) {
    Object[] rows = new Object[issues.size()];
    for (int i = 0; i < rows.length; i++) {
      rows[i] = row(issues.get(i));
    }
    return new GenericArrayData(rows);
  }

  private GenericInternalRow row(ParseIssue issue) {
    GenericInternalRow row = new GenericInternalRow(fields.length);
    for (int i = 0; i < fields.length; i++) {
      row.update(i, field(issue, fields[i]));
    }
    return row;
  }

  private static Object field(ParseIssue issue, String name) {
    switch (name) {
      case "file":
        return UTF8String.fromString(issue.file());
      case "line":
        return issue.line();
      case "column":
        return issue.column();
      case "severity":
        return UTF8String.fromString(issue.severity().name());
      case "message":
        return UTF8String.fromString(issue.message());
      default:
        throw new IllegalArgumentException("no issue field \"" + name + "\"");
    }
  }
}
