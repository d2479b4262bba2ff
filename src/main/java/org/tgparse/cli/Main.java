package org.tgparse.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.tgparse.MessageReader;
import org.tgparse.Tgparse;
import org.tgparse.cli.report.ReportCommand;
import org.tgparse.extract.Extractor;
import org.tgparse.internal.io.FileInput;
import org.tgparse.internal.io.Lines;
import org.tgparse.internal.pipeline.OrderedParallel;
import org.tgparse.internal.pipeline.SeenPosts;
import org.tgparse.json.JsonLinesWriter;
import org.tgparse.model.Message;
import org.tgparse.read.Format;
import org.tgparse.read.ParseIssue;
import org.tgparse.read.ReadOptions;
import org.tgparse.read.TgparseException;

/**
 * {@code java -jar tgparse.jar [options] FILE|DIR|-...}: prints JSON Lines, one object per message, inputs in the
 * order given. Exit codes: 0 success, 1 an input could not be read (the others are still read) or the output could
 * not be written (a closed pipe is a normal end, not an error), 2 bad usage.
 */
public final class Main {
  static final String USAGE = String.join("\n",
      "Usage: java -jar tgparse.jar [options] FILE|DIR|- ...",
      "Reads Telegram channel archives and prints one JSON object per message (JSON Lines).",
      "Inputs are read in the order given; - is standard input. The format is detected by content.",
      "",
      "Options:",
      "  --format F            force the input format: text (plain-text export), plain (whole input is one",
      "                        message's text), desktop-json, desktop-html, tme (saved t.me/s pages), auto",
      "  --array               print one JSON array instead of JSON Lines",
      "  --pretty              print an indented JSON array",
      "  --compact             leave out null fields and empty lists and objects (for people and jq; the",
      "                        default prints every field, for pandas and databases)",
      "  --summary             print an overview of the inputs instead of their records: messages by type,",
      "                        dates, channels, top forward sources, hashtags, places, years mentioned",
      "  --strict              stop at the first issue instead of reporting it on stderr",
      "  --no-entities         skip entity extraction (hashtags are still given where the format marks them)",
      "  --zone ZONE           zone of local times without offset (old Desktop exports), e.g. Europe/Moscow",
      "  --threads N           read up to N inputs in parallel (default: number of cores); output keeps input",
      "                        order",
      "  --progress            show progress on stderr even when it is not a terminal",
      "  --report FILE         write an HTML report of the inputs to FILE (- for stdout) instead of records",
      "  --max-text-length N   longest message text (UTF-16 code units)",
      "  --max-line-length N   longest input line",
      "  --max-nesting-depth N deepest JSON nesting",
      "  --max-html-depth N    deepest HTML nesting",
      "  --max-entities N      most entities of one kind per message",
      "  -h, --help            show this help",
      "  -V, --version         show the version",
      "  --                    every argument after it is an input, even -h or --help",
      "",
      "Exit status: 0 on success, 1 when an input could not be read or the output could not be written (a closed",
      "pipe is not an error), 2 on bad usage.");

  private Main() {
  }

  /**
   * Runs the command line and exits.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    OutputStream out = new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16);
    InputStream stdin = StandardInput.closedAtStart() ? new StandardInput.Closed() : System.in;
    int code = run(args, stdin, out, err, Terminal.stderrIsTerminal());
    System.exit(code);
  }

  /**
   * Runs the command line, as if standard error were not a terminal (no progress unless {@code --progress}).
   *
   * @param args the arguments
   * @param stdin standard input
   * @param stdout standard output (JSON)
   * @param stderr standard error (issues, errors)
   * @return the exit code
   */
  public static int run(String[] args, InputStream stdin, OutputStream stdout, PrintStream stderr) {
    return run(args, stdin, stdout, stderr, false);
  }

  /**
   * Runs the command line.
   *
   * @param args the arguments
   * @param stdin standard input
   * @param stdout standard output (JSON)
   * @param stderr standard error (issues, errors, progress)
   * @param stderrIsTerminal whether stderr is a terminal: then progress is shown without {@code --progress}
   * @return the exit code
   */
  static int run(String[] args, InputStream stdin, OutputStream stdout, PrintStream stderr,
      boolean stderrIsTerminal) {
    CliOptions o;
    try {
      o = CliOptions.parse(args);
    } catch (CliOptions.UsageException e) {
      stderr.println("tgparse: " + e.getMessage());
      return 2;
    }
    if (o.help) {
      return writeQuietly(stdout, USAGE + "\n", stderr);
    }
    if (o.version) {
      return writeQuietly(stdout, "tgparse " + version() + "\n", stderr);
    }
    if (o.inputs.isEmpty()) {
      stderr.println("tgparse: no input given (see --help)");
      return 2;
    }
    if (o.read.extractEntities()) {
      // The gazetteer and emoji table take about a quarter of a second to load: on another core, while the
      // first input is opened and parsed, rather than in front of the first message's extraction.
      Thread preload = new Thread(Extractor::preload, "tgparse-preload");
      preload.setDaemon(true);
      // A failed preload (out of memory beside a huge message) is no error of its own: the tables load again
      // when first needed, and a failure there is reported with its input.
      preload.setUncaughtExceptionHandler((t, e) -> { });
      preload.start();
    }
    if (o.summary) {
      return SummaryRun.run(o.inputs, o.read, stdin, stdout, stderr);
    }
    if (o.report != null) {
      return ReportCommand.run(o.inputs, o.read, o.report, "tgparse " + version(), stdin, stdout, stderr);
    }
    Progress progress = o.progress || stderrIsTerminal
        ? new Progress(stderr, stderrIsTerminal, totalSize(o.inputs)) : null;
    try {
      return runInputs(o, stdin, stdout, stderr, progress);
    } catch (OutOfMemoryError e) {
      // Out of memory outside one input's reading (the workers' extraction or writing): the whole records
      // written so far go out, and one line says what happened instead of a stack trace.
      try {
        stdout.flush();
      } catch (IOException | RuntimeException ignored) {
        // the line below is what matters
      }
      stderr.println(OutOfMemory.line(null));
      return EXIT_INPUT_OR_OUTPUT;
    } finally {
      if (progress != null) {
        progress.close();
      }
    }
  }

  private static int runInputs(CliOptions o, InputStream stdin, OutputStream stdout, PrintStream stderr,
      Progress progress) {
    // The status so far survives a failing output: an input that could not be read still says 1 after a closed pipe.
    int[] code = {0};
    try {
      writeInputs(o, stdin, stdout, stderr, progress, code);
      stdout.flush();
    } catch (IOException e) {
      return writeFailed(e, code[0], stderr, progress);
    }
    return code[0];
  }

  private static void writeInputs(CliOptions o, InputStream stdin, OutputStream stdout, PrintStream stderr,
      Progress progress, int[] code) throws IOException {
    try (JsonLinesWriter writer = o.array ? JsonLinesWriter.jsonArray(stdout, o.pretty, fields(o))
        : JsonLinesWriter.jsonLines(stdout, fields(o))) {
      // Overlapping saved t.me pages of one run give each post once: the first input (in order) that has it wins.
      SeenPosts seen = new SeenPosts();
      if (o.threads <= 1) {
        for (String input : o.inputs) {
          Outcome done = new Outcome(input);
          readOne(input, o.read, stdin, progress, done, new Sink() {
            @Override
            public void message(Message m, boolean tme) throws IOException {
              if (tme && !seen.firstSeen(m)) {
                done.skipped++;
              } else {
                writer.write(m);
              }
            }

            @Override
            public void issues(List<String> lines) {
              print(lines, stderr, progress);
            }

            @Override
            public void flush() throws IOException {
              writer.flush();
            }
          });
          if (!report(done, stderr, progress)) {
            code[0] = 1;
          }
        }
      } else {
        runParallel(o, stdin, stdout, stderr, progress, writer, seen, code);
      }
    }
  }

  /**
   * The end of a run whose output failed: quiet when its reader went away ({@code tgparse big.json | head}),
   * else one line saying why output was lost, and {@link #EXIT_INPUT_OR_OUTPUT}.
   */
  private static int writeFailed(IOException e, int code, PrintStream stderr, Progress progress) {
    if (WriteFailure.isClosedPipe(e)) {
      return code;
    }
    print(List.of(WriteFailure.line(e)), stderr, progress);
    return EXIT_INPUT_OR_OUTPUT;
  }

  /** The exit status when an input could not be read, or the output could not be written. */
  static final int EXIT_INPUT_OR_OUTPUT = 1;

  /**
   * Inputs on {@code o.threads} threads, output in input order. Each input's thread reads it through its
   * {@link MessageReader} (the library's one pipeline: parse, extract, apply the limits) and serialises its messages
   * into 64 KiB chunks of UTF-8 JSON Lines; this thread writes the chunks of the first unfinished input to stdout as
   * they come, its issues to stderr in the order they were found, and at its end its error and summary lines. At
   * most {@code o.threads} inputs are in flight and each buffers at most {@value #CHUNKS_AHEAD} items, so memory
   * stays bounded however large the inputs.
   *
   * <p>For a JSON array (one writer must place the commas between inputs) the input threads hand over batches of
   * {@value #BATCH} messages that this thread writes. Saved t.me pages are always handed over as messages: whether
   * a post was already read from an earlier input can only be decided here, in input order.
   */
  private static void runParallel(CliOptions o, InputStream stdin, OutputStream stdout, PrintStream stderr,
      Progress progress, JsonLinesWriter writer, SeenPosts seen, int[] code) throws IOException {
    boolean handOffAll = o.array;
    ReadOptions read = o.read;
    OrderedParallel.Producer<Object> producer = (i, sink) -> {
      Outcome done = new Outcome(o.inputs.get(i));
      ChunkStream chunks = new ChunkStream(sink);
      JsonLinesWriter own = JsonLinesWriter.jsonLines(chunks, fields(o));
      List<Message>[] batch = newBatch();
      boolean[] batchTme = new boolean[1];
      String input = o.inputs.get(i);
      readOne(input, read, stdin, progress, done, new Sink() {
        @Override
        public void message(Message m, boolean tme) throws IOException {
          if (handOffAll || tme) {
            batchTme[0] = tme;
            batch[0].add(m);
            if (batch[0].size() == BATCH) {
              flush();
            }
          } else {
            own.write(m);
          }
        }

        @Override
        public void issues(List<String> lines) throws InterruptedIOException {
          // The messages before these issues go first: the workers print the entity-limit issues of a batch
          // when they write it, and those must stay in order with the parse issues.
          if (!batch[0].isEmpty()) {
            put(sink, new Batch(batch[0], batchTme[0]));
            batch[0] = new ArrayList<>(BATCH);
          }
          put(sink, new Lines(lines));
        }

        @Override
        public void flush() throws IOException {
          if (!batch[0].isEmpty()) {
            put(sink, new Batch(batch[0], batchTme[0]));
            batch[0] = new ArrayList<>(BATCH);
          }
          own.flush();
        }
      });
      if (!batch[0].isEmpty()) {
        put(sink, new Batch(batch[0], batchTme[0]));
      }
      own.close();
      chunks.flush();
      sink.accept(done);
    };
    try (OrderedParallel<Object> run = new OrderedParallel<>(o.inputs.size(), o.threads, CHUNKS_AHEAD, producer)) {
      Object item;
      long skipped = 0;
      boolean writerUsed = false;
      while ((item = nextOrReport(run, o, writer, stdout, stderr, progress, code)) != null) {
        if (item == TOO_LARGE) {
          continue;
        }
        if (item instanceof Chunk) {
          if (writerUsed) {
            writer.flush(); // what the shared writer holds comes first
            writerUsed = false;
          }
          Chunk c = (Chunk) item;
          stdout.write(c.bytes, 0, c.length);
        } else if (item instanceof Batch) {
          Batch b = (Batch) item;
          for (Message m : b.messages) {
            if (b.tme && !seen.firstSeen(m)) {
              skipped++;
            } else {
              writer.write(m);
              writerUsed = true;
            }
          }
        } else if (item instanceof Lines) {
          print(((Lines) item).lines, stderr, progress);
        } else {
          writer.flush();
          writerUsed = false;
          stdout.flush();
          Outcome done = (Outcome) item;
          done.skipped += skipped;
          skipped = 0;
          if (!report(done, stderr, progress)) {
            code[0] = 1;
          }
        }
      }
    } catch (OrderedParallel.ProducerException e) {
      // readOne reports every input error itself: anything else is a bug, and is not hidden.
      Throwable c = e.getCause();
      if (c instanceof IOException) {
        throw (IOException) c;
      }
      if (c instanceof RuntimeException) {
        throw (RuntimeException) c;
      }
      if (c instanceof Error) {
        throw (Error) c;
      }
      throw new IllegalStateException(c);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      code[0] = 1;
    }
  }

  /** What {@link #nextOrReport} returns for an input that ran out of memory: reported, go on with the next. */
  private static final Object TOO_LARGE = new Object();

  /**
   * The next item of the ordered run. An input whose thread ran out of memory (a message too large for the heap,
   * while it was written as JSON) is reported with its name, like one that failed while read, and the run goes on
   * with the next input; the records it had written go out first.
   */
  private static Object nextOrReport(OrderedParallel<Object> run, CliOptions o, JsonLinesWriter writer,
      OutputStream stdout, PrintStream stderr, Progress progress, int[] code) throws IOException,
      InterruptedException {
    try {
      return run.next();
    } catch (OrderedParallel.ProducerException e) {
      if (!(e.getCause() instanceof OutOfMemoryError)) {
        throw e;
      }
      writer.flush();
      stdout.flush();
      print(List.of(OutOfMemory.line(o.inputs.get(e.input()))), stderr, progress);
      code[0] = 1;
      return TOO_LARGE;
    }
  }

  /** Issue lines of one input, in the order found. */
  private static final class Lines {
    final List<String> lines;

    Lines(List<String> lines) {
      this.lines = lines;
    }
  }

  /** Messages of one input handed to the serialising thread; {@code tme} when they come from a t.me page. */
  private static final class Batch {
    final List<Message> messages;
    final boolean tme;

    Batch(List<Message> messages, boolean tme) {
      this.messages = messages;
      this.tme = tme;
    }
  }

  /** Items (64 KiB chunks of JSON, or batches of messages) each parallel input may hold ahead of the output. */
  static final int CHUNKS_AHEAD = 16;

  /** Messages per hand-over to the serialising thread: fewer queue operations per message. */
  static final int BATCH = 64;

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static List<Message>[] newBatch() {
    return new List[] {new ArrayList<Message>(BATCH)};
  }

  /** Where one input's messages go. */
  private interface Sink {
    void message(Message m, boolean tme) throws IOException;

    /** Issue lines found while reading, in order: printed as they come. */
    void issues(List<String> lines) throws IOException;

    void flush() throws IOException;
  }

  /** A filled part of a chunk of UTF-8 JSON Lines. */
  private static final class Chunk {
    final byte[] bytes;
    final int length;

    Chunk(byte[] bytes, int length) {
      this.bytes = bytes;
      this.length = length;
    }
  }

  /** Cuts a stream of bytes into 64 KiB chunks handed to the ordered run (a new array per chunk: no copying). */
  private static final class ChunkStream extends OutputStream {
    private final OrderedParallel.Sink<Object> sink;
    private byte[] buf = new byte[1 << 16];
    private int len;

    ChunkStream(OrderedParallel.Sink<Object> sink) {
      this.sink = sink;
    }

    @Override
    public void write(int b) throws IOException {
      if (len == buf.length) {
        flush();
      }
      buf[len++] = (byte) b;
    }

    @Override
    public void write(byte[] b, int off, int n) throws IOException {
      while (n > 0) {
        if (len == buf.length) {
          flush();
        }
        int k = Math.min(n, buf.length - len);
        System.arraycopy(b, off, buf, len, k);
        len += k;
        off += k;
        n -= k;
      }
    }

    @Override
    public void flush() throws IOException {
      if (len > 0) {
        put(sink, new Chunk(buf, len));
        buf = new byte[1 << 16];
        len = 0;
      }
    }
  }

  private static void put(OrderedParallel.Sink<Object> sink, Object item) throws InterruptedIOException {
    try {
      sink.accept(item);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("output closed");
    }
  }

  /**
   * How one input went, said on stderr after its output (its issues were printed as they came): an error that
   * ended it, how many t.me posts were dropped as already printed, how many issues were not kept.
   */
  private static final class Outcome {
    final String input;
    boolean ok = true;
    String error;
    long skipped;
    String dropped;

    Outcome(String input) {
      this.input = input;
    }

    void fail(String line) {
      ok = false;
      error = line;
    }
  }

  private static boolean report(Outcome done, PrintStream stderr, Progress progress) {
    List<String> lines = new ArrayList<>(3);
    if (done.error != null) {
      lines.add(done.error);
    }
    if (done.skipped > 0) {
      lines.add(done.input + ": " + done.skipped + " posts already read from an earlier input were skipped");
    }
    if (done.dropped != null) {
      lines.add(done.dropped);
    }
    print(lines, stderr, progress);
    return done.ok;
  }

  private static void print(List<String> lines, PrintStream stderr, Progress progress) {
    for (String line : lines) {
      if (progress != null) {
        progress.println(line);
      } else {
        stderr.println(line);
      }
    }
  }

  /** Hands the issues found since {@code printed} to the sink (as they come, not all at the end). */
  private static int newIssues(MessageReader reader, int printed, Sink sink) throws IOException {
    int n = reader.issueCount();
    if (n > printed) {
      List<String> lines = new ArrayList<>(n - printed);
      for (ParseIssue issue : reader.issuesSince(printed)) {
        lines.add(issue.toString());
      }
      sink.issues(lines);
    }
    return n;
  }

  /**
   * Reads one input into a sink. Input errors and issues go into the outcome; only a failing sink (a closed
   * output) throws.
   */
  private static Outcome readOne(String input, ReadOptions read, InputStream stdin, Progress progress,
      Outcome done, Sink sink) throws IOException {
    MessageReader reader;
    long size = 0;
    boolean directory = false;
    try {
      if (input.equals("-")) {
        if (stdin instanceof StandardInput.Closed) {
          done.fail("tgparse: -: cannot read standard input: it is closed; give the input on it (tgparse - < FILE)"
              + " or name the file");
          return done;
        }
        InputStream in = nonClosing(stdin);
        reader = Tgparse.read(progress == null ? in : new CountingInputStream(in, progress), "-", read);
      } else {
        Path p;
        try {
          p = InputNames.path(input);
        } catch (InputNames.BadName e) {
          done.fail(e.getMessage());
          return done;
        }
        // Own one-line messages for the common mistakes, before the library's more general ones.
        if (!Files.exists(p)) {
          done.fail(InputNames.missing(input));
          return done;
        }
        if (!Files.isReadable(p)) {
          done.fail("tgparse: " + input + ": permission denied");
          return done;
        }
        directory = Files.isDirectory(p);
        if (progress == null || directory) {
          // A Desktop export folder: its reader opens its files, so progress counts each file as it ends.
          size = progress == null ? 0 : inputSize(input);
          reader = Tgparse.read(p, read);
        } else {
          try {
            reader = Tgparse.read(new CountingInputStream(FileInput.open(p), progress), input, read);
          } catch (IOException e) {
            throw new TgparseException(input, 0, 0, "cannot read: " + e.getMessage(), e);
          }
        }
      }
    } catch (TgparseException e) {
      done.fail("tgparse: " + e.getMessage());
      return done;
    }
    long counted = 0;
    String lastFile = null;
    int printed = 0;
    try (reader) {
      Message m;
      boolean tme = reader.format() == Format.TME_HTML;
      while ((m = read(reader)) != null) {
        printed = newIssues(reader, printed, sink);
        sink.message(m, tme);
        if (progress != null) {
          progress.addMessage();
          if (directory && !m.source().file().equals(lastFile)) {
            counted += fileDone(lastFile, progress);
            lastFile = m.source().file();
          }
        }
      }
    } catch (TgparseException e) {
      sink.flush();
      printed = newIssues(reader, printed, sink);
      done.fail("tgparse: " + e.getMessage());
    } catch (TooLarge e) {
      // The records before it are whole and go out; the next inputs are still read (the heap is free again).
      sink.flush();
      printed = newIssues(reader, printed, sink);
      done.fail(OutOfMemory.line(input));
    } finally {
      newIssues(reader, printed, sink);
      if (reader.droppedIssues() > 0) {
        done.dropped = input + ": " + reader.droppedIssues() + " more issues not shown";
      }
      if (directory && progress != null) {
        progress.addBytes(Math.max(0, size - counted));
      }
    }
    return done;
  }

  /** A message that did not fit in the heap while it was read or its entities extracted. */
  private static final class TooLarge extends Exception {
    private static final long serialVersionUID = 1L;

    TooLarge(OutOfMemoryError cause) {
      super(cause.getMessage(), cause, false, false);
    }
  }

  /**
   * Reads the next message. Out of memory here (reading, extracting) is about this input alone: what the failed
   * message held is garbage once the error is caught, so the run goes on with the next input.
   */
  private static Message read(MessageReader reader) throws TooLarge {
    try {
      return reader.read();
    } catch (OutOfMemoryError e) {
      throw new TooLarge(e);
    }
  }

  /** Counts a file of an export folder as read, once its messages are done. @return its size, or 0 */
  private static long fileDone(String file, Progress progress) {
    if (file == null) {
      return 0;
    }
    try {
      long n = Files.size(Path.of(file));
      progress.addBytes(n);
      return n;
    } catch (IOException | RuntimeException e) {
      return 0; // a name that is not a path: counted with the folder at the end
    }
  }

  /** @return the summed size of the inputs for the progress line, or -1 when standard input is one of them */
  private static long totalSize(List<String> inputs) {
    long total = 0;
    for (String input : inputs) {
      if (input.equals("-")) {
        return -1;
      }
      total += inputSize(input);
    }
    return total;
  }

  /** Size of a file, or of the message files of a Desktop export folder (result.json, messages*.html). */
  private static long inputSize(String input) {
    try {
      Path p = InputNames.path(input);
      if (Files.isRegularFile(p)) {
        return Files.size(p);
      }
      if (Files.isDirectory(p)) {
        if (Files.isRegularFile(p.resolve("result.json"))) {
          return Files.size(p.resolve("result.json"));
        }
        long n = 0;
        try (java.util.stream.Stream<Path> files = Files.list(p)) {
          for (Path f : (Iterable<Path>) files::iterator) {
            Path name = f.getFileName();
            if (name != null && name.toString().matches("messages\\d*\\.html")) {
              n += Files.size(f);
            }
          }
        }
        return n;
      }
    } catch (IOException | InputNames.BadName e) {
      // unreadable, or a name the locale cannot hold: the reader reports it
    }
    return 0;
  }

  private static InputStream nonClosing(InputStream in) {
    return new java.io.FilterInputStream(in) {
      @Override
      public void close() {
        // standard input belongs to the process, not to one reader
      }
    };
  }

  /** Writes the help or version text: quiet on a closed pipe, an error on any other write failure. */
  private static int writeQuietly(OutputStream out, String s, PrintStream stderr) {
    try {
      out.write(s.getBytes(StandardCharsets.UTF_8));
      out.flush();
      return 0;
    } catch (IOException e) {
      return writeFailed(e, 0, stderr, null);
    }
  }

  private static JsonLinesWriter.Fields fields(CliOptions o) {
    return o.compact ? JsonLinesWriter.Fields.NON_EMPTY : JsonLinesWriter.Fields.ALL;
  }

  static String version() {
    return Version.get();
  }
}
