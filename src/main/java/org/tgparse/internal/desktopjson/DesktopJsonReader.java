package org.tgparse.internal.desktopjson;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.tgparse.internal.io.ControlCharFilter;
import org.tgparse.internal.io.FormatReader;
import org.tgparse.internal.io.IssueSink;
import org.tgparse.internal.io.Utf8RepairFilter;
import org.tgparse.model.Channel;
import org.tgparse.model.Message;
import org.tgparse.read.Limits;
import org.tgparse.read.ReadOptions;
import org.tgparse.read.TgparseException;

/**
 * Reads Telegram Desktop's JSON export ({@code result.json}) one message at a time with Jackson's streaming
 * {@link JsonParser}: no tree of the file is built, so memory does not grow with the export (they reach several
 * GB). See {@code docs/formats.md}, section 1.
 *
 * <p>Shapes read:
 * <ul>
 *   <li>a single-chat export, {@code {"name", "type", "id", "messages": [...]}};
 *   <li>a full-account export, whose {@code chats.list[*]} and {@code left_chats.list[*]} are chats of that shape;
 *       every other section (contacts, sessions, ...) is skipped without being looked at.
 * </ul>
 * Every message gets its chat as {@link Message#channel()} ({@code name}, {@code type}, {@code id} as written);
 * chat keys written after the chat's {@code messages} (Telegram never does) cannot reach its messages.
 *
 * <p>The bytes pass through {@link ControlCharFilter}, which repairs the invalid {@code \xHH} escapes Telegram
 * writes for control characters. Duplicate keys are allowed (Telegram writes {@code text} twice for one service
 * action; see {@link JsonMessageMapper}). Broken JSON (a truncated file, garbage) ends the reading with a
 * {@link TgparseException} naming the line and column, after every complete message before it was handed out.
 * Columns are 1-based byte columns of the original file (Jackson counts bytes of UTF-8 input; the filter's
 * rewrites are subtracted). The nesting depth is bounded by {@code Limits.maxNestingDepth()}.
 *
 * <p>Not thread-safe.
 */
final class DesktopJsonReader implements FormatReader {
  /** Where the reader stands in the export's structure. */
  private enum State {
    /** Before the top-level object. */
    START,
    /** Inside the top-level object, between its keys. */
    TOP,
    /** Inside {@code chats} or {@code left_chats}, between its keys. */
    SECTION,
    /** Inside a section's {@code list}, between chats. */
    LIST,
    /** Inside one chat of a list, between its keys. */
    CHAT,
    /** Inside a {@code messages} array, between messages. */
    MESSAGES,
    /** After the top-level object, or after an error. */
    DONE
  }

  private final JsonParser parser;
  private final String file;
  private final IssueSink issues;
  private final int maxNestingDepth;
  private final int maxStringLength;

  /**
   * Longest key, in characters. Jackson's own default, kept: Telegram's keys are short words, and a longer key is
   * no Telegram export. No option changes it.
   */
  static final int MAX_KEY_LENGTH = 50_000;
  /** Most digits of a number: Jackson's own default, kept (Telegram's ids have at most 20). No option. */
  static final int MAX_NUMBER_LENGTH = 1_000;
  /** A string is refused past this many times the text limit (see {@link #maxStringLength(int)}). */
  static final int STRINGS_PER_TEXT_LIMIT = 5;

  /**
   * The longest string the JSON parser accepts: five times {@code --max-text-length} (20 Mi characters by
   * default, about Jackson's own 20,000,000), and at least {@link #MIN_STRING_LIMIT}. A longer text is cut to the text limit with a warning, like any text
   * over it; but a string over this bound cannot be skipped by the parser, and ends the file. Tied to the text
   * limit so that raising {@code --max-text-length} reads longer strings.
   *
   * @param maxTextLength the text limit
   * @return the string limit
   */
  static int maxStringLength(int maxTextLength) {
    long limit = Math.max(MIN_STRING_LIMIT, (long) STRINGS_PER_TEXT_LIMIT * maxTextLength);
    return (int) Math.min(Integer.MAX_VALUE - 16, limit);
  }

  /**
   * The string limit is never below this, whatever the text limit: a small {@code --max-text-length} cuts texts,
   * it must not refuse the export's other strings ({@code "message"}, names, file paths).
   */
  static final int MIN_STRING_LIMIT = 1 << 20;
  private final Locator locator;
  private final JsonMessageMapper mapper;

  private State state = State.START;
  /** Where {@link State#MESSAGES} returns to: {@link State#TOP} or {@link State#CHAT}. */
  private State messagesOwner;
  private String chatName;
  private String chatType;
  private String chatId;
  private Channel channel;
  private long sequence;

  /**
   * @param in the export's bytes (UTF-8; UTF-16 and UTF-32 are recognised by Jackson); closed by {@link #close()}
   * @param filter whether to repair {@code \xHH} escapes (only meaningful for UTF-8 input)
   * @param file the input's name, for records and errors
   * @param options read options (zone of local dates, limits)
   * @param issues where recoverable issues go
   * @throws IOException when the stream cannot be read
   */
  DesktopJsonReader(InputStream in, boolean filter, String file, ReadOptions options, IssueSink issues)
      throws IOException {
    this.file = file;
    this.issues = issues;
    this.maxNestingDepth = options.limits().maxNestingDepth();
    this.maxStringLength = maxStringLength(options.limits().maxTextLength());
    // Invalid UTF-8 becomes U+FFFD with an issue instead of stopping the file; then \xHH escapes are repaired.
    ControlCharFilter f = filter ? new ControlCharFilter(new Utf8RepairFilter(in, file, issues)) : null;
    this.locator = new Locator(f);
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(maxNestingDepth)
            .maxStringLength(maxStringLength).maxNameLength(MAX_KEY_LENGTH).maxNumberLength(MAX_NUMBER_LENGTH)
            .build())
        // Harmless leniency: a raw tab or control character inside a string is read as itself.
        .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
        .build();
    // Duplicate keys are read as they come: STRICT_DUPLICATE_DETECTION stays off (Jackson's default).
    this.parser = new SurrogateRepair(factory.createParser(f != null ? f : in), f, file, issues, locator);
    this.mapper = new JsonMessageMapper(file, options.zone(), options.limits(), issues, locator);
  }

  @Override
  public Message next() throws IOException {
    if (state == State.DONE) {
      return null;
    }
    try {
      return advance();
    } catch (StreamConstraintsException e) {
      state = State.DONE;
      throw constraint(e);
    } catch (JsonEOFException e) {
      state = State.DONE;
      throw error(e.getLocation(), "expected the rest of the JSON document, found the end of the input "
          + "(truncated file?)", e);
    } catch (JsonParseException e) {
      state = State.DONE;
      String original = firstLine(e.getOriginalMessage());
      if (original.startsWith("Unexpected end-of-input")) {
        // Jackson reports some ends of input as plain parse errors ("... within/between Array entries").
        throw error(e.getLocation(), "expected the rest of the JSON document, found the end of the input "
            + "(truncated file?)", e);
      }
      throw error(e.getLocation(), "expected valid JSON, found: " + original, e);
    } catch (JsonProcessingException e) {
      state = State.DONE;
      throw error(e.getLocation(), "expected valid JSON, found: " + firstLine(e.getOriginalMessage()), e);
    } catch (IOException | RuntimeException e) {
      state = State.DONE;
      throw e;
    }
  }

  /** Walks the structure to the next message. */
  private Message advance() throws IOException {
    while (true) {
      JsonToken t;
      switch (state) {
        case START:
          t = parser.nextToken();
          if (t != JsonToken.START_OBJECT) {
            state = State.DONE;
            throw structure(t == null ? "a JSON object (result.json), found an empty input"
                : "a JSON object (result.json), found " + JsonMessageMapper.describe(t));
          }
          state = State.TOP;
          break;
        case MESSAGES:
          t = parser.nextToken();
          if (t == JsonToken.START_OBJECT) {
            long line = locator.line(parser.currentTokenLocation());
            return mapper.read(parser, channel, ++sequence, line);
          }
          if (t == JsonToken.END_ARRAY) {
            state = messagesOwner;
          } else {
            skipUnexpected(t, "messages[]", "a message object");
          }
          break;
        case TOP:
          t = parser.nextToken();
          if (t == JsonToken.END_OBJECT) {
            state = State.DONE;
            t = parser.nextToken();
            if (t != null) {
              throw structure("the end of the input after the top-level object, found "
                  + JsonMessageMapper.describe(t));
            }
            return null;
          }
          chatKey(State.TOP);
          break;
        case SECTION:
          t = parser.nextToken();
          if (t == JsonToken.END_OBJECT) {
            state = State.TOP;
            break;
          }
          String key = parser.currentName();
          t = parser.nextToken();
          if (key.equals("list") && t == JsonToken.START_ARRAY) {
            state = State.LIST;
          } else if (key.equals("list")) {
            skipUnexpected(t, "list", "an array of chats");
          } else {
            parser.skipChildren(); // "about"
          }
          break;
        case LIST:
          t = parser.nextToken();
          if (t == JsonToken.END_ARRAY) {
            state = State.SECTION;
          } else if (t == JsonToken.START_OBJECT) {
            chatName = null;
            chatType = null;
            chatId = null;
            state = State.CHAT;
          } else {
            skipUnexpected(t, "list[]", "a chat object");
          }
          break;
        case CHAT:
          t = parser.nextToken();
          if (t == JsonToken.END_OBJECT) {
            state = State.LIST;
            break;
          }
          chatKey(State.CHAT);
          break;
        default:
          return null;
      }
    }
  }

  /**
   * Reads one key of the top-level object or of a chat: the parser stands on the key.
   *
   * @param owner where the key is
   */
  private void chatKey(State owner) throws IOException {
    String key = parser.currentName();
    JsonToken t = parser.nextToken();
    switch (key) {
      case "name":
        chatName = scalar(t, key);
        break;
      case "type":
        chatType = scalar(t, key);
        break;
      case "id":
        chatId = scalar(t, key);
        break;
      case "messages":
        if (t == JsonToken.START_ARRAY) {
          channel = chatName == null && chatType == null && chatId == null ? null
              : Channel.of(chatName, chatType, chatId);
          messagesOwner = owner;
          state = State.MESSAGES;
        } else {
          skipUnexpected(t, key, "an array of messages");
        }
        break;
      case "chats":
      case "left_chats":
        if (owner == State.TOP && t == JsonToken.START_OBJECT) {
          state = State.SECTION;
        } else {
          parser.skipChildren();
        }
        break;
      default:
        // about, personal_information, contacts, sessions, other_data, ...: not messages.
        parser.skipChildren();
        break;
    }
  }

  private String scalar(JsonToken t, String key) throws IOException {
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    if (t.isScalarValue()) {
      return parser.getText();
    }
    skipUnexpected(t, key, "a string or number");
    return null;
  }

  private void skipUnexpected(JsonToken t, String key, String expected) throws IOException {
    long[] at = locator.at(parser.currentTokenLocation());
    issues.warn(file, at[0], at[1], "expected " + expected + " for \"" + key + "\", found "
        + JsonMessageMapper.describe(t) + "; skipped");
    parser.skipChildren();
  }

  private TgparseException structure(String expectedFound) {
    long[] at = locator.at(parser.currentTokenLocation());
    return new TgparseException(file, at[0], at[1], "expected " + expectedFound);
  }

  private TgparseException error(JsonLocation location, String message, Throwable cause) {
    long[] at = locator.at(location != null ? location : parser.currentLocation());
    return new TgparseException(file, at[0], at[1], message, cause);
  }

  private TgparseException constraint(StreamConstraintsException e) {
    String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
    if (original.contains("nesting depth")) {
      return error(e.getLocation(), String.format(Locale.ROOT,
          "expected JSON nested at most %d levels deep, found deeper nesting "
              + "(limit maxNestingDepth, option --max-nesting-depth)", maxNestingDepth), e);
    }
    // Jackson names its getters (StreamReadConstraints.getMaxStringLength()); the user needs tgparse's options.
    if (original.contains("getMaxStringLength")) {
      return error(e.getLocation(), String.format(Locale.ROOT, "expected strings of at most %d characters (%d"
          + " times the text limit, at least 1048576), found a longer one; the rest of the file cannot be read (limit maxTextLength,"
          + " option --max-text-length: raise it to read longer strings)", maxStringLength, STRINGS_PER_TEXT_LIMIT),
          e);
    }
    if (original.contains("getMaxNameLength")) {
      return error(e.getLocation(), String.format(Locale.ROOT, "expected keys of at most %d characters, found a"
          + " longer one; the rest of the file cannot be read (a fixed limit: Telegram's keys are short words, so"
          + " this is no Telegram export)", MAX_KEY_LENGTH), e);
    }
    if (original.contains("getMaxNumberLength")) {
      return error(e.getLocation(), String.format(Locale.ROOT, "expected numbers of at most %d digits, found a"
          + " longer one; the rest of the file cannot be read (a fixed limit: Telegram's ids have at most 20"
          + " digits)", MAX_NUMBER_LENGTH), e);
    }
    return error(e.getLocation(), "expected JSON within the reader's limits, found: " + firstLine(original), e);
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "unreadable input";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  @Override
  public void close() throws IOException {
    state = State.DONE;
    parser.close();
  }

  /**
   * Turns Jackson's locations into lines and columns of the original file: columns are moved back by two for
   * every {@code \xHH} the filter rewrote earlier on the same line.
   */
  static final class Locator {
    private final ControlCharFilter filter;

    Locator(ControlCharFilter filter) {
      this.filter = filter;
    }

    /** @param loc a location @return its 1-based line, or 1 when unknown */
    long line(JsonLocation loc) {
      return loc == null || loc.getLineNr() < 1 ? 1 : loc.getLineNr();
    }

    /** @param loc a location @return {line, column}, 1-based; 0 where unknown */
    long[] at(JsonLocation loc) {
      if (loc == null || loc.getLineNr() < 1) {
        return new long[] {0, 0};
      }
      long column = Math.max(0, loc.getColumnNr());
      long offset = loc.getByteOffset();
      if (filter != null && column > 0 && offset >= 0 && filter.rewrites() > 0) {
        long lineStart = offset - (column - 1);
        column -= 2 * filter.expansionsBetween(lineStart, offset);
      }
      return new long[] {loc.getLineNr(), column};
    }
  }
}
