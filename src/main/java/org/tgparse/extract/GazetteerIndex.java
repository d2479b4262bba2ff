package org.tgparse.extract;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The gazetteer as its sources build it, stored once at build time so that a run reads it instead of building it.
 *
 * <p>Building from the sources (declining every Russian and Ukrainian name, asking the JDK for country names in
 * six languages, folding and ranking about 14,000 written forms) costs about a third of a second of CPU at every start,
 * and the JIT compiles the builder's loops while the first input waits; reading this index costs a few
 * milliseconds. The build writes it ({@code process-classes}, {@link #main}) into {@code target/classes} beside
 * this class; {@code GazetteerIndexTest} checks that what it reads equals what the sources build. Without the
 * resource (a class path made without Maven), {@link Gazetteer} builds from the sources as before.
 *
 * <p>Format (big-endian, {@link DataOutputStream}): magic, targets (name, country code or empty, type ordinal,
 * rank), entries (key, written form, target index, flags, suffix start), country names, then the locative,
 * org-before and org-after word sets.
 */
final class GazetteerIndex {
  /** The resource name, beside this class. */
  static final String RESOURCE = "gazetteer.index";
  private static final int MAGIC = 0x54474731;

  private GazetteerIndex() {
  }

  /**
   * Writes the index of the bundled sources.
   *
   * @param args the file to write
   * @throws IOException when it cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path out = Path.of(args[0]);
    try (OutputStream o = Files.newOutputStream(out)) {
      write(Gazetteer.fromSources(), o);
    }
  }

  /** Writes a built gazetteer's parts. */
  static void write(Gazetteer.Builder b, OutputStream out) throws IOException {
    DataOutputStream d = new DataOutputStream(new BufferedOutputStream(out, 1 << 16));
    d.writeInt(MAGIC);
    Map<Gazetteer.Target, Integer> targetIndex = new HashMap<>();
    List<Gazetteer.Target> targets = new ArrayList<>();
    for (Gazetteer.Entry e : b.byKey.values()) {
      targetIndex.computeIfAbsent(e.target, t -> {
        targets.add(t);
        return targets.size() - 1;
      });
    }
    d.writeInt(targets.size());
    for (Gazetteer.Target t : targets) {
      d.writeUTF(t.name());
      d.writeUTF(t.countryCode() == null ? "" : t.countryCode());
      d.writeByte(t.type().ordinal());
      d.writeLong(t.rank());
    }
    d.writeInt(b.byKey.size());
    for (Gazetteer.Entry e : b.byKey.values()) {
      d.writeUTF(new String(e.key));
      d.writeUTF(new String(e.written));
      d.writeInt(targetIndex.get(e.target));
      d.writeByte(e.flags);
      d.writeShort(e.suffixStart);
    }
    d.writeInt(b.countryNames.size());
    for (Map.Entry<String, String> c : b.countryNames.entrySet()) {
      d.writeUTF(c.getKey());
      d.writeUTF(c.getValue());
    }
    writeWords(d, b.locatives);
    writeWords(d, b.orgBefore);
    writeWords(d, b.orgAfter);
    d.flush();
  }

  /**
   * Reads an index into the parts a {@link Gazetteer} is made of.
   *
   * @throws IOException when the stream fails or is no index of this version
   */
  static Gazetteer.Builder read(InputStream in) throws IOException {
    DataInputStream d = new DataInputStream(new BufferedInputStream(in, 1 << 16));
    int magic = d.readInt();
    if (magic != MAGIC) {
      throw new IOException("expected a gazetteer index (magic " + Integer.toHexString(MAGIC) + "), found "
          + Integer.toHexString(magic));
    }
    Gazetteer.Type[] types = Gazetteer.Type.values();
    Gazetteer.Target[] targets = new Gazetteer.Target[d.readInt()];
    for (int i = 0; i < targets.length; i++) {
      String name = d.readUTF();
      String code = d.readUTF();
      targets[i] = new Gazetteer.Target(name, code.isEmpty() ? null : code, types[d.readByte()], d.readLong());
    }
    Gazetteer.Builder b = new Gazetteer.Builder();
    int entries = d.readInt();
    for (int i = 0; i < entries; i++) {
      String key = d.readUTF();
      char[] written = d.readUTF().toCharArray();
      Gazetteer.Target t = targets[d.readInt()];
      int flags = d.readByte();
      int suffixStart = d.readShort();
      b.byKey.put(key, new Gazetteer.Entry(key.toCharArray(), written, t, flags, suffixStart));
    }
    int countries = d.readInt();
    for (int i = 0; i < countries; i++) {
      b.countryNames.put(d.readUTF(), d.readUTF());
    }
    readWords(d, b.locatives);
    readWords(d, b.orgBefore);
    readWords(d, b.orgAfter);
    return b;
  }

  private static void writeWords(DataOutputStream d, Collection<String> words) throws IOException {
    d.writeInt(words.size());
    for (String w : words) {
      d.writeUTF(w);
    }
  }

  private static void readWords(DataInputStream d, Set<String> into) throws IOException {
    int n = d.readInt();
    for (int i = 0; i < n; i++) {
      into.add(d.readUTF());
    }
  }
}
