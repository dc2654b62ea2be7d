package no.fagsys.sosialsak.lagring;


/**
 * The retention rules of the engine history: how long after a case ends its history (who did what and when, the
 * variables, the decision tables' inputs and outputs) is kept before the history cleanup removes it. The one source
 * of the values: each process's constants class names its rule ({@code SoknadProcess.LAGRINGSTID} …), every model's
 * {@code historyTimeToLive} must equal it ({@code ModelConventionsTest}) and {@code docs/lagring.md} shows the same
 * table ({@code LagringstidTest}).
 *
 * <p>The engine history is the working record for audit and for reopening a case. The archive copy of what was decided
 * and sent is the product's own tables {@code vedtak}, {@code utsatt_iverksettelse} and {@code brev}, which the history
 * cleanup never touches (the municipality's archive takes them over; bevaring og kassasjon is the archive's decision).
 *
 * <p>With the removal-time strategy ({@code application.yaml}) the rule of the <em>root</em> process instance decides
 * for the whole case: a called {@code vedtak} and the decisions evaluated in the case are removed with their case. The
 * rules of {@code vedtak} and of the decision tables apply on their own only when they run as a root (a decision
 * evaluated over REST by another system, a {@code vedtak} started directly).
 */
public enum Lagringstid {

  /**
   * Ten years after the case ended: individual decisions (enkeltvedtak) under the Social Services Act and the
   * Public Administration Act. Covers a late complaint (fvl. § 31: up to a year after the decision), a reversal
   * (fvl. § 35), a repayment claim (sotjl. § 26) and Statsforvalteren's supervision, and matches the ten years after
   * the last document that municipal archives commonly keep a social services client file before it may be discarded
   * (to be confirmed against the municipality's own archive plan; the seeds say nothing about retention).
   */
  SAK(3650),

  /**
   * Five years after the survey ended: the quarterly capacity survey holds no personal data; its report stays in the
   * product's tables ({@code kapasitet_*}). Five years keep a municipal council term (four years) of comparable
   * quarters in Cockpit, plus the year after.
   */
  KARTLEGGING(1825);

  /** Days after the end of the root process instance (or after the evaluation, for a decision run on its own). */
  public final int dager;

  Lagringstid(int dager) {
    this.dager = dager;
  }

  /** As BPMN's {@code camunda:historyTimeToLive}, e.g. {@code P3650D}. */
  public String iso() {
    return "P" + dager + "D";
  }

  /**
   * The rule of every decision table (DMN {@code camunda:historyTimeToLive}, in days): the evaluations are part of
   * the case's reasoning (inputs and outputs shown in Cockpit), so the same as the case.
   */
  public static final Lagringstid BESLUTNINGER = SAK;
}
