package no.fagsys.sosialsak.soknad;

import static no.fagsys.sosialsak.platform.process.ProcessVariable.bool;
import static no.fagsys.sosialsak.platform.process.ProcessVariable.date;
import static no.fagsys.sosialsak.platform.process.ProcessVariable.integer;
import static no.fagsys.sosialsak.platform.process.ProcessVariable.string;

import java.time.LocalDate;
import no.fagsys.sosialsak.lagring.Lagringstid;
import no.fagsys.sosialsak.platform.process.ProcessVariable;

/**
 * The application process, {@code processes/soknad.bpmn} (SPEC §§ 2, 4.1): Kartlegge → Vurdere → Avgjøre (the
 * new-decision steps, {@code vedtak}) → Følge opp. Element ids, variables and messages are declared here once.
 */
public final class SoknadProcess {

  public static final String KEY = "soknad";

  /** How long the history of a finished case is kept (the model's historyTimeToLive). */
  public static final Lagringstid LAGRINGSTID = Lagringstid.SAK;

  private SoknadProcess() {}

  public static final class Elements {
    public static final String START = "Event_SoknadMottatt";
    public static final String KARTLEGG_SOKNAD = "Task_KartleggSoknad";
    public static final String KARTLEGG_HASTESAK = "Task_KartleggHastesak";
    public static final String HASTESAK_IKKE_KARTLAGT = "Event_HastesakIkkeKartlagt";
    public static final String ESKALER_HASTESAK = "Task_EskalerHastesak";
    public static final String ANSVARLIG_KOMMUNE = "Task_AnsvarligKommune";
    public static final String VIDERESEND_SOKNAD = "Task_VideresendSoknad";
    public static final String SOKNAD_VIDERESENDT = "Event_SoknadVideresendt";
    public static final String TILGANG_TIL_TJENESTE = "Task_TilgangTilTjeneste";
    public static final String FORESLA_AVSLAG_OPPHOLD = "Task_ForeslaAvslagOpphold";
    /** Forskriften § 3: a refugee settled elsewhere with integration grant, moved here without agreement. */
    public static final String FORESLA_AVSLAG_BOSETTING = "Task_ForeslaAvslagBosetting";
    public static final String VURDER_PARAGRAF_18 = "Task_VurderParagraf18";
    public static final String VURDER_PARAGRAF_19 = "Task_VurderParagraf19";
    public static final String VILKAR_OM_AKTIVITET = "Task_VilkarOmAktivitet";
    public static final String FORMULER_VILKAR = "Task_FormulerVilkar";
    public static final String VILKAR_GYLDIG = "Task_VilkarGyldig";
    /** A grant of economic support after the table said no right is sent through the conditions step first. */
    public static final String VILKAR_FOR_INNVILGELSE = "Gateway_VilkarForInnvilgelse";
    public static final String SATSER_LIVSOPPHOLD = "Task_SatserLivsopphold";
    public static final String BEREGN_STONAD = "Task_BeregnStonad";
    public static final String FASTSETT_STONAD = "Task_FastsettStonad";
    public static final String VURDER_MIDLERTIDIG_BOTILBUD = "Task_VurderMidlertidigBotilbud";
    public static final String ARBEIDSEVNEVURDERING = "Task_Arbeidsevnevurdering";
    public static final String VURDER_KVALIFISERINGSPROGRAM = "Task_VurderKvalifiseringsprogram";
    /** § 35: G valid today (table {@code grunnbelop}), for the qualification benefit. */
    public static final String GRUNNBELOP_KVALIFISERINGSSTONAD = "Task_GrunnbelopKvalifiseringsstonad";
    public static final String KARTLEGG_INDIVIDUELL_PLAN = "Task_KartleggIndividuellPlan";
    public static final String VURDER_INDIVIDUELL_PLAN = "Task_VurderIndividuellPlan";
    public static final String VURDER_OPPLYSNING = "Task_VurderOpplysningRadVeiledning";
    /** Integreringsloven or sosialtjenesteloven: an introduction programme extension bypasses §§ 3 and 2. */
    public static final String GATEWAY_INTEGRERINGSLOVEN = "Gateway_Integreringsloven";
    public static final String DOKUMENTER_FORLENGELSE_INTRO = "Task_DokumenterForlengelseIntro";
    public static final String FOLG_OPP_FORLENGELSE_INTRO = "Task_FolgOppForlengelseIntro";
    public static final String VURDER_FORLENGELSE_INTRO = "Task_VurderForlengelseIntroduksjonsprogram";
    public static final String VURDER_RETT = "Task_VurderRett";
    public static final String FORESLA_VEDTAK = "Task_ForeslaVedtak";
    public static final String VEDTAK = "Activity_Vedtak";
    public static final String SOKNAD_AVSLATT = "Event_SoknadAvslatt";
    public static final String BEREGN_OPPFOLGINGSFRISTER = "Task_BeregnOppfolgingsfrister";
    /** Economic support without conditions: the end of its period (L19; the id is older than the wait before it). */
    public static final String STONAD_INNVILGET = "Event_StonadInnvilget";
    /**
     * Følge opp economic support without conditions (L19): the case waits until the period is over, or a change or
     * stop is reported (then the same task and decision as with conditions); a breach cannot be reported.
     */
    public static final String VENTER_PA_ENDRING_AV_STONAD = "Gateway_VenterPaEndringAvStonad";
    public static final String ENDRING_AV_STONAD_UTEN_VILKAR_MELDT = "Event_EndringAvStonadUtenVilkarMeldt";
    public static final String STONADSPERIODE_UTEN_VILKAR_UTLOPT = "Event_StonadsperiodeUtenVilkarUtlopt";
    public static final String VENTER_PA_VILKARSBRUDD = "Gateway_VenterPaVilkarsbrudd";
    public static final String VILKARSBRUDD_MELDT = "Event_VilkarsbruddMeldt";
    public static final String VURDER_VILKARSBRUDD = "Task_VurderVilkarsbrudd";
    public static final String VILKARSBRUDD_VIDERE_BEHANDLING = "Gateway_VilkarsbruddVidereBehandling";
    /** Starts the process {@code vilkarsbrudd} (bean {@code startVilkarsbrudd}) when advance notice is chosen. */
    public static final String START_VILKARSBRUDD = "Task_StartVilkarsbrudd";
    public static final String STONADSPERIODE_UTLOPT = "Event_StonadsperiodeUtlopt";
    public static final String STONAD_AVSLUTTET = "Event_StonadAvsluttet";
    /** Følge opp economic support: a change or stop, reported through the domain API, becomes a new decision. */
    public static final String ENDRING_AV_STONAD_MELDT = "Event_EndringAvStonadMeldt";
    public static final String VURDER_ENDRING_AV_STONAD = "Task_VurderEndringAvStonad";
    public static final String VEDTAK_ENDRING_AV_STONAD = "Activity_VedtakEndringAvStonad";
    public static final String STONAD_ENDRING_UTFALL = "Gateway_StonadEndringUtfall";
    public static final String STONAD_STANSET = "Event_StonadStanset";
    public static final String FOLG_OPP_BOTILBUD_BARNEFAMILIE = "Task_FolgOppBotilbudBarnefamilie";
    public static final String GJENNOMGANG_BARNEFAMILIE = "Event_GjennomgangBarnefamilie";
    public static final String TRE_MANEDER_NADD = "Event_TreManederNadd";
    public static final String GJENNOMGA_BOTILBUD_BARNEFAMILIE = "Task_GjennomgaBotilbudBarnefamilie";
    public static final String AVSLUTT_BOTILBUD_TRE_MANEDER = "Task_AvsluttBotilbudTreManeder";
    public static final String FOLG_OPP_BOTILBUD = "Task_FolgOppBotilbud";
    public static final String GJENNOMGANG_BOTILBUD = "Event_GjennomgangBotilbud";
    public static final String GJENNOMGA_BOTILBUD = "Task_GjennomgaBotilbud";
    public static final String BOTILBUD_AVSLUTTET = "Event_BotilbudAvsluttet";
    public static final String BOTILBUD_BARNEFAMILIE_AVSLUTTET = "Event_BotilbudBarnefamilieAvsluttet";
    /**
     * Følge opp temporary housing (L20): the municipality ending the stay before the agreed end or against the
     * person's wish is a new decision (STANS), reported through the domain API while the follow-up task is open; the
     * stay running out or the person leaving is recorded by completing the follow-up task, without a decision.
     */
    public static final String STANS_AV_BOTILBUD_MELDT = "Event_StansAvBotilbudMeldt";
    public static final String STANS_AV_BOTILBUD_BARNEFAMILIE_MELDT = "Event_StansAvBotilbudBarnefamilieMeldt";
    public static final String STANS_ALLEREDE_TIL_VURDERING = "Event_StansAlleredeTilVurdering";
    public static final String VURDER_STANS_AV_BOTILBUD = "Task_VurderStansAvBotilbud";
    public static final String VEDTAK_STANS_AV_BOTILBUD = "Activity_VedtakStansAvBotilbud";
    public static final String BOTILBUD_STANSET = "Event_BotilbudStanset";
    public static final String BOTILBUD_FORTSETTER = "Event_BotilbudFortsetter";
    public static final String START_KVALIFISERINGSPROGRAM = "Task_StartKvalifiseringsprogram";
    public static final String OPPSTARTSFRIST_NADD = "Event_OppstartsfristNadd";
    public static final String ESKALER_OPPSTART = "Task_EskalerOppstart";
    public static final String FOLG_OPP_KVALIFISERINGSPROGRAM = "Task_FolgOppKvalifiseringsprogram";
    public static final String EVALUERINGSTIDSPUNKT = "Event_Evalueringstidspunkt";
    public static final String EVALUER_PROGRAM = "Task_EvaluerProgram";
    public static final String PROGRAMPERIODE_UTLOPT = "Event_ProgramperiodeUtlopt";
    public static final String VURDER_FORLENGELSE = "Task_VurderForlengelse";
    public static final String VEDTAK_FORLENGELSE = "Activity_VedtakForlengelse";
    /** Ending, stopping or leave from the programme: a new decision (vedtakGjelder AVSLUTNING, STANS or PERMISJON). */
    public static final String VEDTAK_PROGRAM_ENDRING = "Activity_VedtakProgramEndring";
    public static final String PROGRAM_ENDRING_UTFALL = "Gateway_ProgramEndringUtfall";
    public static final String PROGRAMPERIODE_AVSLUTTET = "Event_ProgramperiodeAvsluttet";
    public static final String PROGRAM_AVSLUTTET = "Event_ProgramAvsluttet";
    public static final String OPPNEVN_KOORDINATOR = "Task_OppnevnKoordinator";
    public static final String OPPFOLGINGSSAMTALE = "Task_Oppfolgingssamtale";
    public static final String INTRODUKSJONSPROGRAM_FORLENGET = "Event_IntroduksjonsprogramForlenget";
    public static final String EN_MANED_UTEN_VEDTAK = "Event_EnManedUtenVedtak";
    public static final String SEND_FORELOPIG_SVAR = "Task_SendForelopigSvar";
    public static final String INGEN_FORELOPIG_SVAR = "Event_IngenForelopigSvar";
    public static final String SOKNAD_TRUKKET = "Event_SoknadTrukket";
    public static final String REGISTRER_TRUKKET = "Task_RegistrerTrukket";
    public static final String SAKSBEHANDLING_AVSLUTTET_TRUKKET = "Event_SaksbehandlingAvsluttet";

    private Elements() {}
  }

  /** Messages from outside (the applicant, a report from the follow-up). */
  public static final class Messages {
    public static final String SOKNAD_TRUKKET = "SoknadTrukket";
    public static final String VILKARSBRUDD_MELDT = "VilkarsbruddMeldt";
    /**
     * A granted service in follow-up should be changed or stopped (economic support, with or without conditions;
     * temporary housing): a task for the caseworker, then a new decision.
     */
    public static final String ENDRING_AV_STONAD_MELDT = "EndringAvStonadMeldt";

    private Messages() {}
  }

  public static final class Variables {
    // Start (SPEC § 4.1)
    public static final ProcessVariable<String> TJENESTE = string("tjeneste");
    public static final ProcessVariable<String> KOMMUNENUMMER = string("kommunenummer");
    public static final ProcessVariable<String> KANAL = string("kanal");
    public static final ProcessVariable<LocalDate> SOKNADSDATO = date("soknadsdato");
    public static final ProcessVariable<Boolean> NODSITUASJON = bool("nodsituasjon");
    public static final ProcessVariable<Integer> ANTALL_BARN_I_HUSSTANDEN = integer("antallBarnIHusstanden");
    public static final ProcessVariable<String> SOKER_REFERANSE = string("sokerReferanse");
    // Set at receipt
    public static final ProcessVariable<String> SAKSNUMMER = string("saksnummer");
    public static final ProcessVariable<Boolean> HASTER = bool("haster");
    public static final ProcessVariable<String> HASTESAK_FRIST = string("hastesakFrist");
    public static final ProcessVariable<String> SAKSBEHANDLINGSFRIST = string("saksbehandlingsfrist");
    public static final ProcessVariable<String> FORELOPIG_SVAR_FRIST = string("forelopigSvarFrist");
    public static final ProcessVariable<String> KVP_SISTE_OPPSTART = string("kvpSisteOppstart");
    public static final ProcessVariable<String> SAKSSTATUS = string("saksstatus");
    // Kartlegge: decision results
    public static final ProcessVariable<String> ANSVARLIG_KOMMUNE = string("ansvarligKommune");
    public static final ProcessVariable<String> ANSVARLIG_KOMMUNE_BEGRUNNELSE = string("ansvarligKommuneBegrunnelse");
    public static final ProcessVariable<String> ANSVARLIG_KOMMUNE_HJEMMEL = string("ansvarligKommuneHjemmel");
    /** Kartlegge, § 3 second paragraph: this municipality was where the applicant stayed before the admission. */
    public static final ProcessVariable<Boolean> VAR_OPPHOLDSKOMMUNE_FOR_INNTAKET = bool("varOppholdskommuneForInntaket");
    /**
     * Whether the responsible municipality the table names ({@code ansvarligKommune}) is this office's: the
     * municipality where the applicant stays ({@code OPPHOLDSKOMMUNEN}) when the applicant stays here, the one before
     * the admission ({@code TIDLIGERE_OPPHOLDSKOMMUNE}) when that was this one; otherwise the case is forwarded.
     */
    public static final ProcessVariable<Boolean> VI_ER_ANSVARLIG_KOMMUNE = bool("viErAnsvarligKommune");
    public static final ProcessVariable<String> VIDERESENDING_BEGRUNNELSE = string("videresendingBegrunnelse");
    public static final ProcessVariable<String> VIDERESENDING_BREV_ID = string("videresendingBrevId");
    /** Set by the form of {@code Task_VideresendSoknad}: the municipality the application is forwarded to. */
    public static final ProcessVariable<String> VIDERESENDT_TIL_KOMMUNE = string("videresendtTilKommune");
    public static final ProcessVariable<String> TILGANG = string("tilgang");
    public static final ProcessVariable<String> BEGRENSNING = string("begrensning");
    public static final ProcessVariable<String> TILGANG_BEGRUNNELSE = string("tilgangBegrunnelse");
    public static final ProcessVariable<String> TILGANG_HJEMMEL = string("tilgangHjemmel");
    // Vurdere
    public static final ProcessVariable<String> TABELL_RETT = string("tabellRett");
    public static final ProcessVariable<String> TABELL_BEGRUNNELSE = string("tabellBegrunnelse");
    public static final ProcessVariable<String> TABELL_HJEMMEL = string("tabellHjemmel");
    public static final ProcessVariable<Boolean> FOLGER_TABELLRESULTAT = bool("folgerTabellresultat");
    public static final ProcessVariable<String> VURDERT_RETT = string("vurdertRett");
    public static final ProcessVariable<String> SKJONNSBEGRUNNELSE = string("skjonnsbegrunnelse");
    public static final ProcessVariable<Boolean> SKJONNSUTOVELSE = bool("skjonnsutovelse");
    public static final ProcessVariable<String> ENDELIG_RETT = string("endeligRett");
    public static final ProcessVariable<String> VURDERING_BARNETS_BESTE = string("vurderingBarnetsBeste");
    public static final ProcessVariable<Boolean> STILLER_VILKAR = bool("stillerVilkar");
    public static final ProcessVariable<String> AKTIVITETSVILKAR = string("aktivitetsvilkar");
    /**
     * § 20 a first paragraph last sentence: the weighty reasons why no activity condition is set although
     * {@code vilkarOmAktivitet} says one shall be ({@code SKAL}); required then, quoted in the decision and its letter.
     */
    public static final ProcessVariable<String> GRUNNER_UTEN_AKTIVITETSVILKAR = string("grunnerUtenAktivitetsvilkar");
    /** Set when a grant after "no right" was sent through the conditions step ({@code Flow_VilkarEtterSkjonn}). */
    public static final ProcessVariable<Boolean> VILKAR_VURDERT_ETTER_SKJONN = bool("vilkarVurdertEtterSkjonn");
    public static final ProcessVariable<LocalDate> STONADSPERIODE_TIL = date("stonadsperiodeTil");
    // Vurdere: the amount of economic support (Task_SatserLivsopphold, Task_BeregnStonad, Task_FastsettStonad)
    /** The day the guideline rates are looked up for ({@code satserLivsopphold}): the engine clock's day. */
    public static final ProcessVariable<String> BEREGNINGSDATO = string("beregningsdato");
    public static final ProcessVariable<Integer> SATS_ENSLIG = integer("satsEnslig");
    public static final ProcessVariable<Integer> SATS_PAR = integer("satsPar");
    public static final ProcessVariable<Integer> SATS_BOFELLESSKAP = integer("satsBofellesskap");
    public static final ProcessVariable<Integer> SATS_BARN_0_TIL_5 = integer("satsBarn0til5");
    public static final ProcessVariable<Integer> SATS_BARN_6_TIL_10 = integer("satsBarn6til10");
    public static final ProcessVariable<Integer> SATS_BARN_11_TIL_17 = integer("satsBarn11til17");
    public static final ProcessVariable<String> SATSER_GYLDIG_FRA = string("satserGyldigFra");
    public static final ProcessVariable<String> HUSSTANDSTYPE = string("husstandstype");
    public static final ProcessVariable<Integer> ANTALL_BARN_0_TIL_5 = integer("antallBarn0til5");
    public static final ProcessVariable<Integer> ANTALL_BARN_6_TIL_10 = integer("antallBarn6til10");
    public static final ProcessVariable<Integer> ANTALL_BARN_11_TIL_17 = integer("antallBarn11til17");
    public static final ProcessVariable<Integer> BOUTGIFTER = integer("boutgifter");
    public static final ProcessVariable<Integer> STROM_OG_OPPVARMING = integer("stromOgOppvarming");
    public static final ProcessVariable<Integer> ANDRE_NODVENDIGE_UTGIFTER = integer("andreNodvendigeUtgifter");
    public static final ProcessVariable<Integer> HUSSTANDENS_INNTEKT = integer("husstandensInntekt");
    /** Recorded, never counted (§ 18 third paragraph). */
    public static final ProcessVariable<Integer> BARNETRYGD = integer("barnetrygd");
    /** Recorded, never counted (§ 18 third paragraph). */
    public static final ProcessVariable<Integer> BARNS_INNTEKT_FRITID_OG_FERIE = integer("barnsInntektFritidOgFerie");
    public static final ProcessVariable<Integer> FORSLAG_BELOP_PER_MANED = integer("forslagBelopPerManed");
    public static final ProcessVariable<String> STONADSBEREGNING = string("stonadsberegning");
    public static final ProcessVariable<Integer> STONAD_BELOP_PER_MANED = integer("stonadBelopPerManed");
    public static final ProcessVariable<String> BELOP_AVVIK_BEGRUNNELSE = string("belopAvvikBegrunnelse");
    public static final ProcessVariable<LocalDate> STONADSPERIODE_FRA = date("stonadsperiodeFra");
    /** § 21: the form of the support (BIDRAG, LAN, GARANTI, VARER_OG_TJENESTER); prefills the decision's draft. */
    public static final ProcessVariable<String> STONADSFORM = string("stonadsform");
    /** § 21: a loan's terms (repayment plan) or a guarantee's terms; required for LAN and GARANTI. */
    public static final ProcessVariable<String> LANEVILKAR = string("lanevilkar");
    /** What the decision states: amount per month, period and the calculation (with any departure and its reasons). */
    public static final ProcessVariable<String> STONADSUTMALING = string("stonadsutmaling");
    // Vurdere: the qualification benefit (§ 35; Task_GrunnbelopKvalifiseringsstonad, then Task_ForeslaVedtak)
    /** The applicant's age, answered at the mapping (kartlegging). */
    public static final ProcessVariable<Integer> ALDER = integer("alder");
    public static final ProcessVariable<Integer> GRUNNBELOP = integer("grunnbelop");
    public static final ProcessVariable<String> GRUNNBELOP_GYLDIG_FRA = string("grunnbelopGyldigFra");
    /** The day G was looked up for: the engine clock's day. */
    public static final ProcessVariable<String> GRUNNBELOP_BEREGNINGSDATO = string("grunnbelopBeregningsdato");
    public static final ProcessVariable<Integer> KVALIFISERINGSSTONAD_PER_AR = integer("kvalifiseringsstonadPerAr");
    public static final ProcessVariable<Integer> KVALIFISERINGSSTONAD_PER_MANED = integer("kvalifiseringsstonadPerManed");
    public static final ProcessVariable<String> KVALIFISERINGSSTONAD_BEREGNING = string("kvalifiseringsstonadBeregning");
    // Proposal to the new-decision steps (contract of vedtak)
    public static final ProcessVariable<String> VEDTAK_FORSLAG_UTFALL = string("vedtakForslagUtfall");
    public static final ProcessVariable<String> VEDTAK_FORSLAG_BEGRUNNELSE = string("vedtakForslagBegrunnelse");
    public static final ProcessVariable<String> VEDTAK_FORSLAG_HJEMMEL = string("vedtakForslagHjemmel");
    public static final ProcessVariable<String> VEDTAK_ID = string("vedtakId");
    public static final ProcessVariable<String> VEDTAK_UTFALL = string("vedtakUtfall");
    // Følge opp
    public static final ProcessVariable<String> STONADSPERIODE_SLUTT = string("stonadsperiodeSlutt");
    /** § 27: the day the stay in the temporary housing began; the three months for a family are counted from it. */
    public static final ProcessVariable<LocalDate> BOTILBUD_STARTDATO = date("botilbudStartdato");
    public static final ProcessVariable<String> BOTILBUD_GJENNOMGANG = string("botilbudGjennomgang");
    public static final ProcessVariable<String> BOTILBUD_MAKSDATO = string("botilbudMaksdato");
    // Følge opp temporary housing: how the stay ended without a decision (Task_FolgOppBotilbud…, L20)
    public static final ProcessVariable<String> BOTILBUD_BESKRIVELSE = string("botilbudBeskrivelse");
    public static final ProcessVariable<String> BOTILBUD_AVSLUTNING = string("botilbudAvslutning");
    public static final ProcessVariable<LocalDate> BOTILBUD_AVSLUTTET_DATO = date("botilbudAvsluttetDato");
    // … or the municipality stops it by a new decision (Task_VurderStansAvBotilbud)
    public static final ProcessVariable<String> BOTILBUD_STANS = string("botilbudStans");
    public static final ProcessVariable<LocalDate> BOTILBUD_STANS_FRA_DATO = date("botilbudStansFraDato");
    public static final ProcessVariable<String> BOTILBUD_STANS_BEGRUNNELSE = string("botilbudStansBegrunnelse");
    /** The stop decision's proposed reasoning and legal basis; set by the product only. */
    public static final ProcessVariable<String> BOTILBUD_STANS_FORSLAG = string("botilbudStansForslag");
    public static final ProcessVariable<String> BOTILBUD_STANS_HJEMMEL = string("botilbudStansHjemmel");
    /** Integreringsloven § 13: when the extended programme time runs out; the follow-up is due then. */
    public static final ProcessVariable<String> INTRO_FORLENGELSE_SLUTT = string("introForlengelseSlutt");
    public static final ProcessVariable<LocalDate> PROGRAM_STARTDATO = date("programStartdato");
    /**
     * § 30: the programme period in months, set by the caseworker from the work ability assessment when the
     * programme is granted (form soknad-vurder), at most 24; drives {@code Event_ProgramperiodeUtlopt}.
     */
    public static final ProcessVariable<Integer> PROGRAMPERIODE_MANEDER = integer("programperiodeManeder");
    public static final ProcessVariable<String> PROGRAM_SLUTT = string("programSlutt");
    public static final ProcessVariable<String> FORLENGELSE = string("forlengelse");
    public static final ProcessVariable<Integer> FORLENGELSE_MANEDER = integer("forlengelseManeder");
    public static final ProcessVariable<Integer> FORLENGET_MANEDER_TOTALT = integer("forlengetManederTotalt");
    // Følge opp economic support: a change or stop, each a new decision (Task_VurderEndringAvStonad)
    public static final ProcessVariable<String> STONAD_ENDRING = string("stonadEndring");
    public static final ProcessVariable<LocalDate> STONAD_ENDRING_FRA_DATO = date("stonadEndringFraDato");
    public static final ProcessVariable<Integer> NYTT_BELOP_PER_MANED = integer("nyttBelopPerManed");
    public static final ProcessVariable<String> STONAD_ENDRING_BEGRUNNELSE = string("stonadEndringBegrunnelse");
    /** The change decision's proposed reasoning and legal basis; set by the product only. */
    public static final ProcessVariable<String> STONAD_ENDRING_FORSLAG = string("stonadEndringForslag");
    public static final ProcessVariable<String> STONAD_ENDRING_HJEMMEL = string("stonadEndringHjemmel");
    // Følge opp the programme: ending, stopping or leave, each a new decision (Task_FolgOppKvalifiseringsprogram)
    public static final ProcessVariable<String> PROGRAM_ENDRING = string("programEndring");
    public static final ProcessVariable<String> PROGRAM_AVSLUTNING_ARSAK = string("programAvslutningArsak");
    public static final ProcessVariable<LocalDate> PROGRAM_ENDRING_FRA_DATO = date("programEndringFraDato");
    public static final ProcessVariable<LocalDate> PROGRAM_PERMISJON_TIL_DATO = date("programPermisjonTilDato");
    public static final ProcessVariable<String> PROGRAM_ENDRING_BEGRUNNELSE = string("programEndringBegrunnelse");
    /** The follow-up decision's proposed reasoning and legal basis; set by the product only. */
    public static final ProcessVariable<String> PROGRAM_ENDRING_FORSLAG = string("programEndringForslag");
    public static final ProcessVariable<String> PROGRAM_ENDRING_HJEMMEL = string("programEndringHjemmel");
    public static final ProcessVariable<LocalDate> TRUKKET_DATO = date("trukketDato");
    // Interim reply (Task_SendForelopigSvar, fvl. § 11 a)
    public static final ProcessVariable<String> FORELOPIG_SVAR_ARSAK = string("forelopigSvarArsak");
    public static final ProcessVariable<LocalDate> FORVENTET_SVARDATO = date("forventetSvardato");
    public static final ProcessVariable<String> FORELOPIG_SVAR_BREV_ID = string("forelopigSvarBrevId");

    private Variables() {}
  }
}
