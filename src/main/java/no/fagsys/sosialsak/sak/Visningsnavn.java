package no.fagsys.sosialsak.sak;

import java.util.Map;
import no.fagsys.sosialsak.brev.EngineNavn;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * What a person reads instead of a code: the service's name ({@code OKONOMISK_STONAD} → «Økonomisk stønad (§§ 18 og
 * 19)», as the start form names it) and the municipality's name (the tenant's name in the engine: 5028 → «Melhus»);
 * users' full names come from {@link EngineNavn#brukernavn}, as in the letters. The process sets them as protected
 * variables next to the codes, so Tasklist's task cards and the forms show words while decisions and the API keep the
 * codes.
 */
public final class Visningsnavn {

  /** The service's name on the task card and in the forms. */
  public static final String TJENESTE_NAVN = "tjenesteNavn";
  /** The municipality's name on the task card and in the forms. */
  public static final String KOMMUNE_NAVN = "kommuneNavn";

  private static final Map<String, String> TJENESTER = Map.of(
      "OPPLYSNING_RAD_VEILEDNING", "Opplysning, råd og veiledning (§ 17)",
      "OKONOMISK_STONAD", "Økonomisk stønad (§§ 18 og 19)",
      "MIDLERTIDIG_BOTILBUD", "Midlertidig botilbud (§ 27)",
      "INDIVIDUELL_PLAN", "Individuell plan (§ 28)",
      "KVALIFISERINGSPROGRAM", "Kvalifiseringsprogram (§ 29)",
      "INTRODUKSJONSPROGRAM_FORLENGELSE", "Forlengelse av introduksjonsprogram");

  private Visningsnavn() {}

  /** The service's name; an unknown code is shown as it is. */
  public static String tjeneste(String kode) {
    return kode == null ? null : TJENESTER.getOrDefault(kode, kode);
  }

  /** Sets the case's names from the engine's facts (the tenant) and the service code the process validated. */
  public static void settSak(DelegateExecution execution, String tjeneste) {
    execution.setVariable(TJENESTE_NAVN, tjeneste(tjeneste));
    execution.setVariable(KOMMUNE_NAVN, kommune(execution.getProcessEngineServices(), execution.getTenantId()));
  }

  /** The municipality's name (the tenant's name), or the number when the engine has no name for it. */
  public static String kommune(ProcessEngineServices engine, String kommunenummer) {
    String navn = EngineNavn.kommunenavn(engine, kommunenummer);
    return navn == null ? kommunenummer : navn;
  }
}
