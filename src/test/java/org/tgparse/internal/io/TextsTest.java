package org.tgparse.internal.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The one title rule of every reader (issue 14, item 16). */
class TextsTest {

  @Test
  void aTitleLosesTrailingAndLeadingNoBreakSpaces() {
    // Seen in a real Desktop HTML export: the title kept a trailing U+00A0.
    assertThat(Texts.title("Headline\u00A0\nbody")).isEqualTo("Headline");
    assertThat(Texts.title("\u202F\u00A0 Headline \u202F")).isEqualTo("Headline");
    assertThat(Texts.title("\u2003Em space\u3000")).isEqualTo("Em space");
  }

  @Test
  void aLineOfNoBreakSpacesIsBlank() {
    assertThat(Texts.title("\u00A0\u202F\n\t\nSecond")).isEqualTo("Second");
    assertThat(Texts.title("\u00A0\n \u202F")).isNull();
    assertThat(Texts.title("")).isNull();
  }

  @Test
  void spacesInsideTheTitleStay() {
    assertThat(Texts.title("  a\u00A0b  ")).isEqualTo("a\u00A0b");
  }
}
