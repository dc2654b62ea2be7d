package no.fagsys.sosialsak.klage;

import static no.fagsys.sosialsak.sak.Tidslinjesteg.felter;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import no.fagsys.sosialsak.platform.process.ProcessVariable;
import no.fagsys.sosialsak.sak.Hendelse;
import no.fagsys.sosialsak.sak.Sak;
import no.fagsys.sosialsak.sak.SakRegister;
import no.fagsys.sosialsak.sak.Tidslinjesteg;
import org.springframework.stereotype.Component;

/**
 * The complaint's steps on the application's timeline (own extensions of digisos-soker.json):
 *
 * <table>
 *   <caption>Steps and events</caption>
 *   <tr><th>element (end)</th><th>records</th></tr>
 *   <tr><td>Event_KlageMottatt</td><td>the complaint's case; klageMottatt</td></tr>
 *   <tr><td>Task_VeiledOmRetting</td><td>dokumentasjonEtterspurt (the corrected complaint, with the deadline, fvl.
 *       § 32; its letter)</td></tr>
 *   <tr><td>Task_ForberedOversendelse</td><td>klageOversendt (its letter); the case is marked forwarded to
 *       Statsforvalteren</td></tr>
 *   <tr><td>Task_BehandleKlageStatsforvalteren</td><td>klageAvgjort by Statsforvalteren (its letter)</td></tr>
 *   <tr><td>Event_VedtakEndret, Event_KlageAvvist, Event_BehandletSomTilbakemelding</td><td>klageAvgjort by the
 *       municipality</td></tr>
 * </table>
 */
@Component
public class KlageTidslinje implements Tidslinjesteg.Bidrag {

  private final SakRegister saker;

  public KlageTidslinje(SakRegister saker) {
    this.saker = saker;
  }

  @Override
  public List<Tidslinjesteg> steg() {
    return List.of(
        steg(KlageProcess.Elements.START, k -> {
          String paklaget = ProcessVariable.text(k.execution(), KlageProcess.Variables.PAKLAGET_VEDTAK_ID);
          k.opprettSak(Sak.Sakstype.KLAGE, paklaget);
          k.hendelse(Hendelse.Type.KLAGE_MOTTATT, null, felter("saksreferanse", k.saksnummer(), "vedtakId", paklaget));
        }),
        steg(KlageProcess.Elements.VEILED_OM_RETTING, k -> {
          LocalDate frist = KlageProcess.Variables.RETTEFRIST.get(k.execution());
          Map<String, Object> dokument = felter("dokumenttype", "Rettet klage",
              "tilleggsinformasjon", "Klagen må rettes eller utfylles før den kan behandles (forvaltningsloven § 32).",
              "innsendelsesfrist", frist == null ? null : frist.toString());
          String brevId = ProcessVariable.text(k.execution(), KlageProcess.Variables.RETTINGSBREV_ID);
          k.hendelse(Hendelse.Type.DOKUMENTASJON_ETTERSPURT, brevId == null ? null : Hendelse.Nokkel.retting(brevId),
              felter("saksreferanse", k.saksnummer(), "dokumenter", List.of(dokument)));
        }),
        steg(KlageProcess.Elements.FORBERED_OVERSENDELSE, k -> {
          saker.oversendtStatsforvalteren(k.saksnummer(), k.tidspunkt());
          k.hendelse(Hendelse.Type.KLAGE_OVERSENDT, Hendelse.Nokkel.klageOversendt(k.saksnummer()),
              felter("saksreferanse", k.saksnummer(), "mottaker", "Statsforvalteren"));
        }),
        steg(KlageProcess.Elements.BEHANDLE_KLAGE_STATSFORVALTEREN, k -> k.hendelse(Hendelse.Type.KLAGE_AVGJORT,
            Hendelse.Nokkel.statsforvalterensVedtak(k.saksnummer()),
            felter("saksreferanse", k.saksnummer(), "avgjortAv", Hendelse.AVGJORT_AV_STATSFORVALTEREN, "utfall",
                ProcessVariable.text(k.execution(), KlageProcess.Variables.STATSFORVALTERENS_UTFALL)))),
        steg(KlageProcess.Elements.VEDTAK_ENDRET, k -> avgjortAvKommunen(k, KlageProcess.Values.ENDRE)),
        steg(KlageProcess.Elements.KLAGE_AVVIST, k -> avgjortAvKommunen(k, KlageProcess.Values.AVVISE)),
        steg(KlageProcess.Elements.BEHANDLET_SOM_TILBAKEMELDING,
            k -> avgjortAvKommunen(k, KlageProcess.Values.IKKE_KLAGE)));
  }

  private static void avgjortAvKommunen(Tidslinjesteg.Kontekst k, String utfall) {
    k.hendelse(Hendelse.Type.KLAGE_AVGJORT, null,
        felter("saksreferanse", k.saksnummer(), "avgjortAv", Hendelse.AVGJORT_AV_KOMMUNEN, "utfall", utfall));
  }

  private static Tidslinjesteg steg(String element, Consumer<Tidslinjesteg.Kontekst> registrer) {
    return new Tidslinjesteg(KlageProcess.KEY, element, registrer);
  }
}
