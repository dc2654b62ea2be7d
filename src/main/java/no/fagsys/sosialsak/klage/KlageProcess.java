package no.fagsys.sosialsak.klage;

import static no.fagsys.sosialsak.platform.process.ProcessVariable.bool;
import static no.fagsys.sosialsak.platform.process.ProcessVariable.date;
import static no.fagsys.sosialsak.platform.process.ProcessVariable.string;

import java.time.LocalDate;
import java.util.List;
import no.fagsys.sosialsak.lagring.Lagringstid;
import no.fagsys.sosialsak.platform.process.ProcessVariable;

/**
 * The complaint process, {@code processes/klage.bpmn} (SPEC § 4.2, seed 000): register → {@code klagevurdering} →
 * feedback / dismissal / rectification / decided on the merits at the municipality → forwarded to
 * Statsforvalteren. Element ids, variables, messages and beans are declared here once.
 */
public final class KlageProcess {

  public static final String KEY = "klage";

  /** How long the history of a finished case is kept (the model's historyTimeToLive). */
  public static final Lagringstid LAGRINGSTID = Lagringstid.SAK;

  private KlageProcess() {}

  public static final class Elements {
    public static final String START = "Event_KlageMottatt";
    public static final String TIL_KLAGEVURDERING = "Gateway_TilKlagevurdering";
    public static final String KLAGEVURDERING = "Task_Klagevurdering";
    public static final String GATEWAY_KLAGEVURDERING = "Gateway_Klagevurdering";
    public static final String BEHANDLE_SOM_TILBAKEMELDING = "Task_BehandleSomTilbakemelding";
    public static final String BEHANDLET_SOM_TILBAKEMELDING = "Event_BehandletSomTilbakemelding";
    public static final String VEILED_OM_RETTING = "Task_VeiledOmRetting";
    public static final String VENTER_PA_RETTING = "Gateway_VenterPaRetting";
    public static final String KLAGE_RETTET = "Event_KlageRettet";
    public static final String RETTEFRIST_UTLOPT = "Event_RettefristUtlopt";
    public static final String TIL_AVVISNING = "Gateway_TilAvvisning";
    public static final String VEDTAK_AVVISNING = "Activity_VedtakAvvisning";
    public static final String KLAGE_AVVIST = "Event_KlageAvvist";
    public static final String BEHANDLE_KLAGEN = "Task_BehandleKlagen";
    public static final String GATEWAY_KOMMUNENS_UTFALL = "Gateway_KommunensUtfall";
    public static final String VEDTAK_ENDRING = "Activity_VedtakEndring";
    public static final String VEDTAK_ENDRET = "Event_VedtakEndret";
    public static final String GATEWAY_FULLT_MEDHOLD = "Gateway_FulltMedhold";
    public static final String TIL_OVERSENDELSE = "Gateway_TilOversendelse";
    public static final String FORBERED_OVERSENDELSE = "Task_ForberedOversendelse";
    public static final String BEHANDLE_KLAGE_STATSFORVALTEREN = "Task_BehandleKlageStatsforvalteren";
    public static final String SEND_STATSFORVALTERENS_VEDTAK = "Task_SendStatsforvalterensVedtak";
    public static final String GATEWAY_STATSFORVALTERENS_UTFALL = "Gateway_StatsforvalterensUtfall";
    public static final String AVVIST_AV_STATSFORVALTEREN = "Event_KlageAvvistAvStatsforvalteren";
    public static final String VEDTAK_STADFESTET = "Event_VedtakStadfestet";
    public static final String REGISTRER_STATSFORVALTERENS_VEDTAK = "Task_RegistrerStatsforvalterensVedtak";
    public static final String ENDRET_AV_STATSFORVALTEREN = "Event_VedtakEndretAvStatsforvalteren";
    public static final String VEDTAK_ETTER_OPPHEVING = "Activity_VedtakEtterOppheving";
    public static final String NYTT_VEDTAK_ETTER_OPPHEVING = "Event_NyttVedtakEtterOppheving";
    // Deferred implementation (fvl. § 42), an event subprocess
    public static final String UTSATT_IVERKSETTELSE = "SubProcess_UtsattIverksettelse";
    public static final String UTSATT_IVERKSETTELSE_BEGJAERT = "Event_UtsattIverksettelseBegjaert";
    public static final String GATEWAY_HVEM_AVGJOR_UTSETTELSE = "Gateway_HvemAvgjorUtsettelse";
    public static final String UTSATT_IVERKSETTELSE_KOMMUNEN = "Task_UtsattIverksettelseKommunen";
    public static final String UTSATT_IVERKSETTELSE_STATSFORVALTEREN = "Task_UtsattIverksettelseStatsforvalteren";
    public static final String UTSETTELSE_AVGJORT = "Gateway_UtsettelseAvgjort";
    public static final String REGISTRER_UTSATT_IVERKSETTELSE = "Task_RegistrerUtsattIverksettelse";
    public static final String UTSATT_IVERKSETTELSE_REGISTRERT = "Event_UtsattIverksettelseRegistrert";

    /** Forms (id = file name in forms/). */
    public static final String FORM_START = "klage-start";
    public static final String FORM_TILBAKEMELDING = "klage-tilbakemelding";
    public static final String FORM_RETTING = "klage-retting";
    public static final String FORM_BEHANDLE = "klage-behandle";
    public static final String FORM_OVERSEND = "klage-oversend";
    public static final String FORM_STATSFORVALTEREN = "klage-statsforvalteren";
    public static final String FORM_UTSATT_IVERKSETTELSE = "utsatt-iverksettelse";

    /** Spring bean names (delegateExpression). */
    public static final String BEAN_REGISTRER = "registrerKlage";
    public static final String BEAN_OVERSEND = "oversendKlage";
    public static final String BEAN_BEHANDLE = "behandleKlagen";
    public static final String BEAN_RETTINGSBREV = "sendRettingsbrev";
    public static final String BEAN_STATSFORVALTERENS_VEDTAK = "registrerStatsforvalterensVedtak";
    public static final String BEAN_SEND_STATSFORVALTERENS_VEDTAK = "sendStatsforvalterensVedtak";

    private Elements() {}
  }

  /** Messages from outside (the complainant). Correlate with the complaint's business key. */
  public static final class Messages {
    /** The corrected complaint arrived (fvl. § 32); carries the corrected facts for {@code klagevurdering}. */
    public static final String KLAGE_RETTET = "KlageRettet";
    /** The complainant asks for deferred implementation (fvl. § 42); at any time. */
    public static final String UTSATT_IVERKSETTELSE_BEGJAERT = "UtsattIverksettelseBegjaert";

    private Messages() {}
  }

  public static final class Variables {
    // Start (SPEC § 4.2)
    public static final ProcessVariable<String> VEDTAK_ID = string("vedtakId");
    public static final ProcessVariable<String> KOMMUNENUMMER = string("kommunenummer");
    public static final ProcessVariable<LocalDate> KLAGE_MOTTATT_DATO = date("klageMottattDato");
    public static final ProcessVariable<String> KLAGETEKST = string("klagetekst");
    /** Optional: the day the complaint was posted or sent electronically, when before its arrival (fvl. § 30). */
    public static final ProcessVariable<LocalDate> KLAGE_POSTLAGT_DATO = date("klagePostlagtDato");
    // Facts for klagevurdering (SPEC § 3.7); innenforKlagefrist is computed
    public static final ProcessVariable<Boolean> GJELDER_ENKELTVEDTAK = bool("gjelderEnkeltvedtak");
    public static final ProcessVariable<Boolean> KLAGER_HAR_KLAGERETT = bool("klagerHarKlagerett");
    public static final ProcessVariable<Boolean> INNENFOR_KLAGEFRIST = bool("innenforKlagefrist");
    public static final ProcessVariable<Boolean> SAERLIGE_GRUNNER_FOR_SEN_KLAGE = bool("saerligeGrunnerForSenKlage");
    public static final ProcessVariable<Boolean> SKRIFTLIG_OG_UNDERTEGNET = bool("skriftligOgUndertegnet");
    public static final ProcessVariable<Boolean> ANGIR_VEDTAK_OG_ONSKET_ENDRING = bool("angirVedtakOgOnsketEndring");
    /** Why a late complaint is considered (fvl. § 31 first paragraph a or b). */
    public static final ProcessVariable<String> SEN_KLAGE_GRUNN = string("senKlageGrunn");
    // Set at receipt, from the decision record
    public static final ProcessVariable<String> PAKLAGET_VEDTAK_ID = string("paklagetVedtakId");
    public static final ProcessVariable<LocalDate> PAKLAGET_VEDTAKSDATO = date("paklagetVedtaksdato");
    /** The complaint deadline counted from the day the decision letter reached the party (fvl. § 29). */
    public static final ProcessVariable<LocalDate> PAKLAGET_KLAGEFRIST = date("paklagetKlagefrist");
    /** The day the decision letter reached the party, from the delivery record; absent when not delivered. */
    public static final ProcessVariable<LocalDate> VEDTAK_MOTTATT_DATO = date("vedtakMottattDato");
    /** How the decision letter reached the party: DIGITAL or POST (the delivery record). */
    public static final ProcessVariable<String> VEDTAK_LEVERINGSKANAL = string("vedtakLeveringskanal");
    /** The complaint's filing date: posted or sent (fvl. § 30), else the day it arrived. */
    public static final ProcessVariable<LocalDate> KLAGE_FRAMSATT_DATO = date("klageFramsattDato");
    public static final ProcessVariable<Boolean> MER_ENN_ETT_AR_SIDEN_VEDTAKET = bool("merEnnEttArSidenVedtaket");
    public static final ProcessVariable<String> SAKSNUMMER = string("saksnummer");
    public static final ProcessVariable<String> TJENESTE = string("tjeneste");
    public static final ProcessVariable<String> SAKSSTATUS = string("saksstatus");
    public static final ProcessVariable<String> VEDLEGG = string("vedlegg");
    // klagevurdering's result
    public static final ProcessVariable<String> KLAGEVURDERING_UTFALL = string("klagevurderingUtfall");
    public static final ProcessVariable<String> KLAGEVURDERING_BEGRUNNELSE = string("klagevurderingBegrunnelse");
    public static final ProcessVariable<String> KLAGEVURDERING_HJEMMEL = string("klagevurderingHjemmel");
    // Rectification (fvl. § 32, § 11)
    public static final ProcessVariable<String> RETTING_BREVTEKST = string("rettingBrevtekst");
    public static final ProcessVariable<LocalDate> RETTEFRIST = date("rettefrist");
    /** The letter telling the complainant what to correct and by when. */
    public static final ProcessVariable<String> RETTINGSBREV_ID = string("rettingsbrevId");
    // Dismissal proposal to vedtak
    public static final ProcessVariable<String> AVVISNING_BEGRUNNELSE = string("avvisningBegrunnelse");
    public static final ProcessVariable<String> AVVISNING_HJEMMEL = string("avvisningHjemmel");
    // At the municipality
    public static final ProcessVariable<String> UNDERSOKELSER = string("undersokelser");
    public static final ProcessVariable<String> KOMMUNENS_UTFALL = string("kommunensUtfall");
    public static final ProcessVariable<String> KOMMUNENS_BEGRUNNELSE = string("kommunensBegrunnelse");
    /** With ENDRE: does the new decision give the complainant everything asked for (Ja/Nei, required)? */
    public static final ProcessVariable<Boolean> ENDRING_GIR_FULLT_MEDHOLD = bool("endringGirFulltMedhold");
    /**
     * The municipality's new decision when it changed only part of it (set by the model on {@code Flow_DelvisMedhold},
     * removed on {@code Flow_KommunenOpprettholder}): the rest of the complaint is forwarded to Statsforvalteren.
     */
    public static final ProcessVariable<String> DELVIS_ENDRET_VEDTAK_ID = string("delvisEndretVedtakId");
    public static final ProcessVariable<String> OVERSENDELSESBREV = string("oversendelsesbrev");
    public static final ProcessVariable<Boolean> KOPI_SENDT_KLAGER = bool("kopiSendtKlager");
    public static final ProcessVariable<Boolean> OVERSENDT_STATSFORVALTEREN = bool("oversendtStatsforvalteren");
    public static final ProcessVariable<LocalDate> OVERSENDT_DATO = date("oversendtDato");
    public static final ProcessVariable<String> STATSFORVALTEREN_FRIST = string("statsforvalterenFrist");
    public static final ProcessVariable<String> OVERSENDELSESBREV_ID = string("oversendelsesbrevId");
    // At Statsforvalteren
    public static final ProcessVariable<String> STATSFORVALTERENS_UTFALL = string("statsforvalterensUtfall");
    public static final ProcessVariable<String> STATSFORVALTERENS_BEGRUNNELSE = string("statsforvalterensBegrunnelse");
    public static final ProcessVariable<String> STATSFORVALTERENS_HJEMMEL = string("statsforvalterensHjemmel");
    public static final ProcessVariable<String> STATSFORVALTERENS_VEDTAK_UTFALL = string("statsforvalterensVedtakUtfall");
    public static final ProcessVariable<String> STATSFORVALTERENS_VEDTAK_ID = string("statsforvalterensVedtakId");
    /** The letter with Statsforvalteren's decision, to the complainant with a copy to the municipality. */
    public static final ProcessVariable<String> STATSFORVALTERENS_VEDTAKSBREV_ID =
        string("statsforvalterensVedtaksbrevId");
    // To and from vedtak (its contract)
    public static final ProcessVariable<String> VEDTAK_GJELDER = string("vedtakGjelder");
    public static final ProcessVariable<String> ERSTATTER_VEDTAK_ID = string("erstatterVedtakId");
    public static final ProcessVariable<String> VEDTAK_UTFALL = string("vedtakUtfall");

    private Variables() {}
  }

  /** The enumerated values of the complaint's String variables. */
  public static final class Values {
    public static final String IKKE_KLAGE = "IKKE_KLAGE";
    public static final String AVVISES = "AVVISES";
    public static final String RETTING_AV_MANGLER = "RETTING_AV_MANGLER";
    public static final String REALITETSBEHANDLES = "REALITETSBEHANDLES";

    /** fvl. § 31 first paragraph a: the party cannot be blamed for the delay. */
    public static final String PARTEN_KAN_IKKE_LASTES = "PARTEN_KAN_IKKE_LASTES";
    /** fvl. § 31 first paragraph b: special reasons to consider it anyway. */
    public static final String SAERLIGE_GRUNNER = "SAERLIGE_GRUNNER";
    public static final List<String> SEN_KLAGE_GRUNNER = List.of(PARTEN_KAN_IKKE_LASTES, SAERLIGE_GRUNNER);

    /** The municipality's outcomes (kommunensUtfall). */
    public static final String AVVISE = "AVVISE";
    public static final String ENDRE = "ENDRE";
    public static final String OPPRETTHOLDE = "OPPRETTHOLDE";
    public static final List<String> KOMMUNENS_UTFALL = List.of(AVVISE, ENDRE, OPPRETTHOLDE);
    /** Statsforvalteren's outcomes (statsforvalterensUtfall): AVVISE, STADFESTE, ENDRE, OPPHEVE. */
    public static final String STADFESTE = "STADFESTE";
    public static final String OPPHEVE = "OPPHEVE";

    private Values() {}
  }
}
