package no.fagsys.sosialsak.kapasitet;

import no.fagsys.sosialsak.lagring.Lagringstid;

/**
 * The names of the quarterly capacity survey (SPEC § 4.5): {@code processes/kapasitetskartlegging.bpmn}, opened by
 * Statsforvalteren for all municipalities, and {@code processes/kapasitetskartleggingKommune.bpmn}, one instance per
 * municipality (its tenant), started by the survey's multi-instance call activity.
 */
public final class KapasitetskartleggingProcess {

  /** The survey, without a municipality (no tenant). */
  public static final String KEY = "kapasitetskartlegging";
  /** One municipality's part of the survey, in that municipality's tenant. */
  public static final String KOMMUNE_KEY = "kapasitetskartleggingKommune";

  /** How long the history of a finished case is kept (the model's historyTimeToLive). */
  public static final Lagringstid LAGRINGSTID = Lagringstid.KARTLEGGING;

  private KapasitetskartleggingProcess() {}

  /** BPMN element ids (stable: referenced from tests and history). */
  public static final class Elements {
    public static final String EVENT_KARTLEGGING_APNET = "Event_KartleggingApnet";
    public static final String TASK_OPPRETT_KARTLEGGING = "Task_OpprettKartlegging";
    public static final String TASK_KARTLEGG_KOMMUNE = "Task_KartleggKommune";
    public static final String TASK_LAG_OPPSUMMERING = "Task_LagOppsummering";
    public static final String EVENT_OPPSUMMERING_KLAR = "Event_OppsummeringKlar";

    public static final String EVENT_RAPPORT_BEDT_OM = "Event_RapportBedtOm";
    public static final String TASK_RAPPORTER_KAPASITET = "Task_RapporterKapasitet";
    public static final String TASK_LAGRE_SVAR = "Task_LagreSvar";
    public static final String EVENT_LEVERT = "Event_Levert";
    public static final String EVENT_PURRING_FOR_FRIST = "Event_PurringForFrist";
    public static final String TASK_SEND_PURRING = "Task_SendPurring";
    public static final String EVENT_PURRING_SENDT = "Event_PurringSendt";
    public static final String EVENT_FRIST_UTLOPT = "Event_FristUtlopt";
    public static final String TASK_REGISTRER_IKKE_LEVERT = "Task_RegistrerIkkeLevert";
    public static final String EVENT_IKKE_LEVERT = "Event_IkkeLevert";

    private Elements() {}
  }

  /** Process variables. The per-area form fields are {@link Omrade#nivaFelt()} and {@link Omrade#kommentarFelt()}. */
  public static final class Variables {
    /** Start: the quarter, {@code yyyy-Qn} (e.g. {@code 2026-Q2}); also the survey's business key. */
    public static final String KVARTAL = "kvartal";
    /** Start: the last day to report, ISO-8601 date {@code yyyy-MM-dd} (what a Camunda Forms date field submits). */
    public static final String FRIST = "frist";
    /** Set by the survey: the municipalities asked, kommunenummer separated by commas. */
    public static final String KOMMUNER = "kommuner";
    /** Set by the survey: how many municipalities are asked (the call activity's loop cardinality). */
    public static final String ANTALL_KOMMUNER = "antallKommuner";
    /** Set by the survey: when the reminder is sent, ISO-8601 date-time (timer {@code Event_PurringForFrist}). */
    public static final String PURRING_TIDSPUNKT = "purringTidspunkt";
    /** Set by the survey: when the deadline has run out, the day after {@link #FRIST} at 00:00 (timer {@code Event_FristUtlopt}). */
    public static final String FRIST_UTLOP = "fristUtlop";
    /** Set by the survey: the report task's due date, the last day at 23:59:59. */
    public static final String OPPGAVEFRIST = "oppgavefrist";
    /** The municipality (tenant) of one report: passed into each call of {@link #KOMMUNE_KEY}. */
    public static final String KOMMUNENUMMER = "kommunenummer";

    private Variables() {}
  }
}
