package org.tgparse.model;

/**
 * A place: named in a dateline, mentioned in the text, shown as a flag emoji, or given as coordinates by the
 * format (a shared location).
 *
 * @param text the place as written (for a location without text, an empty string at offset 0)
 * @param start UTF-16 offset, inclusive
 * @param end UTF-16 offset, exclusive
 * @param name the canonical English name ({@code Luhansk} for {@code Lugansk}, {@code Moscow} for {@code Москве})
 * @param placeKind how the place was found (written as {@code kind} in JSON)
 * @param countryCode ISO 3166-1 alpha-2 code where it has one (for a flag, its region code), else null
 * @param latitude latitude in degrees where the format gave coordinates, else null
 * @param longitude longitude in degrees where the format gave coordinates, else null
 */
public record Place(String text, int start, int end, String name, PlaceKind placeKind, String countryCode,
    Double latitude, Double longitude) implements Entity {
  /** Checks the span and the kind. */
  public Place {
    Entity.checkSpan(text, start, end);
    if (placeKind == null) {
      throw new NullPointerException("placeKind");
    }
  }

  @Override
  public Kind kind() {
    return Kind.PLACE;
  }

  /** How a place was found. */
  public enum PlaceKind {
    /** The place of a dateline ({@code 📍 Moscow, March 20, 2023}). */
    DATELINE,
    /** A place named in the running text. */
    MENTION,
    /** A flag emoji. */
    FLAG,
    /** Coordinates given by the format (a shared location). */
    LOCATION
  }
}
