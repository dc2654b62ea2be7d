package no.fagsys.sosialsak.soknad;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The questions whose answers are inputs of a decision table, as the forms ask them. Each must be answered Ja or Nei
 * (a Boolean) before the step that evaluates the table: an unanswered question is not a "no" (GUIDE, SPEC § 3).
 * {@link KontrollerSvarListener} refuses a completion that leaves any of them unanswered, naming each.
 */
final class Beslutningssporsmal {

  private Beslutningssporsmal() {}

  /** A yes/no question: the variable (the table's input name) and the question as the form asks it. */
  record Sporsmal(String navn, String tekst) {}

  static final Sporsmal I_INSTITUSJON = new Sporsmal("iInstitusjonEllerHeldognsbolig",
      "Oppholder søkeren seg i institusjon eller bolig med heldøgns omsorgstjenester?");

  /** Sosialtjenesteloven § 3 (ansvarligKommune): asked in every application. */
  static final List<Sporsmal> ANSVARLIG_KOMMUNE = List.of(
      new Sporsmal("oppholderSegIKommunen", "Oppholder søkeren seg i denne kommunen?"),
      I_INSTITUSJON,
      new Sporsmal("bosattMedIntegreringstilskudd",
          "Er søkeren flyktning bosatt i en annen kommune som mottar integreringstilskudd for søkeren?"),
      new Sporsmal("flyttingAvtalt", "Er flyttingen hit avtalt mellom de to kommunene?"),
      new Sporsmal("avslagApenbartUrimelig", "Vil det være åpenbart urimelig å vise søkeren til bosettingskommunen?"));

  /**
   * § 3 second paragraph: whether this municipality is the one where the applicant stayed before the admission. Asked
   * when the applicant stays in an institution or housing with 24-hour care; it decides whether the case is decided
   * here or forwarded (the table's {@code TIDLIGERE_OPPHOLDSKOMMUNE} does not say which municipality that is).
   */
  static final Sporsmal VAR_OPPHOLDSKOMMUNE_FOR_INNTAKET = new Sporsmal("varOppholdskommuneForInntaket",
      "Var denne kommunen søkerens oppholdskommune før inntaket i institusjonen eller boligen?");

  /**
   * Sosialtjenesteloven § 2 first paragraph second sentence: the regulation limits the rights of persons who are not
   * Norwegian citizens. A Norwegian citizen is not asked the residence questions and has full rights.
   */
  static final Sporsmal NORSK_STATSBORGER = new Sporsmal("norskStatsborger", "Er søkeren norsk statsborger?");

  /** Sosialtjenesteloven § 2 and its regulation (rettigheterEtterOpphold): asked in every application. */
  static final List<Sporsmal> OPPHOLD = List.of(
      new Sporsmal("rettPaStatligInnkvartering", "Har søkeren rett på statlig innkvartering?"),
      new Sporsmal("dokumentertLovligOpphold", "Har søkeren dokumentert lovlig opphold?"),
      new Sporsmal("omfattesAvForskriftenParagraf1TredjeEllerFjerdeLedd",
          "Omfattes søkeren av forskriften § 1 tredje eller fjerde ledd?"),
      new Sporsmal("bopelINorge", "Har søkeren bopel i Norge?"));

  static final List<Sporsmal> ARBEIDSEVNE = List.of(
      new Sporsmal("nedsattArbeidsevneMedBehovForSpesieltTilpassetInnsats",
          "Konkluderer arbeidsevnevurderingen med nedsatt arbeidsevne med behov for spesielt tilpasset innsats?"),
      new Sporsmal("tettOgKoordinertBistandHensiktsmessigOgNodvendig",
          "Er tett og koordinert bistand hensiktsmessig og nødvendig?"));

  static final Sporsmal ARBEIDSEVNEVURDERING_GJENNOMFORT =
      new Sporsmal("arbeidsevnevurderingGjennomfort", "Er arbeidsevnevurdering gjennomført?");

  /** The service's own table (SPEC § 3.4) and, for economic support, the conditions table (§ 3.5). */
  static final Map<Tjeneste, List<Sporsmal>> TJENESTE = Map.of(
      Tjeneste.OPPLYSNING_RAD_VEILEDNING, List.of(
          new Sporsmal("kanBidraTilALoseEllerForebyggeSosialeProblemer",
              "Kan opplysning, råd og veiledning bidra til å løse eller forebygge sosiale problemer hos søkeren?")),
      Tjeneste.OKONOMISK_STONAD, List.of(
          new Sporsmal("gjelderNodvendigeLevekostnader", "Søker søkeren om stønad til å dekke nødvendige levekostnader?"),
          new Sporsmal("kanDekkeUtgifteneAndreMater", "Kan søkeren dekke utgiftene på andre måter?"),
          new Sporsmal("trengerStonadForAOvervinneEllerTilpasseSegVanskeligLivssituasjon",
              "Trenger søkeren stønad for å kunne overvinne eller tilpasse seg en vanskelig livssituasjon?"),
          new Sporsmal("tungtveiendeGrunnerMotAktivitetsvilkar", "Taler tungtveiende grunner mot vilkår om aktivitet?"),
          new Sporsmal("manglendeNorskEllerSamiskkunnskaperErArsak",
              "Er manglende norsk- eller samiskkunnskaper årsaken til at søkeren ikke er selvhjulpen?"),
          new Sporsmal("hattRettOgPliktTilIntroduksjonsprogram",
              "Har søkeren hatt rett og plikt til introduksjonsprogram?"),
          new Sporsmal("samiskspraklig", "Er søkeren samiskspråklig?")),
      Tjeneste.MIDLERTIDIG_BOTILBUD, List.of(
          new Sporsmal("harStedASoveOgOppholdeSegNesteDogn",
              "Har søkeren et sted å sove og oppholde seg det neste døgnet?"),
          new Sporsmal("klarerAFinneMidlertidigBotilbudSelv", "Klarer søkeren å finne midlertidig botilbud selv?")),
      Tjeneste.INDIVIDUELL_PLAN, List.of(
          new Sporsmal("behovForLangvarigeTjenester", "Har søkeren behov for tjenester over en viss periode?"),
          new Sporsmal("behovForTjenesterFraToEllerFlereInstanser",
              "Har søkeren behov for tjenester fra to eller flere instanser?"),
          new Sporsmal("deltarIKvalifiseringsprogram", "Deltar søkeren i kvalifiseringsprogram?")),
      Tjeneste.KVALIFISERINGSPROGRAM, List.of(
          ARBEIDSEVNEVURDERING_GJENNOMFORT,
          new Sporsmal("ingenEllerSvaertBegrensedeYtelser",
              "Har søkeren ingen eller svært begrensede ytelser til livsopphold?"),
          new Sporsmal("uforholdsmessigByrdefullt", "Er det uforholdsmessig byrdefullt å tilby program?"),
          new Sporsmal("mottarUforetrygdEllerOvergangsstonad", "Mottar søkeren uføretrygd eller overgangsstønad?"),
          new Sporsmal("sonerDomOverSeksManeder", "Soner søkeren dom på mer enn seks måneder?")),
      Tjeneste.INTRODUKSJONSPROGRAM_FORLENGELSE, List.of(
          new Sporsmal("grunnTilAForventeAtSluttmaletNas",
              "Er det grunn til å forvente at sluttmålet nås med en forlengelse?")));

  /** § 28 (seed 004, «Brukers rettigheter»): the applicant has one plan only, and a plan needs consent. */
  static final List<Sporsmal> INDIVIDUELL_PLAN = List.of(
      new Sporsmal("harIndividuellPlanFraFor", "Har søkeren allerede en individuell plan?"),
      new Sporsmal("samtykkeTilPlan", "Samtykker søkeren til at planen utarbeides?"));

  /** § 20 second paragraph (vilkarGyldig): asked when a condition is set. */
  static final List<Sporsmal> VILKAR_GYLDIG = List.of(
      new Sporsmal("naerSammenhengMedVedtaket", "Har vilkåret nær sammenheng med vedtaket?"),
      new Sporsmal("uforholdsmessigByrdefulltEllerUrimeligBegrensende",
          "Er vilkåret uforholdsmessig byrdefullt eller urimelig begrensende?"),
      new Sporsmal("istridMedLov", "Er vilkåret i strid med loven her eller andre lover?"));

  static final Sporsmal STILLER_VILKAR = new Sporsmal("stillerVilkar", "Stilles det vilkår for stønaden?");

  /** The mapping questions of one application for a service, in the form's order, without the § 2 residence ones. */
  static List<Sporsmal> kartlegging(Tjeneste tjeneste) {
    if (!tjeneste.etterSosialtjenesteloven()) {
      // Integreringsloven: neither § 3 (which office) nor § 2 (residence) of sosialtjenesteloven applies.
      return new ArrayList<>(TJENESTE.get(tjeneste));
    }
    List<Sporsmal> all = new ArrayList<>(ANSVARLIG_KOMMUNE);
    all.add(NORSK_STATSBORGER);
    all.addAll(TJENESTE.get(tjeneste));
    return all;
  }
}
