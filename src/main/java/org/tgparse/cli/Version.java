package org.tgparse.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The version {@code --version} prints: from {@code version.properties}, which the build fills in from the pom (so
 * it is right when run from {@code target/classes} as from a jar), else from the jar manifest, else {@code dev}.
 */
final class Version {
  private Version() {
  }

  /** @return the version, never null */
  static String get() {
    try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        Properties p = new Properties();
        p.load(in);
        String v = p.getProperty("version");
        // An unfiltered copy (an IDE that copies resources itself) still says ${project.version}.
        if (v != null && !v.isBlank() && !v.startsWith("${")) {
          return v.trim();
        }
      }
    } catch (IOException e) {
      // fall back to the manifest
    }
    String v = Version.class.getPackage().getImplementationVersion();
    return v == null ? "dev" : v;
  }
}
