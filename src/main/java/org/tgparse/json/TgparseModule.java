package org.tgparse.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.util.VersionUtil;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import com.fasterxml.jackson.databind.module.SimpleSerializers;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import org.tgparse.model.Message;

/**
 * A Jackson Databind module for tgparse's records: with it registered, an {@code ObjectMapper} writes a
 * {@link Message} as exactly the bytes the command line prints ({@link MessageJson#toJson}; indented instead when
 * the mapper indents), and reads such a record back into an equal {@link Message}, alone
 * ({@code readValue(line, Message.class)}), as a field of the caller's own types, or as a JSON Lines stream or array
 * ({@code readerFor(Message.class).readValues(...)}).
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new TgparseModule());
 * String line = mapper.writeValueAsString(message);
 * Message back = mapper.readValue(line, Message.class);
 * }</pre>
 *
 * <p>Databind is an optional dependency of tgparse: this class (and its nested ones) are the only ones that need it,
 * so a caller who only reads archives, or reads JSON back with {@link JsonLinesReader}, does not carry it. The
 * module writes and reads through {@link MessageJson}, so the JSON is the same whichever way it is made. A record
 * that is not one fails with a {@link com.fasterxml.jackson.core.JsonParseException} located at the offending value
 * ({@code <JSON pointer>: expected X, found Y}). Stateless and thread-safe.
 */
// Databind is a static (optional) requirement: its users require it themselves, so its types in this signature are
// theirs to read ("exports" lint).
@SuppressWarnings("exports")
public final class TgparseModule extends Module {
  private static final Version VERSION = version(TgparseModule.class.getPackage().getImplementationVersion());

  /** Creates the module; register it with {@code ObjectMapper.registerModule}. */
  public TgparseModule() {
    // nothing to configure
  }

  /** @return {@code tgparse} */
  @Override
  public String getModuleName() {
    return "tgparse";
  }

  /** @return tgparse's version from the jar's manifest; 0.0.0 when run from classes, not from the jar */
  @Override
  public Version version() {
    return VERSION;
  }

  private static Version version(String implementationVersion) {
    return implementationVersion == null ? new Version(0, 0, 0, null, "org.tgparse", "tgparse")
        : VersionUtil.parseVersion(implementationVersion, "org.tgparse", "tgparse");
  }

  /** @param context where the serializer and deserializer of {@link Message} are added */
  @Override
  public void setupModule(SetupContext context) {
    SimpleSerializers serializers = new SimpleSerializers();
    serializers.addSerializer(Message.class, new MessageSerializer());
    context.addSerializers(serializers);
    SimpleDeserializers deserializers = new SimpleDeserializers();
    deserializers.addDeserializer(Message.class, new MessageDeserializer());
    context.addDeserializers(deserializers);
  }

  /** Writes a message through {@link MessageJson#write(JsonGenerator, Message)}. */
  private static final class MessageSerializer extends StdSerializer<Message> {
    private static final long serialVersionUID = 1L;

    MessageSerializer() {
      super(Message.class);
    }

    @Override
    public void serialize(Message value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      MessageJson.write(gen, value);
    }
  }

  /** Reads a message through {@link MessageJson#read(JsonParser)}, which is the streaming reader's own code. */
  private static final class MessageDeserializer extends StdDeserializer<Message> {
    private static final long serialVersionUID = 1L;

    MessageDeserializer() {
      super(Message.class);
    }

    @Override
    public Message deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      return MessageJson.read(p);
    }

    @Override
    public LogicalType logicalType() {
      return LogicalType.POJO;
    }
  }
}
