package no.fagsys.sosialsak.arkiv;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.fagsys.sosialsak.brev.Brev;
import no.fagsys.sosialsak.brev.BrevArkiv;
import no.fagsys.sosialsak.brev.BrevProdusert;
import no.fagsys.sosialsak.brev.BrevType;
import no.fagsys.sosialsak.brev.Brevprodusent;
import no.fagsys.sosialsak.brev.Navn;
import no.fagsys.sosialsak.brev.Postadresse;
import no.fagsys.sosialsak.sak.Hendelse;
import no.fagsys.sosialsak.sak.Sak;
import no.fagsys.sosialsak.sak.SakRegister;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.camunda.bpm.engine.impl.context.BpmnExecutionContext;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.MessageEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The archive's outbox: what a case owes the municipality's archive is queued in the engine's transaction, with what
 * it refers to, so it exists exactly when the case step that produced it committed; the job executor delivers it after
 * commit ({@link ArkivJobHandler}). Queued, each under its idempotency key (a document is never queued twice):
 * <ul>
 *   <li>the saksmappe, when the application is registered ({@code soknadsStatus MOTTATT}), or before the first
 *       registration of a case registered otherwise ({@code saksmappe:<hovedsaksnummer>});</li>
 *   <li>an incoming journalpost (I) for the application ({@code soknad:<saksnummer>}), each complaint
 *       ({@code klage:<saksnummer>}), each statement to an advance notice ({@code uttalelse:<saksnummer>:<time>}) and
 *       Statsforvalteren's decision in a complaint (the municipality receives it: {@code brev:<id>});</li>
 *   <li>an outgoing journalpost (U) for every other letter, its PDF/A the main document ({@code brev:<id>}).</li>
 * </ul>
 * Facts of record come from the engine: the case number (business key), the municipality (tenant), the case handler
 * (the user whose step produced the document), the time (engine clock).
 */
@Component
public class ArkivUtboks {

  /** The cases that got an archive job in the current transaction (a transaction resource). */
  private static final Object JOBBER_I_TRANSAKSJONEN = new Object();

  private static final Logger LOG = LoggerFactory.getLogger(ArkivUtboks.class);

  static final Map<String, String> TJENESTER = Map.of(
      "OPPLYSNING_RAD_VEILEDNING", "opplysning, råd og veiledning",
      "OKONOMISK_STONAD", "økonomisk stønad",
      "MIDLERTIDIG_BOTILBUD", "midlertidig botilbud",
      "INDIVIDUELL_PLAN", "individuell plan",
      "KVALIFISERINGSPROGRAM", "kvalifiseringsprogram",
      "INTRODUKSJONSPROGRAM_FORLENGELSE", "forlengelse av introduksjonsprogram");

  private final ArkivUtboksRegister utboks;
  private final SakRegister saker;
  private final BrevArkiv brevArkiv;
  private final Brevprodusent brevprodusent;
  private final ObjectProvider<ProcessEngine> engine;

  public ArkivUtboks(ArkivUtboksRegister utboks, SakRegister saker, BrevArkiv brevArkiv, Brevprodusent brevprodusent,
      ObjectProvider<ProcessEngine> engine) {
    this.utboks = utboks;
    this.saker = saker;
    this.brevArkiv = brevArkiv;
    this.brevprodusent = brevprodusent;
    this.engine = engine;
  }

  /** Registrations that arrive: the application, a complaint, a statement. */
  @EventListener
  public void hendelse(Hendelse h) {
    switch (h.type()) {
      case Hendelse.Type.SOKNADS_STATUS -> {
        if (Hendelse.SoknadsStatus.MOTTATT.name().equals(h.felter().get("status"))
            && h.saksnummer().equals(h.hovedsaksnummer())) {
          inngaende(h.saksnummer(), h.hovedsaksnummer(), h.kommunenummer(), "soknad:" + h.saksnummer(),
              "Søknad om " + tjeneste(h.hovedsaksnummer()), "SØKNAD", h.tidspunkt());
        }
      }
      case Hendelse.Type.KLAGE_MOTTATT -> inngaende(h.saksnummer(), h.hovedsaksnummer(), h.kommunenummer(),
          "klage:" + h.saksnummer(), "Klage på vedtak", "KLAGE", h.tidspunkt());
      case Hendelse.Type.UTTALELSE_MOTTATT -> inngaende(h.saksnummer(), h.hovedsaksnummer(), h.kommunenummer(),
          "uttalelse:" + h.saksnummer() + ":" + h.tidspunkt().toEpochMilli(), "Uttalelse til forhåndsvarsel",
          "UTTALELSE", h.tidspunkt());
      default -> { }
    }
  }

  /** Every letter: outgoing, but Statsforvalteren's decision is incoming to the municipality. */
  @EventListener
  public void brevProdusert(BrevProdusert b) {
    Optional<Brev> brev = brevArkiv.finn(b.brevId());
    if (brev.isEmpty()) {
      LOG.warn("Sak {}: brev {} finnes ikke i brevlageret og arkiveres ikke", b.saksnummer(), b.brevId());
      return;
    }
    String hovedsak = Sak.hovedsaksnummer(b.saksnummer());
    String noekkel = "brev:" + b.brevId();
    if (utboks.finnes(noekkel)) {
      return;
    }
    saksmappe(hovedsak, b.kommunenummer(), b.tidspunkt());
    Navn navn = navn();
    ArkivmeldingXml.Part part = part(navn, hovedsak);
    Brev pdf = brev.get();
    boolean inngaende = b.type() == BrevType.STATSFORVALTERENS_VEDTAK;
    String tittel = tittel(b.type());
    String referanse = "dokument-" + b.brevId() + ".pdf";
    ArkivmeldingXml.Journalpost jp = new ArkivmeldingXml.Journalpost(noekkel, hovedsak, b.saksnummer(),
        inngaende ? 'I' : 'U', tittel + " - " + b.saksnummer() + " - " + part.navn(), tittel, b.tidspunkt(), part,
        inngaende ? "Statsforvalteren" : part.navn(), !inngaende, saksbehandler(navn), navn.kontor(b.kommunenummer()),
        b.type() == BrevType.VEDTAK || inngaende ? "VEDTAK" : "KORR",
        new ArkivmeldingXml.Fil(pdf.filnavn(), referanse, pdf.pdf().length, sha256(pdf.pdf())));
    leggTil(noekkel, inngaende ? Arkivmelding.Meldingstype.INNGAENDE : Arkivmelding.Meldingstype.UTGAENDE, hovedsak,
        b.saksnummer(), b.kommunenummer(), tittel, b.brevId(), ArkivmeldingXml.journalpost(jp));
  }

  static String tittel(BrevType type) {
    return switch (type) {
      case VEDTAK -> "Vedtak";
      case FORELOPIG_SVAR -> "Foreløpig svar";
      case FORHANDSVARSEL -> "Forhåndsvarsel";
      case VIDERESENDING -> "Søknaden er sendt videre";
      case KLAGE_OVERSENDELSE -> "Oversendelse av klage til Statsforvalteren";
      case KLAGE_RETTING -> "Retting av klage";
      case STATSFORVALTERENS_VEDTAK -> "Statsforvalterens vedtak i klagesak";
    };
  }

  private void inngaende(String saksnummer, String hovedsak, String kommunenummer, String noekkel, String tittel,
      String dokumenttype, Instant tidspunkt) {
    if (utboks.finnes(noekkel)) {
      return;
    }
    saksmappe(hovedsak, kommunenummer, tidspunkt);
    Navn navn = navn();
    ArkivmeldingXml.Part part = part(navn, hovedsak);
    ArkivmeldingXml.Journalpost jp = new ArkivmeldingXml.Journalpost(noekkel, hovedsak, saksnummer, 'I',
        tittel + " - " + saksnummer + " - " + part.navn(), tittel, tidspunkt, part, part.navn(), true,
        saksbehandler(navn), navn.kontor(kommunenummer), dokumenttype, null);
    leggTil(noekkel, Arkivmelding.Meldingstype.INNGAENDE, hovedsak, saksnummer, kommunenummer, tittel, null,
        ArkivmeldingXml.journalpost(jp));
  }

  private void saksmappe(String hovedsak, String kommunenummer, Instant tidspunkt) {
    String noekkel = ArkivmeldingXml.mappeNoekkel(hovedsak);
    if (utboks.finnes(noekkel)) {
      return;
    }
    Navn navn = navn();
    ArkivmeldingXml.Part part = part(navn, hovedsak);
    Optional<Sak> sak = saker.finn(hovedsak);
    String tjeneste = sak.map(Sak::tjeneste).orElse(null);
    String tekst = tjeneste == null ? "sosiale tjenester" : TJENESTER.getOrDefault(tjeneste, tjeneste);
    Instant opprettet = sak.map(Sak::opprettet).orElse(tidspunkt);
    String saksbehandler = saksbehandler(navn);
    String tittel = "Sosiale tjenester - " + tekst;
    ArkivmeldingXml.Saksmappe m = new ArkivmeldingXml.Saksmappe(hovedsak,
        tittel + " - " + hovedsak + " - " + part.navn(), tittel, opprettet, saksbehandler, part,
        navn.kontor(kommunenummer), saksbehandler, tjeneste == null ? "UKJENT" : tjeneste, tekst);
    leggTil(noekkel, Arkivmelding.Meldingstype.SAKSMAPPE, hovedsak, hovedsak, kommunenummer, tittel, null,
        ArkivmeldingXml.saksmappe(m));
  }

  private void leggTil(String noekkel, Arkivmelding.Meldingstype type, String hovedsak, String saksnummer,
      String kommunenummer, String tittel, String brevId, String xml) {
    if (!utboks.leggTil(noekkel, type, hovedsak, saksnummer, kommunenummer, tittel, brevId, xml,
        ClockUtil.getCurrentTime().toInstant())) {
      return;
    }
    // The job that delivers it, in the same transaction: it runs once this commits (the job executor's retries
    // and incident when it keeps failing). Tied to the case's process instance when there is one, so Cockpit shows
    // the incident with the case. One job per case and transaction: the job delivers everything the case has
    // queued, so a receipt that queues the case folder and the application makes one job, not two that would
    // write the same case folder at once on two nodes.
    if (forsteJobbITransaksjonen(hovedsak)) {
      nyJobb(hovedsak, kommunenummer);
    }
    LOG.info("Sak {}: {} lagt i arkivutboksen", saksnummer, type);
  }

  /** The job that delivers the case's outbox after commit. */
  private void nyJobb(String hovedsak, String kommunenummer) {
    ExecutionEntity rot = rotinstans();
    ((ProcessEngineImpl) engine.getObject()).getProcessEngineConfiguration().getCommandExecutorTxRequired()
        .execute(context -> {
          MessageEntity jobb = new MessageEntity();
          jobb.setJobHandlerType(ArkivJobHandler.TYPE);
          jobb.setJobHandlerConfigurationRaw(hovedsak);
          jobb.setTenantId(kommunenummer);
          if (rot != null) {
            jobb.setProcessInstanceId(rot.getId());
            jobb.setProcessDefinitionId(rot.getProcessDefinitionId());
            jobb.setProcessDefinitionKey(rot.getProcessDefinition().getKey());
            jobb.setDeploymentId(rot.getProcessDefinition().getDeploymentId());
          }
          context.getJobManager().send(jobb);
          return null;
        });
  }

  /**
   * Whether this is the first archive job for the case in the current transaction (and notes it). Without a Spring
   * transaction every message gets its job.
   */
  private static boolean forsteJobbITransaksjonen(String hovedsak) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      return true;
    }
    @SuppressWarnings("unchecked")
    Set<String> saker = (Set<String>) TransactionSynchronizationManager.getResource(JOBBER_I_TRANSAKSJONEN);
    if (saker == null) {
      saker = new HashSet<>();
      TransactionSynchronizationManager.bindResource(JOBBER_I_TRANSAKSJONEN, saker);
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCompletion(int status) {
          TransactionSynchronizationManager.unbindResourceIfPossible(JOBBER_I_TRANSAKSJONEN);
        }
      });
    }
    return saker.add(hovedsak);
  }

  /** The root process instance of the step running now, or {@code null} outside a process. */
  private static ExecutionEntity rotinstans() {
    BpmnExecutionContext context = Context.getBpmnExecutionContext();
    if (context == null || context.getExecution() == null) {
      return null;
    }
    ExecutionEntity e = context.getExecution().getProcessInstance();
    while (e.getSuperExecution() != null) {
      e = e.getSuperExecution().getProcessInstance();
    }
    return e;
  }

  private Navn navn() {
    return brevprodusent.navn(engine.getObject());
  }

  /** Who produced the document: the authenticated user of the engine command, else the system. */
  private String saksbehandler(Navn navn) {
    CommandContext context = Context.getCommandContext();
    Authentication auth = context != null ? context.getAuthentication()
        : engine.getObject().getIdentityService().getCurrentAuthentication();
    String bruker = auth == null ? null : auth.getUserId();
    return bruker == null || bruker.isBlank() ? ArkivmeldingXml.SYSTEM : navn.bruker(bruker);
  }

  /** The party: the application's pseudonymous reference, named as the address book names it. */
  private ArkivmeldingXml.Part part(Navn navn, String hovedsak) {
    String referanse = sokerReferanse(hovedsak);
    if (referanse == null) {
      referanse = "ukjent";
    }
    String navnet = navn.part(hovedsak, referanse).map(Postadresse::navn).orElse(referanse);
    return new ArkivmeldingXml.Part(referanse, navnet);
  }

  /**
   * The reference the application was started with: from the running application when this is its first step (its
   * history is not written yet), otherwise from the engine's history.
   */
  private String sokerReferanse(String hovedsak) {
    BpmnExecutionContext context = Context.getBpmnExecutionContext();
    if (context != null && context.getExecution() != null) {
      ExecutionEntity e = context.getExecution().getProcessInstance();
      while (e != null) {
        if (hovedsak.equals(e.getBusinessKey()) && e.getVariable("sokerReferanse") != null) {
          return e.getVariable("sokerReferanse").toString();
        }
        e = e.getSuperExecution() == null ? null : e.getSuperExecution().getProcessInstance();
      }
    }
    ProcessEngine e = engine.getObject();
    CommandContext cc = Context.getCommandContext();
    java.util.concurrent.Callable<String> query = () -> {
      HistoricProcessInstance soknad = e.getHistoryService().createHistoricProcessInstanceQuery()
          .processDefinitionKey("soknad").processInstanceBusinessKey(hovedsak).listPage(0, 1).stream().findFirst()
          .orElse(null);
      if (soknad == null) {
        return null;
      }
      HistoricVariableInstance v = e.getHistoryService().createHistoricVariableInstanceQuery()
          .processInstanceId(soknad.getId()).variableName("sokerReferanse").listPage(0, 1).stream().findFirst()
          .orElse(null);
      return v == null || v.getValue() == null ? null : v.getValue().toString();
    };
    try {
      return cc == null ? query.call() : cc.runWithoutAuthorization(query);
    } catch (Exception ex) {
      return null;
    }
  }

  private String tjeneste(String hovedsak) {
    return saker.finn(hovedsak).map(Sak::tjeneste).map(t -> TJENESTER.getOrDefault(t, t)).orElse("sosiale tjenester");
  }

  static String sha256(byte[] innhold) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(innhold));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
