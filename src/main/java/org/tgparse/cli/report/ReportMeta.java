package org.tgparse.cli.report;

import java.util.List;

/**
 * What a report was made from, for its heading.
 *
 * @param tool the tool and version that wrote the report ({@code tgparse 0.1.0})
 * @param inputs the first inputs as given on the command line (at most a few: a shell glob may give thousands)
 * @param moreInputs how many inputs are not in {@code inputs}
 */
record ReportMeta(String tool, List<String> inputs, int moreInputs) {
  /** Copies the list. */
  ReportMeta {
    inputs = List.copyOf(inputs);
  }
}
