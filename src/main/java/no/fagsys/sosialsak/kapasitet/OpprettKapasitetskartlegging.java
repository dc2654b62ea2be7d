package no.fagsys.sosialsak.kapasitet;

import static no.fagsys.sosialsak.kapasitet.KapasitetskartleggingProcess.Variables.ANTALL_KOMMUNER;
import static no.fagsys.sosialsak.kapasitet.KapasitetskartleggingProcess.Variables.FRIST;
import static no.fagsys.sosialsak.kapasitet.KapasitetskartleggingProcess.Variables.FRIST_UTLOP;
import static no.fagsys.sosialsak.kapasitet.KapasitetskartleggingProcess.Variables.KOMMUNER;
import static no.fagsys.sosialsak.kapasitet.KapasitetskartleggingProcess.Variables.KVARTAL;
import static no.fagsys.sosialsak.kapasitet.KapasitetskartleggingProcess.Variables.OPPGAVEFRIST;
import static no.fagsys.sosialsak.kapasitet.KapasitetskartleggingProcess.Variables.PURRING_TIDSPUNKT;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import no.fagsys.sosialsak.kapasitet.Kapasitetsoppsummering.Kommune;
import no.fagsys.sosialsak.platform.access.Roles;
import no.fagsys.sosialsak.platform.process.EngineTime;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * {@code Task_OpprettKartlegging}: checks that Statsforvalteren opened it, the quarter and the deadline, asks every municipality served (the
 * engine's tenants), stores the survey, and sets the variables the timers and the call activity use: the
 * municipalities ({@code kommuner}, {@code antallKommuner}), the reminder time (a configured number of days before
 * the deadline, 08:00), the task's due date (the last day, 23:59:59) and when the deadline has run out (the day
 * after, 00:00).
 */
@Component("opprettKapasitetskartlegging")
public class OpprettKapasitetskartlegging implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(OpprettKapasitetskartlegging.class);
  static final Pattern KVARTAL_FORMAT = Pattern.compile("\\d{4}-Q[1-4]");
  static final LocalTime PURRING_KLOKKESLETT = LocalTime.of(8, 0);
  private static final int MAX_KOMMUNER = 1000;

  private final KapasitetskartleggingRepository repository;
  private final int purringDagerForFrist;

  public OpprettKapasitetskartlegging(KapasitetskartleggingRepository repository,
      @Value("${sosialsak.kapasitet.purring-dager-for-frist:3}") int purringDagerForFrist) {
    this.repository = repository;
    this.purringDagerForFrist = purringDagerForFrist;
  }

  @Override
  public void execute(DelegateExecution execution) {
    requireStatsforvalteren(execution);
    String kvartal = kvartal(execution.getVariable(KVARTAL));
    LocalDate frist = frist(execution.getVariable(FRIST));
    if (repository.finnes(kvartal)) {
      throw new BadUserRequestException("Det finnes allerede en kapasitetskartlegging for " + kvartal + ".");
    }
    List<Kommune> kommuner = kommuner(execution);
    if (kommuner.isEmpty()) {
      throw new BadUserRequestException("Det er ingen kommuner å spørre i kapasitetskartleggingen.");
    }
    LocalDateTime purring = frist.minusDays(purringDagerForFrist).atTime(PURRING_KLOKKESLETT);
    LocalDateTime fristUtlop = frist.plusDays(1).atStartOfDay();
    repository.opprett(kvartal, frist, purring, now(), execution.getProcessInstanceId(), kommuner);

    execution.setProcessBusinessKey(kvartal);
    execution.setVariable(KOMMUNER, kommuner.stream().map(Kommune::kommunenummer).collect(Collectors.joining(",")));
    execution.setVariable(ANTALL_KOMMUNER, kommuner.size());
    execution.setVariable(PURRING_TIDSPUNKT, purring.toString());
    execution.setVariable(OPPGAVEFRIST, frist.atTime(23, 59, 59).toString());
    execution.setVariable(FRIST_UTLOP, fristUtlop.toString());
    LOG.info("Kapasitetskartlegging {} åpnet for {} kommuner, frist {}", kvartal, kommuner.size(), frist);
  }

  /**
   * Only Statsforvalteren opens a survey. Caseworkers may start processes in general (the access table), so this
   * process says who may start it; the engine itself (no authentication) and Camunda's administrators may too.
   */
  private static void requireStatsforvalteren(DelegateExecution execution) {
    Authentication authentication =
        execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    if (authentication == null) {
      return;
    }
    List<String> groups = authentication.getGroupIds() == null ? List.of() : authentication.getGroupIds();
    if (!groups.contains(Roles.STATSFORVALTEREN) && !groups.contains(Roles.CAMUNDA_ADMIN)) {
      throw new AuthorizationException("Bare Statsforvalteren kan åpne en kapasitetskartlegging.");
    }
  }

  static String kvartal(Object value) {
    if (value == null || !KVARTAL_FORMAT.matcher(value.toString()).matches()) {
      throw new BadUserRequestException("Ugyldig kvartal: oppgi kvartalet som år-Q og nummer, for eksempel 2026-Q2.");
    }
    return value.toString();
  }

  static LocalDate frist(Object value) {
    LocalDate frist;
    try {
      frist = value == null ? null : LocalDate.parse(value.toString());
    } catch (DateTimeParseException e) {
      frist = null;
    }
    if (frist == null) {
      throw new BadUserRequestException("Ugyldig frist: oppgi fristen som dato (åååå-mm-dd).");
    }
    if (frist.isBefore(now().toLocalDate())) {
      throw new BadUserRequestException("Fristen " + frist + " er allerede passert.");
    }
    return frist;
  }

  /** The municipalities served: the engine's tenants, read without the starting user's authorization. */
  private static List<Kommune> kommuner(DelegateExecution execution) {
    var identity = execution.getProcessEngineServices().getIdentityService();
    List<Tenant> tenants = Context.getCommandContext().runWithoutAuthorization(
        () -> identity.createTenantQuery().orderByTenantId().asc().listPage(0, MAX_KOMMUNER));
    return tenants.stream().map(t -> new Kommune(t.getId(), t.getName())).toList();
  }

  static LocalDateTime now() {
    return LocalDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), EngineTime.NORGE);
  }
}
