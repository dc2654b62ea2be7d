package no.fagsys.sosialsak.tilsyn;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.fagsys.sosialsak.platform.process.EngineTime;
import no.fagsys.sosialsak.platform.process.ProcessVariable;
import no.fagsys.sosialsak.sak.Hendelse;
import no.fagsys.sosialsak.sak.Sak;
import no.fagsys.sosialsak.sak.SakRegister;
import no.fagsys.sosialsak.sak.Tidslinje;
import no.fagsys.sosialsak.soknad.SoknadProcess;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.stereotype.Component;

/**
 * Gathers the facts the oversight report needs from the cases, their status timelines and the engine's history:
 * the application date as registered at the start ({@code soknadsdato}, history), the first decision of the
 * application and its outcome ({@code vedtakFattet}), the interim reply ({@code forelopigSvar}), an end without a
 * decision ({@code soknadsStatus BEHANDLES_IKKE}), and per complaint its outcomes ({@code klageAvgjort},
 * {@code klageOversendt}). Days are Norwegian days (Europe/Oslo). Reads as the system: the caller checks access.
 */
@Component
public class TilsynKilde {

  private static final int BOLK = 500;

  private final SakRegister saker;
  private final Tidslinje tidslinje;
  private final HistoryService history;

  public TilsynKilde(SakRegister saker, Tidslinje tidslinje, HistoryService history) {
    this.saker = saker;
    this.tidslinje = tidslinje;
    this.history = history;
  }

  /** The municipality's applications that can have been received on or after {@code fra}. */
  public List<Tilsynsrapport.Soknad> soknader(String kommunenummer, LocalDate fra) {
    // An application is registered on or after the day it was received.
    List<Sak> soknader = saker.forKommune(kommunenummer, Sak.Sakstype.SOKNAD, fra.atStartOfDay(EngineTime.NORGE).toInstant());
    Map<String, LocalDate> soknadsdato = soknadsdatoer(soknader.stream().map(Sak::prosessinstansId).toList());
    List<Tilsynsrapport.Soknad> resultat = new ArrayList<>();
    for (Sak sak : soknader) {
      LocalDate vedtaksdato = null;
      String utfall = null;
      LocalDate forelopig = null;
      LocalDate avsluttet = null;
      for (Hendelse h : tidslinje.hendelser(sak.saksnummer())) {
        if (!h.saksnummer().equals(sak.saksnummer())) {
          continue;
        }
        switch (h.type()) {
          case Hendelse.Type.VEDTAK_FATTET -> {
            if (vedtaksdato == null) {
              vedtaksdato = dag(h.tidspunkt());
              utfall = (String) h.felter().get("utfall");
            }
          }
          case Hendelse.Type.FORELOPIG_SVAR -> forelopig = forelopig == null ? dag(h.tidspunkt()) : forelopig;
          case Hendelse.Type.SOKNADS_STATUS -> {
            if (avsluttet == null && Hendelse.SoknadsStatus.BEHANDLES_IKKE.name().equals(h.felter().get("status"))) {
              avsluttet = dag(h.tidspunkt());
            }
          }
          default -> { }
        }
      }
      LocalDate mottatt = soknadsdato.getOrDefault(sak.prosessinstansId(), dag(sak.opprettet()));
      resultat.add(new Tilsynsrapport.Soknad(sak.saksnummer(), sak.tjeneste(), mottatt, vedtaksdato, utfall, forelopig,
          avsluttet));
    }
    return resultat;
  }

  /** The municipality's complaints registered on or after {@code fra}. */
  public List<Tilsynsrapport.Klage> klager(String kommunenummer, LocalDate fra) {
    List<Tilsynsrapport.Klage> resultat = new ArrayList<>();
    for (Sak klage : saker.forKommune(kommunenummer, Sak.Sakstype.KLAGE, fra.atStartOfDay(EngineTime.NORGE).toInstant())) {
      String kommunen = null;
      String statsforvalteren = null;
      boolean oversendt = klage.oversendtStatsforvalteren() != null;
      for (Hendelse h : tidslinje.hendelser(klage.hovedsaksnummer())) {
        if (!h.saksnummer().equals(klage.saksnummer())) {
          continue;
        }
        if (h.type().equals(Hendelse.Type.KLAGE_OVERSENDT)) {
          oversendt = true;
        } else if (h.type().equals(Hendelse.Type.KLAGE_AVGJORT)) {
          Object av = h.felter().get("avgjortAv");
          String utfall = (String) h.felter().get("utfall");
          if (Hendelse.AVGJORT_AV_STATSFORVALTEREN.equals(av)) {
            statsforvalteren = utfall;
          } else if (Hendelse.AVGJORT_AV_KOMMUNEN.equals(av)) {
            kommunen = utfall;
          }
        }
      }
      resultat.add(new Tilsynsrapport.Klage(klage.saksnummer(), klage.vedtakId(), dag(klage.opprettet()), kommunen,
          oversendt, statsforvalteren));
    }
    return resultat;
  }

  private Map<String, LocalDate> soknadsdatoer(List<String> prosessinstanser) {
    Map<String, LocalDate> datoer = new HashMap<>();
    for (int i = 0; i < prosessinstanser.size(); i += BOLK) {
      List<String> bolk = prosessinstanser.subList(i, Math.min(prosessinstanser.size(), i + BOLK));
      for (HistoricVariableInstance v : history.createHistoricVariableInstanceQuery()
          .variableName(SoknadProcess.Variables.SOKNADSDATO.name())
          .processInstanceIdIn(bolk.toArray(String[]::new)).listPage(0, bolk.size())) {
        LocalDate dato = ProcessVariable.parseDate(v.getValue());
        if (dato != null) {
          datoer.put(v.getProcessInstanceId(), dato);
        }
      }
    }
    return datoer;
  }

  static LocalDate dag(Instant t) {
    return t.atZone(EngineTime.NORGE).toLocalDate();
  }
}
