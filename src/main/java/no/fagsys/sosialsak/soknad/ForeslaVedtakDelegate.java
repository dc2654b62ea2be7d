package no.fagsys.sosialsak.soknad;

import static no.fagsys.sosialsak.soknad.SoknadProcess.Variables.AKTIVITETSVILKAR;
import static no.fagsys.sosialsak.soknad.SoknadProcess.Variables.ANTALL_BARN_I_HUSSTANDEN;
import static no.fagsys.sosialsak.soknad.SoknadProcess.Variables.BEGRENSNING;
import static no.fagsys.sosialsak.soknad.SoknadProcess.Variables.ENDELIG_RETT;
import static no.fagsys.sosialsak.soknad.SoknadProcess.Variables.FOLGER_TABELLRESULTAT;
import static no.fagsys.sosialsak.soknad.SoknadProcess.Variables.GRUNNER_UTEN_AKTIVITETSVILKAR;
import static no.fagsys.sosialsak.soknad.SoknadProcess.Variables.SKJONNSBEGRUNNELSE;
import static no.fagsys.sosialsak.soknad.SoknadProcess.Variables.SKJONNSUTOVELSE;
import static no.fagsys.sosialsak.soknad.SoknadProcess.Variables.STILLER_VILKAR;
import static no.fagsys.sosialsak.soknad.SoknadProcess.Variables.STONADSPERIODE_TIL;
import static no.fagsys.sosialsak.soknad.SoknadProcess.Variables.STONADSUTMALING;
import static no.fagsys.sosialsak.soknad.SoknadProcess.Variables.STONAD_BELOP_PER_MANED;
import static no.fagsys.sosialsak.soknad.SoknadProcess.Variables.TABELL_BEGRUNNELSE;
import static no.fagsys.sosialsak.soknad.SoknadProcess.Variables.TABELL_HJEMMEL;
import static no.fagsys.sosialsak.soknad.SoknadProcess.Variables.TABELL_RETT;
import static no.fagsys.sosialsak.soknad.SoknadProcess.Variables.TILGANG;
import static no.fagsys.sosialsak.soknad.SoknadProcess.Variables.TJENESTE;
import static no.fagsys.sosialsak.soknad.SoknadProcess.Variables.VEDTAK_FORSLAG_BEGRUNNELSE;
import static no.fagsys.sosialsak.soknad.SoknadProcess.Variables.VEDTAK_FORSLAG_HJEMMEL;
import static no.fagsys.sosialsak.soknad.SoknadProcess.Variables.VEDTAK_FORSLAG_UTFALL;
import static no.fagsys.sosialsak.soknad.SoknadProcess.Variables.VILKAR_VURDERT_ETTER_SKJONN;
import static no.fagsys.sosialsak.soknad.SoknadProcess.Variables.VURDERING_BARNETS_BESTE;
import static no.fagsys.sosialsak.soknad.SoknadProcess.Variables.VURDERT_RETT;

import java.util.Set;
import no.fagsys.sosialsak.platform.process.ProcessVariable;
import no.fagsys.sosialsak.platform.process.Validering;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_ForeslaVedtak}, right after the caseworker's assessment ({@code Task_VurderRett}): the caseworker either
 * confirms the decision table's result or departs from it, and a departure needs a written reason (the discretion
 * is recorded as variables {@code skjonnsutovelse}, {@code vurdertRett}, {@code skjonnsbegrunnelse}, so history
 * shows it). A household with children needs the assessment of the child's best interest. The result becomes the
 * proposal the new-decision steps start from. A bad assessment is refused naming each field, and the caseworker's
 * task stays open.
 */
@Component("foreslaVedtak")
public class ForeslaVedtakDelegate implements JavaDelegate {

  private static final Set<String> RETT_VALUES = Set.of("RETT", "IKKE_RETT", "KAN_INNVILGES");

  @Override
  public void execute(DelegateExecution execution) {
    Validering v = new Validering(execution);
    Boolean folger = v.required(FOLGER_TABELLRESULTAT);
    String tabellRett = TABELL_RETT.get(execution);
    String rett = tabellRett;
    if (Boolean.FALSE.equals(folger)) {
      rett = VURDERT_RETT.get(execution);
      if (rett == null || !RETT_VALUES.contains(rett)) {
        v.problem(VURDERT_RETT.name(), "velg resultatet du kommer til når du fraviker tabellen");
      }
      v.requireText(SKJONNSBEGRUNNELSE, "begrunn hvorfor du fraviker tabellens resultat");
    }
    Integer barn = ANTALL_BARN_I_HUSSTANDEN.get(execution);
    if (barn != null && barn > 0) {
      v.requireText(VURDERING_BARNETS_BESTE, "husstanden har barn: vurder barnets beste");
    }
    boolean innvilges = "RETT".equals(rett) || "KAN_INNVILGES".equals(rett);
    // § 28: one plan per person, and a plan only with consent (seed 004, «Brukers rettigheter» and the sample letter).
    String planHinder = null;
    if (innvilges && Tjeneste.INDIVIDUELL_PLAN.name().equals(TJENESTE.get(execution))) {
      if (Boolean.TRUE.equals(execution.getVariable("harIndividuellPlanFraFor"))) {
        planHinder = "Du har allerede en individuell plan, og en tjenestemottaker skal bare ha én plan. Det lages "
            + "derfor ikke en ny plan; vi tar kontakt med deg for å endre planen du har, i samarbeid med deg.";
      } else if (!Boolean.TRUE.equals(execution.getVariable("samtykkeTilPlan"))) {
        planHinder = "Du har behov som gir rett til individuell plan, men planen kan bare utarbeides med ditt "
            + "samtykke, og du har ikke samtykket. Du kan når som helst be om at planen utarbeides.";
      }
      innvilges = planHinder == null;
    }
    boolean okonomisk = innvilges && Tjeneste.OKONOMISK_STONAD.name().equals(TJENESTE.get(execution));
    // A grant after the table said no right goes through the conditions step first (Gateway_VilkarForInnvilgelse):
    // the reasons for not setting an activity condition are asked there, and this proposal is made again after it.
    boolean vilkarVurderesEtterpa = okonomisk && !"RETT".equals(tabellRett) && !"KAN_INNVILGES".equals(tabellRett)
        && !Boolean.TRUE.equals(VILKAR_VURDERT_ETTER_SKJONN.get(execution));
    boolean utenAktivitetsvilkar = okonomisk && !vilkarVurderesEtterpa && "SKAL".equals(AKTIVITETSVILKAR.get(execution))
        && !Boolean.TRUE.equals(STILLER_VILKAR.get(execution));
    if (okonomisk && !vilkarVurderesEtterpa && (STONADSUTMALING.get(execution) == null
        || execution.getVariable(STONADSPERIODE_TIL.name()) == null)) {
      v.problem(STONAD_BELOP_PER_MANED.name(), "beregn og fastsett stønaden (beløp og periode) før den innvilges");
    }
    if (utenAktivitetsvilkar) {
      v.requireText(GRUNNER_UTEN_AKTIVITETSVILKAR, "under 30 år skal det stilles vilkår om aktivitet "
          + "(sosialtjenesteloven § 20 a); skriv de tungtveiende grunnene som taler mot det");
    }
    String botilbudTekst = null;
    String botilbudHjemmel = null;
    if (innvilges && Tjeneste.MIDLERTIDIG_BOTILBUD.name().equals(TJENESTE.get(execution))) {
      MidlertidigBotilbud botilbud = MidlertidigBotilbud.fra(execution, v, barn != null && barn > 0);
      botilbudTekst = botilbud == null ? null : botilbud.vedtakstekst();
      botilbudHjemmel = botilbud == null ? null : botilbud.hjemmel();
      Object start = execution.getVariable(SoknadProcess.Variables.BOTILBUD_STARTDATO.name());
      java.time.LocalDate dato = ProcessVariable.parseDate(start);
      if (start == null || start.toString().isBlank()) {
        v.problem(SoknadProcess.Variables.BOTILBUD_STARTDATO.name(), "oppgi dagen oppholdet i botilbudet begynte "
            + "(tre måneder for barnefamilier regnes herfra, § 27)");
      } else if (dato == null) {
        v.problem(SoknadProcess.Variables.BOTILBUD_STARTDATO.name(), "er ikke en dato på formen åååå-mm-dd");
      } else if (dato.isAfter(no.fagsys.sosialsak.platform.process.EngineTime.today())) {
        v.problem(SoknadProcess.Variables.BOTILBUD_STARTDATO.name(), "kan ikke være etter dagens dato");
      }
    }
    String kvalifiseringsprogram = innvilges && Tjeneste.KVALIFISERINGSPROGRAM.name().equals(TJENESTE.get(execution))
        ? KvalifiseringsprogramForslag.forslag(execution, v) : null;
    boolean intro = Tjeneste.INTRODUKSJONSPROGRAM_FORLENGELSE.name().equals(TJENESTE.get(execution));
    String introTekst = intro ? (innvilges ? ForlengelseIntroduksjonsprogram.vedtakstekst(execution)
        : ForlengelseIntroduksjonsprogram.avslagstekst(execution)) : null;
    v.throwIfInvalid();

    boolean skjonn = Boolean.FALSE.equals(folger);
    SKJONNSUTOVELSE.set(execution, skjonn);
    ENDELIG_RETT.set(execution, rett);
    if (execution.getVariable(STILLER_VILKAR.name()) == null && !vilkarVurderesEtterpa) {
      STILLER_VILKAR.set(execution, false);
    }
    VEDTAK_FORSLAG_UTFALL.set(execution, innvilges ? "INNVILGET" : "AVSLATT");
    VEDTAK_FORSLAG_BEGRUNNELSE.set(execution, SoknadTekst.join(
        okonomisk && !vilkarVurderesEtterpa ? ProcessVariable.text(execution, STONADSUTMALING) : null,
        kvalifiseringsprogram,
        ProcessVariable.text(execution, TABELL_BEGRUNNELSE), planHinder, botilbudTekst, introTekst,
        skjonn ? "Saksbehandlers skjønn: " + ProcessVariable.text(execution, SKJONNSBEGRUNNELSE) : null,
        "JA_TIDSBEGRENSET".equals(TILGANG.get(execution)) ? ProcessVariable.text(execution, BEGRENSNING) : null,
        utenAktivitetsvilkar ? "Det stilles ikke vilkår om aktivitet, fordi tungtveiende grunner taler mot det "
            + "(sosialtjenesteloven § 20 a første ledd siste punktum): "
            + ProcessVariable.text(execution, GRUNNER_UTEN_AKTIVITETSVILKAR) : null));
    VEDTAK_FORSLAG_HJEMMEL.set(execution, botilbudHjemmel != null ? botilbudHjemmel
        : intro ? ForlengelseIntroduksjonsprogram.HJEMMEL : ProcessVariable.text(execution, TABELL_HJEMMEL));
  }
}
