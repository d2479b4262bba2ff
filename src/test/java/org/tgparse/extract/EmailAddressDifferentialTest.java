package org.tgparse.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@link LinkExtractor#isEmailAddress} is TDLib's e-mail expression written as a scan; this test checks the scan
 * against the expression itself on generated addresses that sit on every length limit of the expression (user
 * parts of 26 and 27, 11 and 12 parts, a last part of 35 and 36, labels of 30 and 31, 6 and 7 labels, top-level
 * domains of 1, 2, 8 and 9 letters), inside a longer string so that the start and end offsets matter.
 */
class EmailAddressDifferentialTest {
  /** The expression from the scan's Javadoc (TDLib's {@code is_email_address}). */
  private static final Pattern SPEC = Pattern.compile(
      "([a-z0-9_-]{0,26}[.+]){0,10}[a-z0-9_-]{1,35}@(([a-z0-9][a-z0-9_-]{0,28})?[a-z0-9][.]){1,6}[a-z]{2,8}",
      Pattern.CASE_INSENSITIVE);
  private static final String WORD = "abcxyzABCXYZ0189_-";
  private static final String ODD = "é!.+@ ";

  /** Half the time a valid length (from {@code lo} to {@code hi}), else one on an edge, or any. */
  private static int length(Random r, int lo, int hi, int... edges) {
    int dice = r.nextInt(20);
    if (dice < 12) {
      return lo + r.nextInt(Math.min(hi, lo + 4) - lo + 1);
    }
    return dice < 18 ? edges[r.nextInt(edges.length)] : r.nextInt(40);
  }

  private static String chars(Random r, int n, String alphabet) {
    StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      sb.append(r.nextInt(60) == 0 ? ODD.charAt(r.nextInt(ODD.length()))
          : alphabet.charAt(r.nextInt(alphabet.length())));
    }
    return sb.toString();
  }

  static String candidate(Random r) {
    StringBuilder sb = new StringBuilder();
    int userParts = length(r, 1, 11, 10, 11, 12, 13);
    for (int i = 0; i < userParts - 1; i++) {
      sb.append(chars(r, length(r, 0, 26, 25, 26, 27, 28), WORD)).append(r.nextBoolean() ? '.' : '+');
    }
    sb.append(chars(r, length(r, 1, 35, 0, 34, 35, 36, 37), WORD));
    if (r.nextInt(30) != 0) {
      sb.append('@');
    }
    int labels = length(r, 1, 6, 0, 5, 6, 7, 8);
    for (int i = 0; i < labels; i++) {
      String label = chars(r, length(r, 1, 30, 0, 29, 30, 31, 32), r.nextInt(3) == 0 ? WORD : "abz09");
      if (label.length() > 1 && r.nextInt(6) == 0) {
        // a label that starts or ends with '-' or '_', which the expression refuses
        label = r.nextBoolean() ? "-" + label.substring(1) : label.substring(0, label.length() - 1) + "_";
      }
      sb.append(label).append('.');
    }
    sb.append(chars(r, length(r, 2, 8, 0, 1, 2, 8, 9, 10), r.nextInt(8) == 0 ? "ab1" : "abcXYZ"));
    return sb.toString();
  }

  @Test
  void scanAgreesWithTheExpression() {
    Random r = new Random(20240326);
    int accepted = 0;
    for (int n = 0; n < 40_000; n++) {
      String c = candidate(r);
      boolean expected = SPEC.matcher(c).matches();
      String padded = "(" + c + ")";
      assertThat(LinkExtractor.isEmailAddress(padded.toCharArray(), 1, 1 + c.length())).as("%s", c).isEqualTo(expected);
      if (expected) {
        accepted++;
      }
    }
    // Both outcomes are well represented, so the comparison is not one-sided.
    assertThat(accepted).isBetween(500, 39_500);
  }

  private static boolean email(String s) {
    String padded = " " + s + "!";
    return LinkExtractor.isEmailAddress(padded.toCharArray(), 1, 1 + s.length());
  }

  @Test
  void limitsOfTheExpression() {
    String user26 = "u".repeat(26);
    assertThat(email(user26 + ".x@a.io")).isTrue();
    assertThat(email("u" + user26 + ".x@a.io")).isFalse();
    String elevenParts = "a.".repeat(10) + "b@a.io";
    assertThat(email(elevenParts)).isTrue();
    assertThat(email("a." + elevenParts)).isFalse();
    assertThat(email("v".repeat(35) + "@a.io")).isTrue();
    assertThat(email("v".repeat(36) + "@a.io")).isFalse();
    String label30 = "d".repeat(30);
    assertThat(email("x@" + label30 + ".io")).isTrue();
    assertThat(email("x@d" + label30 + ".io")).isFalse();
    assertThat(email("x@a.b.c.d.e.f.io")).isTrue();
    assertThat(email("x@a.b.c.d.e.f.g.io")).isFalse();
    assertThat(email("x@a.abcdefgh")).isTrue();
    assertThat(email("x@a.abcdefghi")).isFalse();
    assertThat(email("x@a.io")).isTrue();
    assertThat(email("x@a.i")).isFalse();
    assertThat(email("x@-a.io")).isFalse();
    assertThat(email("x@a_.io")).isFalse();
    assertThat(email("x@")).isFalse();
    assertThat(email("@a.io")).isFalse();
    assertThat(email("x@io")).isFalse();
  }
}
