package no.fagsys.sosialsak.vedtak;

import static no.fagsys.sosialsak.platform.process.ProcessVariable.bool;
import static no.fagsys.sosialsak.platform.process.ProcessVariable.date;
import static no.fagsys.sosialsak.platform.process.ProcessVariable.integer;
import static no.fagsys.sosialsak.platform.process.ProcessVariable.string;

import java.time.LocalDate;
import java.util.List;
import no.fagsys.sosialsak.lagring.Lagringstid;
import no.fagsys.sosialsak.platform.process.ProcessVariable;

/**
 * The new-decision steps, {@code processes/vedtak.bpmn} (SPEC § 4.4): called by {@code soknad}, {@code klage} and
 * {@code vilkarsbrudd} as a call activity with {@code <camunda:in variables="all"/>}, mapping out {@link
 * Variables#VEDTAK_ID}, {@link Variables#VEDTAK_UTFALL} and {@link Variables#KLAGEFRIST}.
 */
public final class VedtakProcess {

  public static final String KEY = "vedtak";

  /** How long the history of a finished case is kept (the model's historyTimeToLive). */
  public static final Lagringstid LAGRINGSTID = Lagringstid.SAK;

  private VedtakProcess() {}

  /** BPMN element ids and the beans and forms behind them. */
  public static final class Elements {
    public static final String START = "Event_VedtakSkalFattes";
    public static final String GATEWAY_TIL_UTFORMING = "Gateway_TilUtforming";
    public static final String UTFORM_VEDTAK = "Task_UtformVedtak";
    public static final String GODKJENN_VEDTAK = "Task_GodkjennVedtak";
    public static final String GATEWAY_GODKJENT = "Gateway_Godkjent";
    public static final String FLOW_GODKJENT = "Flow_Godkjent";
    public static final String FLOW_SENDT_TILBAKE = "Flow_SendtTilbake";
    public static final String FATT_VEDTAK = "Task_FattVedtak";
    /**
     * The decision letter, in its own transaction after the approval's (asynchronous continuation, worked by the job
     * executor, {@link LagVedtaksbrevDelegate}).
     */
    public static final String LAG_VEDTAKSBREV = "Task_LagVedtaksbrev";
    public static final String SLUTT = "Event_VedtakFattet";
    /** Same-day decisions (§ 27, emergencies): the branch that escalates to the leader when the day is over. */
    public static final String GATEWAY_FRIST_SAMME_DAG = "Gateway_FristSammeDag";
    public static final String GATEWAY_SAMME_DAG = "Gateway_SammeDag";
    public static final String VEDTAK_IKKE_FATTET_I_DAG = "Event_VedtakIkkeFattetIDag";
    public static final String ESKALER_VEDTAK = "Task_EskalerVedtak";
    public static final String VEDTAK_ESKALERT = "Event_VedtakEskalert";
    public static final String INGEN_FRIST_SAMME_DAG = "Event_IngenFristSammeDag";

    public static final String FORM_UTFORM = "vedtak-utform";
    public static final String FORM_GODKJENN = "vedtak-godkjenn";
    public static final String FORM_ESKALER = "vedtak-eskaler";

    /** Spring bean names (delegateExpression). */
    public static final String BEAN_FORBERED = "forberedVedtak";
    public static final String BEAN_UTFORM_LISTENER = "utformVedtakListener";
    public static final String BEAN_GODKJENN_LISTENER = "godkjennVedtakListener";
    public static final String BEAN_FATT = "fattVedtak";
    public static final String BEAN_LAG_VEDTAKSBREV = "lagVedtaksbrev";
    /** The call activities' variable mapping into the new-decision steps ({@link VedtakInndata}). */
    public static final String BEAN_INNDATA = "vedtakInndata";

    private Elements() {}
  }

  /** The process variables: the contract with the calling processes, then the draft, approval and result. */
  public static final class Variables {
    // In: from the calling process (VedtakInndata, the list INN below).
    public static final ProcessVariable<String> SAKSNUMMER = string("saksnummer");
    public static final ProcessVariable<String> KOMMUNENUMMER = string("kommunenummer");
    public static final ProcessVariable<String> TJENESTE = string("tjeneste");
    public static final ProcessVariable<String> VEDTAK_FORSLAG_UTFALL = string("vedtakForslagUtfall");
    public static final ProcessVariable<String> VEDTAK_FORSLAG_BEGRUNNELSE = string("vedtakForslagBegrunnelse");
    public static final ProcessVariable<String> VEDTAK_FORSLAG_HJEMMEL = string("vedtakForslagHjemmel");
    public static final ProcessVariable<String> BEGRENSNING = string("begrensning");
    public static final ProcessVariable<String> VEDTAK_GJELDER = string("vedtakGjelder");
    public static final ProcessVariable<String> ERSTATTER_VEDTAK_ID = string("erstatterVedtakId");
    public static final ProcessVariable<Integer> ANTALL_BARN_I_HUSSTANDEN = integer("antallBarnIHusstanden");
    /** Optional, from soknad: an emergency is approved the same day. */
    public static final ProcessVariable<Boolean> NODSITUASJON = bool("nodsituasjon");
    /**
     * Optional, from soknad (temporary housing, § 27, and emergencies): the end of the day the application came in, as
     * a timer date. The draft and the approval are due then, and the leader gets an escalation if the decision is not
     * made by then. Set by the calling model from its own deadline ({@code hastesakFrist}), never by a user.
     */
    public static final ProcessVariable<String> VEDTAK_FRIST_SAMME_DAG = string("vedtakFristSammeDag");
    /** Whether {@link #VEDTAK_FRIST_SAMME_DAG} applies: set when the steps start, read by {@code Gateway_SammeDag}. */
    public static final ProcessVariable<Boolean> VEDTAK_SAMME_DAG = bool("vedtakSammeDag");
    /** Optional, from soknad: the applicant's pseudonymous reference, named in the decision letter. */
    public static final ProcessVariable<String> SOKER_REFERANSE = string("sokerReferanse");

    // The draft (form vedtak-utform), prefilled from the proposal.
    public static final ProcessVariable<String> VEDTAK_UTFALL = string("vedtakUtfall");
    public static final ProcessVariable<String> VEDTAK_BEGRUNNELSE = string("vedtakBegrunnelse");
    public static final ProcessVariable<String> VEDTAK_HJEMMEL = string("vedtakHjemmel");
    public static final ProcessVariable<String> RELEVANTE_OPPLYSNINGER = string("relevanteOpplysninger");
    public static final ProcessVariable<String> STONADSFORM = string("stonadsform");
    public static final ProcessVariable<String> LANEVILKAR = string("lanevilkar");
    public static final ProcessVariable<String> VILKAR = string("vilkar");
    /**
     * User participation (sosialtjenesteloven § 42), from the application's mapping: the applicant's own view, the
     * need for an interpreter, the child's view (children in the household), and what the applicant was told about
     * the services. When the view is recorded, the draft must say how the views were weighed
     * ({@link #VEKTLEGGING_AV_SYN}); the decision's reasoning and letter state all of it.
     */
    public static final ProcessVariable<String> SOKERENS_SYN = string("sokerensSyn");
    public static final ProcessVariable<String> BARNETS_SYN = string("barnetsSyn");
    public static final ProcessVariable<Boolean> BEHOV_FOR_TOLK = bool("behovForTolk");
    public static final ProcessVariable<String> TOLK_BESKRIVELSE = string("tolkBeskrivelse");
    public static final ProcessVariable<Boolean> INFORMERT_OM_KVP_OG_INDIVIDUELL_PLAN =
        bool("informertOmKvpOgIndividuellPlan");
    /** The draft (form vedtak-utform): how the applicant's and the child's views were weighed. */
    public static final ProcessVariable<String> VEKTLEGGING_AV_SYN = string("vektleggingAvSyn");
    /** Economic support, from soknad ({@code Task_FastsettStonad}): stored with a decision that grants it. */
    public static final ProcessVariable<Integer> STONAD_BELOP_PER_MANED = integer("stonadBelopPerManed");
    public static final ProcessVariable<LocalDate> STONADSPERIODE_FRA = date("stonadsperiodeFra");
    public static final ProcessVariable<LocalDate> STONADSPERIODE_TIL = date("stonadsperiodeTil");
    public static final ProcessVariable<Boolean> INFORMERT_OM_REDUKSJON = bool("informertOmReduksjon");
    public static final ProcessVariable<String> VURDERING_BARNETS_BESTE = string("vurderingBarnetsBeste");
    public static final ProcessVariable<String> UTFORMET_AV = string("utformetAv");
    /** The drafter's full name, shown in the approval form instead of the user id. */
    public static final ProcessVariable<String> UTFORMET_AV_NAVN = string("utformetAvNavn");
    /** The draft's fingerprint when it was handed in ({@code VedtakUtkast#sjekksum()}); set by the product only. */
    public static final ProcessVariable<String> UTKAST_SJEKKSUM = string("utkastSjekksum");

    // The approval (form vedtak-godkjenn).
    public static final ProcessVariable<Boolean> GODKJENT = bool("godkjent");
    public static final ProcessVariable<String> GODKJENNING_KOMMENTAR = string("godkjenningKommentar");
    public static final ProcessVariable<String> GODKJENT_AV = string("godkjentAv");
    public static final ProcessVariable<String> SENDT_TILBAKE_AV = string("sendtTilbakeAv");
    public static final ProcessVariable<String> SENDT_TILBAKE_AV_NAVN = string("sendtTilbakeAvNavn");

    // Out: to the calling process.
    public static final ProcessVariable<String> VEDTAK_ID = string("vedtakId");
    public static final ProcessVariable<LocalDate> KLAGEFRIST = date("klagefrist");
    public static final ProcessVariable<LocalDate> VEDTAKSDATO = date("vedtaksdato");
    /** The decision letter's id (table {@code brev}); local to the new-decision steps. */
    public static final ProcessVariable<String> VEDTAKSBREV_ID = string("vedtaksbrevId");

    /**
     * What the calling process hands over ({@link VedtakInndata}): the case, the proposal, and a draft's fields where
     * the case already has them (prefilled in the form). Never the state of an earlier decision.
     */
    public static final List<ProcessVariable<?>> INN = List.of(SAKSNUMMER, KOMMUNENUMMER, TJENESTE,
        VEDTAK_FORSLAG_UTFALL, VEDTAK_FORSLAG_BEGRUNNELSE, VEDTAK_FORSLAG_HJEMMEL, BEGRENSNING, VEDTAK_GJELDER,
        ERSTATTER_VEDTAK_ID, ANTALL_BARN_I_HUSSTANDEN, NODSITUASJON, VEDTAK_FRIST_SAMME_DAG, SOKER_REFERANSE, VEDTAK_UTFALL,
        VEDTAK_BEGRUNNELSE, VEDTAK_HJEMMEL, RELEVANTE_OPPLYSNINGER, STONADSFORM, LANEVILKAR, VILKAR,
        INFORMERT_OM_REDUKSJON, VURDERING_BARNETS_BESTE, STONAD_BELOP_PER_MANED, STONADSPERIODE_FRA,
        STONADSPERIODE_TIL, SOKERENS_SYN, BARNETS_SYN, BEHOV_FOR_TOLK, TOLK_BESKRIVELSE,
        INFORMERT_OM_KVP_OG_INDIVIDUELL_PLAN);

    /** Left over from an earlier decision in the calling case: cleared when new-decision steps start. */
    static final List<ProcessVariable<?>> TILSTAND_FRA_TIDLIGERE_VEDTAK = List.of(
        UTFORMET_AV, UTFORMET_AV_NAVN, UTKAST_SJEKKSUM, GODKJENT, GODKJENNING_KOMMENTAR, GODKJENT_AV, SENDT_TILBAKE_AV,
        SENDT_TILBAKE_AV_NAVN, VEDTAK_ID, KLAGEFRIST, VEDTAKSDATO);

    private Variables() {}
  }

  /** The allowed values of the enumerated String variables (SPEC § 3.4, § 4.4). */
  public static final class Values {
    public static final List<String> TJENESTER = List.of("OPPLYSNING_RAD_VEILEDNING", "OKONOMISK_STONAD",
        "MIDLERTIDIG_BOTILBUD", "INDIVIDUELL_PLAN", "KVALIFISERINGSPROGRAM", "INTRODUKSJONSPROGRAM_FORLENGELSE");
    public static final String OKONOMISK_STONAD = "OKONOMISK_STONAD";

    public static final String INNVILGET = "INNVILGET";
    public static final String DELVIS_INNVILGET = "DELVIS_INNVILGET";
    public static final String AVSLATT = "AVSLATT";
    public static final String AVVIST = "AVVIST";
    public static final List<String> UTFALL = List.of(INNVILGET, DELVIS_INNVILGET, AVSLATT, AVVIST);

    public static final String BIDRAG = "BIDRAG";
    public static final String LAN = "LAN";
    public static final String GARANTI = "GARANTI";
    public static final String VARER_OG_TJENESTER = "VARER_OG_TJENESTER";
    public static final List<String> STONADSFORMER = List.of(BIDRAG, LAN, GARANTI, VARER_OG_TJENESTER);

    public static final String SOKNAD = "SOKNAD";
    public static final String KLAGE = "KLAGE";
    public static final String VILKARSBRUDD = "VILKARSBRUDD";
    public static final String AVVISNING_KLAGE = "AVVISNING_KLAGE";
    /**
     * The municipality's new decision after Statsforvalteren quashed the one complained about and returned the case
     * (fvl. § 34 fourth paragraph). Set only by the model ({@code Activity_VedtakEtterOppheving} in {@code klage}).
     */
    public static final String ETTER_OPPHEVING = "ETTER_OPPHEVING";
    /**
     * Follow-up decisions (Følge opp): a granted service is ended, stopped, given leave from or changed, always by a
     * new decision with complaint rights. Set only by the model (the follow-up call activities in {@code soknad}); the
     * outcome stays one of the four ({@code INNVILGET}: the change is made as decided).
     */
    public static final String AVSLUTNING = "AVSLUTNING";
    public static final String STANS = "STANS";
    public static final String PERMISJON = "PERMISJON";
    public static final String ENDRING = "ENDRING";
    public static final List<String> OPPFOLGING = List.of(AVSLUTNING, STANS, PERMISJON, ENDRING);
    public static final List<String> VEDTAK_GJELDER = List.of(SOKNAD, KLAGE, VILKARSBRUDD, AVVISNING_KLAGE,
        ETTER_OPPHEVING, AVSLUTNING, STANS, PERMISJON, ENDRING);

    private Values() {}
  }
}
