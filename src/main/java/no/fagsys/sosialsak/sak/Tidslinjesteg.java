package no.fagsys.sosialsak.sak;

import static no.fagsys.sosialsak.sak.Hendelse.SoknadsStatus.UNDER_BEHANDLING;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import no.fagsys.sosialsak.platform.process.ProcessVariable;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * A step of a process that records on its case: at the end of {@code element} in process {@code prosess},
 * {@code registrer} writes the case or a timeline event through the {@link Kontekst}. Each process package
 * contributes its own steps as one {@link Bidrag} bean next to its model's constants; {@link Prosesshendelser}
 * attaches them when a model is deployed, so the kernel knows no process. A step that is cancelled (an interrupting
 * event, a withdrawal) records nothing.
 */
public record Tidslinjesteg(String prosess, String element, Consumer<Kontekst> registrer) {

  public Tidslinjesteg {
    Objects.requireNonNull(prosess, "prosess");
    Objects.requireNonNull(element, "element");
    Objects.requireNonNull(registrer, "registrer");
  }

  /** A process package's steps (one bean per package). */
  public interface Bidrag {
    List<Tidslinjesteg> steg();
  }

  /** What a step records with: the execution, the case it belongs to, when, and the case's records. */
  public static final class Kontekst {

    private final DelegateExecution execution;
    private final String saksnummer;
    private final String kommunenummer;
    private final Instant tidspunkt;
    private final SakRegister saker;
    private final Tidslinje tidslinje;

    Kontekst(DelegateExecution execution, String saksnummer, String kommunenummer, Instant tidspunkt,
        SakRegister saker, Tidslinje tidslinje) {
      this.execution = execution;
      this.saksnummer = saksnummer;
      this.kommunenummer = kommunenummer;
      this.tidspunkt = tidspunkt;
      this.saker = saker;
      this.tidslinje = tidslinje;
    }

    public DelegateExecution execution() {
      return execution;
    }

    /** The case: the business key of the process or of the process that called it. */
    public String saksnummer() {
      return saksnummer;
    }

    /** The municipality: the tenant. */
    public String kommunenummer() {
      return kommunenummer;
    }

    /** When (engine clock). */
    public Instant tidspunkt() {
      return tidspunkt;
    }

    /** Registers the case (once: a repeated start records nothing more). */
    public void opprettSak(Sak.Sakstype type, String vedtakId) {
      if (saker.finn(saksnummer).isPresent()) {
        return;
      }
      saker.opprett(new Sak(saksnummer, Sak.hovedsaksnummer(saksnummer), type, kommunenummer,
          execution.getProcessInstanceId(), ProcessVariable.string("tjeneste").get(execution), vedtakId, tidspunkt,
          null));
    }

    /** A {@code soknadsStatus} event; {@code UNDER_BEHANDLING} only once in a row. */
    public void status(Hendelse.SoknadsStatus status) {
      if (status == UNDER_BEHANDLING && sisteStatus() == UNDER_BEHANDLING) {
        return;
      }
      hendelse(Hendelse.Type.SOKNADS_STATUS, null, felter("status", status.name()));
    }

    /**
     * An event of the case's timeline. With a {@code nokkel} ({@link Hendelse.Nokkel}) the letter of the same event
     * is attached to it when the timeline is read; an event with a key already recorded is not recorded twice.
     */
    public void hendelse(String type, String nokkel, Map<String, Object> felter) {
      tidslinje.registrer(new Hendelse(Sak.hovedsaksnummer(saksnummer), saksnummer, kommunenummer, type, tidspunkt,
          nokkel, felter, null));
    }

    private Hendelse.SoknadsStatus sisteStatus() {
      Hendelse.SoknadsStatus siste = null;
      for (Hendelse h : tidslinje.registrerte(Sak.hovedsaksnummer(saksnummer))) {
        if (h.type().equals(Hendelse.Type.SOKNADS_STATUS)) {
          siste = Hendelse.SoknadsStatus.valueOf((String) h.felter().get("status"));
        }
      }
      return siste;
    }
  }

  /** Field map in the given order, leaving out null values. */
  public static Map<String, Object> felter(Object... navnOgVerdi) {
    Map<String, Object> felter = new LinkedHashMap<>();
    for (int i = 0; i + 1 < navnOgVerdi.length; i += 2) {
      if (navnOgVerdi[i + 1] != null) {
        felter.put((String) navnOgVerdi[i], navnOgVerdi[i + 1]);
      }
    }
    return felter;
  }
}
