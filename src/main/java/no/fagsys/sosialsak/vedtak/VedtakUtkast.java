package no.fagsys.sosialsak.vedtak;

import static no.fagsys.sosialsak.platform.process.ProcessVariable.text;
import static no.fagsys.sosialsak.vedtak.VedtakProcess.Values.DELVIS_INNVILGET;
import static no.fagsys.sosialsak.vedtak.VedtakProcess.Values.GARANTI;
import static no.fagsys.sosialsak.vedtak.VedtakProcess.Values.INNVILGET;
import static no.fagsys.sosialsak.vedtak.VedtakProcess.Values.LAN;
import static no.fagsys.sosialsak.vedtak.VedtakProcess.Values.OKONOMISK_STONAD;

import java.util.ArrayList;
import java.util.List;
import no.fagsys.sosialsak.vedtak.VedtakProcess.Values;
import no.fagsys.sosialsak.vedtak.VedtakProcess.Variables;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The drafted decision as read from the process variables, with the fields that do not apply left out (a form
 * field hidden after it was filled in keeps its variable): the form of support and conditions only for economic
 * support that is granted, loan terms only for a loan or a guarantee, the reduction notice only with conditions.
 * {@link #problemer()} is the one set of rules checked when the draft is handed in and again when it is issued.
 */
record VedtakUtkast(
    String tjeneste,
    String utfall,
    String begrunnelse,
    String hjemmel,
    String relevanteOpplysninger,
    String begrensning,
    String vurderingBarnetsBeste,
    String stonadsform,
    String lanevilkar,
    String vilkar,
    Boolean informertOmReduksjon,
    Integer stonadBelopPerManed,
    java.time.LocalDate stonadsperiodeFra,
    java.time.LocalDate stonadsperiodeTil,
    Medvirkning medvirkning) {

  static VedtakUtkast fra(VariableScope scope) {
    String tjeneste = text(scope, Variables.TJENESTE);
    String utfall = text(scope, Variables.VEDTAK_UTFALL);
    boolean stonadInnvilget = OKONOMISK_STONAD.equals(tjeneste)
        && (INNVILGET.equals(utfall) || DELVIS_INNVILGET.equals(utfall));
    String stonadsform = stonadInnvilget ? text(scope, Variables.STONADSFORM) : null;
    String lanevilkar = LAN.equals(stonadsform) || GARANTI.equals(stonadsform)
        ? text(scope, Variables.LANEVILKAR) : null;
    String vilkar = stonadInnvilget ? text(scope, Variables.VILKAR) : null;
    Boolean informert = vilkar != null ? Variables.INFORMERT_OM_REDUKSJON.get(scope) : null;
    Integer barn = Variables.ANTALL_BARN_I_HUSSTANDEN.get(scope);
    String barnetsBeste = barn != null && barn > 0 ? text(scope, Variables.VURDERING_BARNETS_BESTE) : null;
    return new VedtakUtkast(tjeneste, utfall, text(scope, Variables.VEDTAK_BEGRUNNELSE),
        text(scope, Variables.VEDTAK_HJEMMEL), text(scope, Variables.RELEVANTE_OPPLYSNINGER),
        text(scope, Variables.BEGRENSNING), barnetsBeste, stonadsform, lanevilkar, vilkar, informert,
        stonadInnvilget ? Variables.STONAD_BELOP_PER_MANED.get(scope) : null,
        stonadInnvilget ? Variables.STONADSPERIODE_FRA.get(scope) : null,
        stonadInnvilget ? Variables.STONADSPERIODE_TIL.get(scope) : null,
        Medvirkning.fra(scope, barn != null && barn > 0));
  }

  /**
   * A fingerprint of the draft's content as the caseworker handed it in: any change to the draft afterwards (by the
   * approver, or through any API) gives another one.
   */
  String sjekksum() {
    try {
      byte[] hash = java.security.MessageDigest.getInstance("SHA-256")
          .digest(toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return java.util.HexFormat.of().formatHex(hash);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The reasoning as the decision states it: the caseworker's text, then the user participation (§ 42). */
  String begrunnelseMedMedvirkning() {
    if (medvirkning == null) {
      return begrunnelse;
    }
    return begrunnelse == null ? medvirkning.tekst() : begrunnelse.strip() + "\n\n" + medvirkning.tekst();
  }

  boolean stonadInnvilget() {
    return OKONOMISK_STONAD.equals(tjeneste) && (INNVILGET.equals(utfall) || DELVIS_INNVILGET.equals(utfall));
  }

  /** What is missing or wrong, one Norwegian sentence per problem naming the field; empty when complete. */
  List<String> problemer() {
    List<String> feil = new ArrayList<>();
    if (utfall == null) {
      feil.add("Utfall (vedtakUtfall) må fylles ut.");
    } else if (!Values.UTFALL.contains(utfall)) {
      feil.add("Utfall (vedtakUtfall) må være en av " + String.join(", ", Values.UTFALL) + ", ikke '" + utfall + "'.");
    }
    if (begrunnelse == null) {
      feil.add("Begrunnelse (vedtakBegrunnelse) må fylles ut.");
    }
    if (hjemmel == null) {
      feil.add("Lovhjemmel (vedtakHjemmel) må fylles ut.");
    }
    if (relevanteOpplysninger == null) {
      feil.add("Relevante opplysninger (relevanteOpplysninger) må fylles ut.");
    }
    if (medvirkning != null && medvirkning.vektlegging() == null) {
      feil.add("Hvordan søkerens syn" + (medvirkning.barnetsSyn() != null ? " og barnets syn" : "")
          + " er vektlagt (vektleggingAvSyn) må fylles ut: synet er registrert i kartleggingen "
          + "(sosialtjenesteloven § 42), og vedtaket skal si hvordan det er vektlagt.");
    }
    if (stonadInnvilget()) {
      if (stonadsform == null) {
        feil.add("Stønadsform (stonadsform) må velges når økonomisk stønad innvilges.");
      } else if (!Values.STONADSFORMER.contains(stonadsform)) {
        feil.add("Stønadsform (stonadsform) må være en av " + String.join(", ", Values.STONADSFORMER)
            + ", ikke '" + stonadsform + "'.");
      } else if ((LAN.equals(stonadsform) || GARANTI.equals(stonadsform)) && lanevilkar == null) {
        feil.add("Vilkår for lånet eller garantien (lanevilkar) må fylles ut.");
      }
      if (vilkar != null && informertOmReduksjon == null) {
        feil.add("Når vedtaket har vilkår, må det angis om mottakeren er informert om at brudd kan gi redusert "
            + "stønad (informertOmReduksjon).");
      }
    }
    return feil;
  }
}
