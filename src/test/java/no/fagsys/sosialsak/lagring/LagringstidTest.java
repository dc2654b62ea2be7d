package no.fagsys.sosialsak.lagring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/lagring.md's table of retention rules shows what {@link Lagringstid} says (the models are checked by ModelConventionsTest). */
class LagringstidTest {

  @Test
  void docsShowEveryRuleWithItsDays() throws IOException {
    String dokument = Files.readString(Path.of("docs", "lagring.md"));
    String section = dokument.substring(dokument.indexOf("# Lagringstid og sletting"));
    Lagringsregler.PROSESSER.forEach((key, rule) -> assertThat(section)
        .contains("| `" + key + "` | `" + rule.name() + "` | " + rule.dager + " |"));
    assertThat(section).contains("| alle beslutningstabeller (DMN) | `" + Lagringstid.BESLUTNINGER.name() + "` | "
        + Lagringstid.BESLUTNINGER.dager + " |");
  }
}
