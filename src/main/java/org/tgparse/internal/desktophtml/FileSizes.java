package org.tgparse.internal.desktophtml;

import java.math.BigDecimal;

/**
 * Reads a file size as Telegram Desktop's HTML export writes it in a media block's status ({@code 00:41, 609.9 KB},
 * {@code 1280x720, 1.2 MB}, {@code 17 B}). Telegram Desktop's {@code FormatSizeText} writes bytes below 1 KB, else
 * KB or MB in multiples of 1024 with one decimal cut (not rounded) towards zero; GB is read too, for other
 * versions. The size is therefore approximate: the true size lies within a tenth of the unit above the value.
 */
final class FileSizes {
  private FileSizes() {
  }

  /**
   * @param status a media block's status, may be null
   * @return the size in bytes of its last comma-separated part, the value times the unit rounded to the nearest
   *     byte; null when that part is not a size
   */
  static Long fromStatus(String status) {
    if (status == null) {
      return null;
    }
    int comma = status.lastIndexOf(',');
    String s = (comma < 0 ? status : status.substring(comma + 1)).strip();
    int sp = s.indexOf(' ');
    if (sp <= 0 || sp > 12) {
      return null;
    }
    long unit;
    switch (s.substring(sp + 1)) {
      case "B":
        unit = 1L;
        break;
      case "KB":
        unit = 1024L;
        break;
      case "MB":
        unit = 1024L * 1024;
        break;
      case "GB":
        unit = 1024L * 1024 * 1024;
        break;
      default:
        return null;
    }
    String number = s.substring(0, sp);
    for (int i = 0; i < number.length(); i++) {
      char c = number.charAt(i);
      if (!(c >= '0' && c <= '9') && !(c == '.' && i > 0 && i < number.length() - 1)) {
        return null;
      }
    }
    try {
      return new BigDecimal(number).multiply(BigDecimal.valueOf(unit))
          .setScale(0, java.math.RoundingMode.HALF_UP).longValueExact();
    } catch (NumberFormatException | ArithmeticException e) {
      return null;
    }
  }
}
