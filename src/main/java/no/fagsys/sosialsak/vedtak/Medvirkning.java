package no.fagsys.sosialsak.vedtak;

import static no.fagsys.sosialsak.platform.process.ProcessVariable.text;

import java.util.ArrayList;
import java.util.List;
import no.fagsys.sosialsak.vedtak.VedtakProcess.Variables;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The applicant's participation as the application's mapping recorded it (sosialtjenesteloven § 42: «Det skal legges
 * stor vekt på hva vedkommende mener»; seed 002: information adapted to the recipient, use of an interpreter; seed 003:
 * Kartlegge includes informing about the services), and the caseworker's weighing of it in the draft. A decision
 * whose case recorded no view (a complaint's, a breach's) has none.
 */
record Medvirkning(String sokerensSyn, String barnetsSyn, Boolean behovForTolk, String tolkBeskrivelse,
    Boolean informertOmKvpOgPlan, String vektlegging) {

  static Medvirkning fra(VariableScope scope, boolean barnIHusstanden) {
    String syn = text(scope, Variables.SOKERENS_SYN);
    if (syn == null) {
      return null;
    }
    Boolean tolk = Variables.BEHOV_FOR_TOLK.get(scope);
    return new Medvirkning(syn, barnIHusstanden ? text(scope, Variables.BARNETS_SYN) : null, tolk,
        Boolean.TRUE.equals(tolk) ? text(scope, Variables.TOLK_BESKRIVELSE) : null,
        Variables.INFORMERT_OM_KVP_OG_INDIVIDUELL_PLAN.get(scope), text(scope, Variables.VEKTLEGGING_AV_SYN));
  }

  /** What the decision and its letter say, after the reasoning. */
  String tekst() {
    List<String> linjer = new ArrayList<>();
    linjer.add("Ditt syn (sosialtjenesteloven § 42): " + sokerensSyn);
    if (barnetsSyn != null) {
      linjer.add("Barnets syn: " + barnetsSyn);
    }
    if (Boolean.TRUE.equals(behovForTolk)) {
      linjer.add("Tolk: du hadde behov for tolk. " + (tolkBeskrivelse == null ? "" : tolkBeskrivelse));
    } else if (Boolean.FALSE.equals(behovForTolk)) {
      linjer.add("Tolk: du hadde ikke behov for tolk.");
    }
    linjer.add("Slik har vi vektlagt synspunktene: " + vektlegging);
    linjer.add("Du er informert om de sosiale tjenestene i NAV-kontoret" + (Boolean.TRUE.equals(informertOmKvpOgPlan)
        ? ", og om kvalifiseringsprogram og individuell plan." : "."));
    return String.join("\n", linjer.stream().map(String::strip).toList());
  }
}
