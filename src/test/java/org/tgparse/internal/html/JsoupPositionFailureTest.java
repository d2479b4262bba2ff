package org.tgparse.internal.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.tgparse.MessageReader;
import org.tgparse.Tgparse;
import org.tgparse.read.Format;
import org.tgparse.read.ParseIssue;
import org.tgparse.read.ReadOptions;

/**
 * Regression test for the fuzzer's first finding: jsoup 1.22.1 threw a NullPointerException while tracking
 * source positions in this broken Desktop HTML read as one tree. Parsed one message at a time (see
 * {@code PageElements}) it no longer fails, and every message keeps its source line.
 */
class JsoupPositionFailureTest {

  @Test
  void brokenMarkupThatBrokePositionTrackingIsReadWithoutFailing() throws Exception {
    byte[] input = Files.readAllBytes(Path.of("src/test/resources/org/tgparse/ReadersFuzzTestInputs/desktopHtml/"
        + "crash-77216c99019012b691df7b52d14b5aabf23bc095"));
    // The fuzz input's last two bytes chose lenient mode and default limits.
    byte[] html = Arrays.copyOf(input, input.length - 2);
    try (MessageReader r = Tgparse.read(new ByteArrayInputStream(html), "crash.html",
        ReadOptions.defaults().withFormat(Format.DESKTOP_HTML))) {
      java.util.List<org.tgparse.model.Message> all = new java.util.ArrayList<>();
      r.forEach(all::add);
      assertThat(all).hasSize(3);
      assertThat(r.issues()).extracting(ParseIssue::message).noneMatch(m -> m.contains("parser failed"));
    }
  }

  @Test
  void messagesReadBeforeTheFailureAreNotReadAgain() throws Exception {
    byte[] input = Files.readAllBytes(Path.of("src/test/resources/org/tgparse/ReadersFuzzTestInputs/desktopHtml/"
        + "crash-77216c99019012b691df7b52d14b5aabf23bc095"));
    String head = "<!DOCTYPE html>\n<html>\n<body>\n<div class=\"page_wrap\"><div class=\"history\">\n"
        + "<div class=\"message default clearfix\" id=\"message7\"><div class=\"body\">\n"
        + "<div class=\"from_name\">Anna</div>\n<div class=\"text\">before</div></div></div>\n"
        + "<div class=\"message default clearfix joined\" id=\"message8\"><div class=\"body\">\n"
        + "<div class=\"text\">also before</div></div></div>\n";
    byte[] crash = Arrays.copyOf(input, input.length - 2);
    byte[] html = new byte[head.length() + crash.length];
    System.arraycopy(head.getBytes(java.nio.charset.StandardCharsets.UTF_8), 0, html, 0, head.length());
    System.arraycopy(crash, 0, html, head.length(), crash.length);
    java.util.List<org.tgparse.model.Message> all = new java.util.ArrayList<>();
    try (MessageReader r = Tgparse.read(new ByteArrayInputStream(html), "crash.html",
        ReadOptions.defaults().withFormat(Format.DESKTOP_HTML))) {
      r.forEach(all::add);
      assertThat(r.issues()).extracting(ParseIssue::message).noneMatch(m -> m.contains("parser failed"));
    }
    // The two messages before the broken markup were handed out with their lines, once; the rest follow.
    assertThat(all.subList(0, 2)).extracting(m -> m.id() + " " + m.from() + " " + m.text() + " "
        + m.source().startLine()).containsExactly("7 Anna before 5", "8 Anna also before 8");
    assertThat(all).extracting(m -> m.id()).filteredOn(id -> "7".equals(id) || "8".equals(id)).hasSize(2);
    assertThat(all.subList(2, all.size())).allSatisfy(m -> assertThat(m.source().startLine()).isEqualTo(10));
  }
}
