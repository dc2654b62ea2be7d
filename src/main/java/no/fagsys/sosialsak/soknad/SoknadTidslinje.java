package no.fagsys.sosialsak.soknad;

import static no.fagsys.sosialsak.sak.Hendelse.SoknadsStatus.BEHANDLES_IKKE;
import static no.fagsys.sosialsak.sak.Hendelse.SoknadsStatus.FERDIGBEHANDLET;
import static no.fagsys.sosialsak.sak.Hendelse.SoknadsStatus.MOTTATT;
import static no.fagsys.sosialsak.sak.Hendelse.SoknadsStatus.UNDER_BEHANDLING;
import static no.fagsys.sosialsak.sak.Tidslinjesteg.felter;

import java.util.List;
import java.util.function.Consumer;
import no.fagsys.sosialsak.platform.process.ProcessVariable;
import no.fagsys.sosialsak.sak.Hendelse;
import no.fagsys.sosialsak.sak.Sak;
import no.fagsys.sosialsak.sak.Tidslinjesteg;
import org.springframework.stereotype.Component;

/**
 * The application's steps on its case and status timeline (digisos-soker.json's vocabulary).
 *
 * <table>
 *   <caption>Steps and events</caption>
 *   <tr><th>element (end)</th><th>records</th></tr>
 *   <tr><td>Event_SoknadMottatt</td><td>the case; soknadsStatus MOTTATT</td></tr>
 *   <tr><td>Task_KartleggSoknad, Task_KartleggHastesak</td><td>soknadsStatus UNDER_BEHANDLING (the caseworker has
 *       mapped the case and the assessment starts)</td></tr>
 *   <tr><td>Task_VideresendSoknad</td><td>tildeltNavKontor (the municipality it is forwarded to; its letter)</td></tr>
 *   <tr><td>Event_SoknadVideresendt</td><td>soknadsStatus BEHANDLES_IKKE (handled elsewhere)</td></tr>
 *   <tr><td>Activity_Vedtak</td><td>soknadsStatus FERDIGBEHANDLET</td></tr>
 *   <tr><td>Task_SendForelopigSvar</td><td>forelopigSvar (its letter)</td></tr>
 *   <tr><td>Event_SaksbehandlingAvsluttet (withdrawn)</td><td>soknadsStatus BEHANDLES_IKKE</td></tr>
 * </table>
 *
 * <p>The decision itself ({@code vedtakFattet}) is the {@code vedtak} process's step. The application process has no
 * step that asks the applicant for documentation, so {@code dokumentasjonEtterspurt} comes only from a complaint.
 */
@Component
public class SoknadTidslinje implements Tidslinjesteg.Bidrag {

  @Override
  public List<Tidslinjesteg> steg() {
    return List.of(
        steg(SoknadProcess.Elements.START, k -> {
          k.opprettSak(Sak.Sakstype.SOKNAD, null);
          k.status(MOTTATT);
        }),
        steg(SoknadProcess.Elements.KARTLEGG_SOKNAD, k -> k.status(UNDER_BEHANDLING)),
        steg(SoknadProcess.Elements.KARTLEGG_HASTESAK, k -> k.status(UNDER_BEHANDLING)),
        steg(SoknadProcess.Elements.VIDERESEND_SOKNAD, k -> k.hendelse(Hendelse.Type.TILDELT_NAV_KONTOR,
            Hendelse.Nokkel.videresending(k.saksnummer()),
            felter("navKontor", ProcessVariable.text(k.execution(), SoknadProcess.Variables.VIDERESENDT_TIL_KOMMUNE)))),
        steg(SoknadProcess.Elements.SOKNAD_VIDERESENDT, k -> k.status(BEHANDLES_IKKE)),
        steg(SoknadProcess.Elements.VEDTAK, k -> k.status(FERDIGBEHANDLET)),
        steg(SoknadProcess.Elements.SEND_FORELOPIG_SVAR, k -> k.hendelse(Hendelse.Type.FORELOPIG_SVAR,
            Hendelse.Nokkel.forelopigSvar(k.saksnummer()), felter())),
        steg(SoknadProcess.Elements.SAKSBEHANDLING_AVSLUTTET_TRUKKET, k -> k.status(BEHANDLES_IKKE)));
  }

  private static Tidslinjesteg steg(String element, Consumer<Tidslinjesteg.Kontekst> registrer) {
    return new Tidslinjesteg(SoknadProcess.KEY, element, registrer);
  }
}
