package no.fagsys.sosialsak.platform.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.TimeZone;
import org.camunda.bpm.engine.impl.calendar.DateTimeUtil;
import org.junit.jupiter.api.Test;

/** The engine reads the product's timer dates in Norwegian time, whatever zone the server runs in. */
class NorskTidPluginTest {

  @Test
  void motorenLeserFristenesTidspunktINorskTidOgsaPaEnServerSomGarPaUtc() {
    TimeZone serverensSone = TimeZone.getDefault();
    TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
    try {
      new NorskTidPlugin().preInit(null);
      // A deadline «the start of 3 March» is midnight in Oslo (23:00 UTC the day before in winter), not in UTC.
      Date midnatt = DateTimeUtil.parseDate(EngineTime.startOf(LocalDate.of(2026, 3, 3)));
      assertThat(midnatt.toInstant()).isEqualTo(Instant.parse("2026-03-02T23:00:00Z"));
    } finally {
      TimeZone.setDefault(serverensSone);
    }
  }
}
