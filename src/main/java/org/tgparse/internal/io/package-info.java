/**
 * The machinery every input form shares, below the readers: bytes to lines ({@link
 * org.tgparse.internal.io.Utf8Lines}, {@link org.tgparse.internal.io.LineReader}), encoding repair and control
 * characters, format detection on the first bytes ({@link org.tgparse.internal.io.Detector}), the pull interface
 * every reader implements ({@link org.tgparse.internal.io.FormatReader}), the bounded issue list ({@link
 * org.tgparse.internal.io.IssueSink}) and the limits applied while reading. Depends on the model and the read
 * vocabulary only. Not exported.
 */
package org.tgparse.internal.io;
