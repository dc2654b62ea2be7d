package no.fagsys.sosialsak.vilkarsbrudd;

import static no.fagsys.sosialsak.platform.process.ProcessVariable.bool;
import static no.fagsys.sosialsak.platform.process.ProcessVariable.date;
import static no.fagsys.sosialsak.platform.process.ProcessVariable.string;

import java.time.LocalDate;
import java.util.List;
import no.fagsys.sosialsak.lagring.Lagringstid;
import no.fagsys.sosialsak.platform.process.ProcessVariable;

/**
 * The condition-breach process, {@code processes/vilkarsbrudd.bpmn} (SPEC §§ 3.6, 4.3; sosialtjenesteloven § 20
 * third paragraph, forvaltningsloven §§ 16 and 42): should the breach have a consequence, and which
 * ({@code konsekvensVedVilkarsbrudd}) → advance notice with a response deadline → the party's statement or the
 * deadline → a new decision through {@code vedtak} that replaces the breached one → deferred implementation if asked.
 */
public final class VilkarsbruddProcess {

  public static final String KEY = "vilkarsbrudd";

  /** How long the history of a finished case is kept (the model's historyTimeToLive). */
  public static final Lagringstid LAGRINGSTID = Lagringstid.SAK;

  private VilkarsbruddProcess() {}

  public static final class Elements {
    public static final String START = "Event_VilkarsbruddMeldt";
    public static final String VURDER_VILKARSBRUDD = "Task_VurderVilkarsbrudd";
    public static final String KONSEKVENS_VED_VILKARSBRUDD = "Task_KonsekvensVedVilkarsbrudd";
    public static final String GATEWAY_TILLATT_KONSEKVENS = "Gateway_TillattKonsekvens";
    public static final String SEND_FORHANDSVARSEL = "Task_SendForhandsvarsel";
    public static final String GATEWAY_KONSEKVENS_VARSLET = "Gateway_KonsekvensVarslet";
    public static final String VENTER_PA_UTTALELSE = "Gateway_VenterPaUttalelse";
    public static final String UTTALELSE_MOTTATT = "Event_UttalelseMottatt";
    public static final String SVARFRIST_UTLOPT = "Event_SvarfristUtlopt";
    public static final String VURDER_KONSEKVENS = "Task_VurderKonsekvens";
    public static final String GATEWAY_KONSEKVENS_VALGT = "Gateway_KonsekvensValgt";
    public static final String VEDTAK = "Activity_Vedtak";
    public static final String KLAGEFRIST_UTLOPT = "Event_KlagefristUtlopt";
    public static final String NYTT_VEDTAK_FATTET = "Event_NyttVedtakFattet";
    public static final String INGEN_KONSEKVENS = "Event_IngenKonsekvens";
    public static final String UTSATT_IVERKSETTELSE = "SubProcess_UtsattIverksettelse";
    public static final String UTSATT_IVERKSETTELSE_BEGJAERT = "Event_UtsattIverksettelseBegjaert";
    public static final String VURDER_UTSATT_IVERKSETTELSE = "Task_VurderUtsattIverksettelse";
    public static final String REGISTRER_UTSATT_IVERKSETTELSE = "Task_RegistrerUtsattIverksettelse";
    public static final String UTSATT_IVERKSETTELSE_AVGJORT = "Event_UtsattIverksettelseAvgjort";

    public static final String FORM_START = "vilkarsbrudd-start";
    public static final String FORM_VURDER = "vilkarsbrudd-vurder";
    public static final String FORM_FORHANDSVARSEL = "vilkarsbrudd-forhandsvarsel";
    public static final String FORM_VURDER_KONSEKVENS = "vilkarsbrudd-vurder-konsekvens";
    public static final String FORM_UTSATT_IVERKSETTELSE = "vilkarsbrudd-utsatt-iverksettelse";

    /** Spring bean names (delegateExpression). */
    public static final String BEAN_REGISTRER = "registrerVilkarsbrudd";
    public static final String BEAN_SEND_FORHANDSVARSEL = "sendForhandsvarsel";
    public static final String BEAN_VURDER_KONSEKVENS = "vurderKonsekvens";
    /** In {@code soknad}: {@code Task_StartVilkarsbrudd}. */
    public static final String BEAN_START = "startVilkarsbrudd";

    private Elements() {}
  }

  /** Messages from outside: the party's statement, a request for deferred implementation. */
  public static final class Messages {
    public static final String UTTALELSE_MOTTATT = "UttalelseMottatt";
    public static final String UTSATT_IVERKSETTELSE_BEGJAERT = "UtsattIverksettelseBegjaert";

    private Messages() {}
  }

  public static final class Variables {
    // Start (SPEC § 4.3)
    public static final ProcessVariable<String> VEDTAK_ID = string("vedtakId");
    public static final ProcessVariable<String> KOMMUNENUMMER = string("kommunenummer");
    public static final ProcessVariable<String> VILKAR = string("vilkar");
    public static final ProcessVariable<String> HENDELSE = string("hendelse");
    // Set at start from the breached decision
    public static final ProcessVariable<String> BRYTES_VEDTAK_ID = string("brytesVedtakId");
    public static final ProcessVariable<String> ERSTATTER_VEDTAK_ID = string("erstatterVedtakId");
    public static final ProcessVariable<String> SAKSNUMMER = string("saksnummer");
    public static final ProcessVariable<String> TJENESTE = string("tjeneste");
    public static final ProcessVariable<String> VEDTAK_GJELDER = string("vedtakGjelder");
    public static final ProcessVariable<Boolean> INFORMERT_OM_REDUKSJON_I_VEDTAKET =
        bool("informertOmReduksjonIVedtaket");
    // The caseworker's assessment and the decision table (konsekvensVedVilkarsbrudd)
    public static final ProcessVariable<Boolean> VILKARET_LOVLIG_STILT = bool("vilkaretLovligStilt");
    public static final ProcessVariable<Boolean> BRUDDET_SKAL_FA_KONSEKVENS = bool("bruddetSkalFaKonsekvens");
    public static final ProcessVariable<String> VILKARSBRUDD_VURDERING = string("vilkarsbruddVurdering");
    public static final ProcessVariable<String> TILLATT_KONSEKVENS = string("tillattKonsekvens");
    public static final ProcessVariable<String> KONSEKVENS_BEGRUNNELSE = string("konsekvensBegrunnelse");
    public static final ProcessVariable<String> KONSEKVENS_HJEMMEL = string("konsekvensHjemmel");
    // Advance notice (fvl. § 16)
    public static final ProcessVariable<String> FORESLATT_KONSEKVENS = string("foreslattKonsekvens");
    public static final ProcessVariable<String> FORHANDSVARSEL_TEKST = string("forhandsvarselTekst");
    public static final ProcessVariable<LocalDate> FORHANDSVARSEL_SENDT = date("forhandsvarselSendt");
    public static final ProcessVariable<LocalDate> SVARFRIST = date("svarfrist");
    public static final ProcessVariable<String> SVARFRIST_TIDSPUNKT = string("svarfristTidspunkt");
    public static final ProcessVariable<String> FORHANDSVARSEL_BREV_ID = string("forhandsvarselBrevId");
    public static final ProcessVariable<String> UTTALELSE = string("uttalelse");
    // The assessment after the notice, and the proposal to the new-decision steps
    public static final ProcessVariable<String> VALGT_KONSEKVENS = string("valgtKonsekvens");
    public static final ProcessVariable<String> VEDTAK_FORSLAG_UTFALL = string("vedtakForslagUtfall");
    public static final ProcessVariable<String> VEDTAK_FORSLAG_BEGRUNNELSE = string("vedtakForslagBegrunnelse");
    public static final ProcessVariable<String> VEDTAK_FORSLAG_HJEMMEL = string("vedtakForslagHjemmel");
    /** Prefills the draft of the new decision (vedtak takes it under this name). */
    public static final ProcessVariable<String> RELEVANTE_OPPLYSNINGER = string("relevanteOpplysninger");
    // Out of vedtak
    public static final ProcessVariable<String> NYTT_VEDTAK_ID = string("nyttVedtakId");
    public static final ProcessVariable<String> VEDTAK_UTFALL = string("vedtakUtfall");
    public static final ProcessVariable<LocalDate> KLAGEFRIST = date("klagefrist");
    /** How the case ended: {@link Values#UTFALL}. */
    public static final ProcessVariable<String> UTFALL = string("utfall");

    private Variables() {}
  }

  public static final class Values {
    /** Outputs of {@code konsekvensVedVilkarsbrudd} (SPEC § 3.6). */
    public static final String TILLATT_INGEN = "INGEN";
    public static final String TILLATT_ANNEN_ENDRING = "ANNEN_ENDRING";
    public static final String TILLATT_REDUKSJON_ELLER_ANNEN_ENDRING = "REDUKSJON_ELLER_ANNEN_ENDRING";

    /** The consequences a caseworker chooses ({@code foreslattKonsekvens}, {@code valgtKonsekvens}). */
    public static final String REDUKSJON = "REDUKSJON";
    public static final String ANNEN_ENDRING = "ANNEN_ENDRING";
    public static final String INGEN = "INGEN";
    public static final List<String> KONSEKVENSER = List.of(REDUKSJON, ANNEN_ENDRING, INGEN);

    /** {@code utfall} at the end of the case. */
    public static final String INGEN_KONSEKVENS = "INGEN_KONSEKVENS";
    public static final List<String> UTFALL = List.of(INGEN_KONSEKVENS, REDUKSJON, ANNEN_ENDRING);

    public static final int SVARFRIST_DAGER = 14;
    public static final String HJEMMEL = "sosialtjenesteloven § 20 tredje ledd, jf. forvaltningsloven § 16";

    private Values() {}
  }
}
