package org.tgparse.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tgparse.MessageReader;
import org.tgparse.Tgparse;
import org.tgparse.model.Message;
import org.tgparse.model.Place.PlaceKind;
import org.tgparse.model.Place;
import org.tgparse.read.ReadOptions;

/** The places a careful reader sees in the sample posts, and no false one. */
class SamplePlacesTest {
  private static final List<Message> MESSAGES = new ArrayList<>();

  @BeforeAll
  static void read() {
    try (MessageReader r = Tgparse.read(Path.of("samples/mfa-forwarded-posts.txt"), ReadOptions.defaults())) {
      r.forEach(MESSAGES::add);
    }
  }

  private static List<Place> places() {
    return MESSAGES.stream().flatMap(m -> m.places().stream()).collect(Collectors.toList());
  }

  private static List<String> names(PlaceKind kind) {
    return places().stream().filter(p -> p.placeKind() == kind).map(Place::name).distinct()
        .collect(Collectors.toList());
  }

  @Test
  void mentions() {
    assertThat(names(PlaceKind.MENTION)).contains("Russia", "Armenia", "Lachin Corridor", "Nagorno-Karabakh",
        "Donetsk People's Republic", "Luhansk People's Republic", "Zaporizhzhia Oblast", "Kherson Oblast",
        "Afghanistan", "Azerbaijan", "Belarus", "Minsk", "Moscow", "Kazakhstan", "Kyrgyzstan", "Astana", "Ufa",
        "Aktau", "Central Asia", "Uzbekistan", "China", "Sweden", "Finland", "Europe", "Eurasia", "Asia",
        "Middle East", "Africa", "Latin America", "Ukraine", "United States");
  }

  @Test
  void noFalseMentions() {
    assertThat(places()).extracting(Place::text).doesNotContain("Russian", "Syrian", "Eurasian", "Belarusian",
        "Kazakhstani", "Charter", "Union", "Union State", "March", "UN", "United Nations", "West",
        "Independence", "Victory", "Arab League", "African Union", "Gulf Cooperation Council", "Nazi German");
    assertThat(places()).allSatisfy(p -> assertThat(p.text()).isNotEmpty());
  }

  @Test
  void datelines() {
    assertThat(MESSAGES).extracting(Message::dateline).filteredOn(d -> d != null)
        .extracting(d -> d.place().name() + ", " + (d.date() == null ? null : d.date().value()))
        .containsExactly("Moscow, 2023-03-20", "New York, 2024-07-16", "Astana, 2024-11-07");
    for (Message m : MESSAGES) {
      if (m.dateline() != null) {
        assertThat(m.places().get(0)).isEqualTo(m.dateline().place());
        assertThat(m.places().stream().skip(1)).noneMatch(p -> p.placeKind() == PlaceKind.DATELINE);
      }
    }
  }

  @Test
  void flags() {
    assertThat(names(PlaceKind.FLAG)).containsExactlyInAnyOrder("Russia", "Armenia", "Belarus", "Kazakhstan",
        "United Nations");
    assertThat(places()).filteredOn(p -> p.placeKind() == PlaceKind.FLAG).extracting(Place::countryCode)
        .containsOnly("RU", "AM", "BY", "KZ", "UN");
  }
}
