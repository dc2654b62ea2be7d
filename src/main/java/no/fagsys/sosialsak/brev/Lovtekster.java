package no.fagsys.sosialsak.brev;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The legal texts a letter quotes, word for word as the seed gives them (seed 004: sosialtjenesteloven §§ 1–3, 17–21,
 * 27–29, 33) or as Lovdata publishes them (forskrift om sosiale tjenester for personer uten fast bopel i Norge § 1,
 * FOR-2011-12-16-1251), keyed by provision. {@link #sitater(String)} reads a {@code hjemmel} value as the decision
 * tables and forms write it ({@code sosialtjenesteloven § 29 første ledd}, {@code sosialtjenesteloven § 20 andre ledd
 * og § 20a tredje ledd}, {@code sosialtjenesteloven § 2, jf. forskrift … § 1}) and returns the known sections it
 * names, each quoted whole. A provision whose exact text could not be verified here (the regulation's §§ 2–4,
 * forvaltningsloven, integreringsloven) is named and explained in the letter, never quoted from memory, and
 * {@link #kilder(String)} gives the Lovdata address of every act the hjemmel names, as the seed's sample letter does.
 */
public final class Lovtekster {

  /** A quoted section: its name ({@code sosialtjenesteloven § 18}) and its paragraphs. */
  public record Sitat(String paragraf, List<String> ledd) {}

  private static final String SOTJL = "sosialtjenesteloven";
  /** The regulation under § 2 (FOR-2011-12-16-1251), as hjemmel texts name it. */
  public static final String BOPELSFORSKRIFTEN = "forskrift om sosiale tjenester for personer uten fast bopel i Norge";

  /** Where each act's full text is published (Lovdata's permanent addresses). */
  private static final Map<String, String> LOVDATA = new LinkedHashMap<>();

  static {
    LOVDATA.put(SOTJL, "https://lovdata.no/lov/2009-12-18-131");
    LOVDATA.put(BOPELSFORSKRIFTEN, "https://lovdata.no/forskrift/2011-12-16-1251");
    LOVDATA.put("forvaltningsloven", "https://lovdata.no/lov/1967-02-10");
    LOVDATA.put("integreringsloven", "https://lovdata.no/lov/2020-11-06-127");
  }

  private static final Map<String, List<String>> TEKSTER = new LinkedHashMap<>();

  static {
    sotjl("1",
        "Formålet med loven er å bedre levekårene for vanskeligstilte, bidra til sosial og økonomisk trygghet, "
            + "herunder at den enkelte får mulighet til å leve og bo selvstendig, og fremme overgang til arbeid, "
            + "sosial inkludering og aktiv deltakelse i samfunnet.",
        "Loven skal bidra til at utsatte barn og unge og deres familier får et helhetlig og samordnet "
            + "tjenestetilbud.",
        "Loven skal bidra til likeverd og likestilling og forebygge sosiale problemer.");
    sotjl("2",
        "Lovens bestemmelser om tjenester gjelder for alle som oppholder seg i riket. Kongen kan gi forskrifter "
            + "som begrenser anvendelsen av loven til personer som ikke er norske statsborgere, eller som ikke har "
            + "bopel i riket.");
    sotjl("3",
        "Kommunen er ansvarlig for å utføre oppgavene etter denne loven som ikke er lagt til et statlig organ, og å "
            + "yte tjenester etter loven til alle som oppholder seg i kommunen.",
        "For den som oppholder seg i institusjon eller bolig med heldøgns omsorgstjenester, skal tjenestene likevel "
            + "ytes av den kommunen som var oppholdskommune forut for inntaket i institusjon eller bolig med heldøgns "
            + "omsorgstjenester. Dette gjelder også tjenester før utskriving i forbindelse med utskriving og "
            + "etablering.",
        "Etter utskrivingen skal de sosiale tjenestene ytes av den kommunen der vedkommende tar opphold. Tar "
            + "vedkommende opphold i den kommunen som institusjonen eller boligen ligger i, kan utgiftene kreves "
            + "refundert av oppholdskommunen forut for inntaket.",
        "Kommunens myndighet etter denne loven kan etter reglene i kommuneloven delegeres til et interkommunalt "
            + "organ eller en annen kommune.");
    sotjl("17",
        "Kommunen skal gi opplysning, råd og veiledning som kan bidra til å løse eller forebygge sosiale problemer. "
            + "Kan kommunen ikke selv gi slik hjelp, skal den så vidt mulig sørge for at andre gjør det.");
    sotjl("18",
        "De som ikke kan sørge for sitt livsopphold gjennom arbeid eller ved å gjøre gjeldende økonomisk "
            + "rettigheter, har krav på økonomisk stønad.",
        "Stønaden bør ta sikte på å gjøre vedkommende selvhjulpen.",
        "Ved vurdering av søknad om stønad til familier skal det ikke tas hensyn til barns inntekt av arbeid i "
            + "fritid og skoleferier.",
        "Departementet kan gi veiledende retningslinjer om stønadsnivået.");
    sotjl("19",
        "Kommunen kan i særlige tilfeller, selv om vilkårene i § 18 ikke er tilstede, yte økonomisk hjelp til "
            + "personer som trenger det for å kunne overvinne eller tilpasse seg en vanskelig livssituasjon.");
    sotjl("20",
        "Det kan settes vilkår for tildeling av økonomisk stønad, herunder at mottakeren i stønadsperioden skal "
            + "utføre passende arbeidsoppgaver i bostedskommunen, se også § 21 tredje ledd og § 25.",
        "Vilkårene må ha nær sammenheng med vedtaket. De må ikke være uforholdsmessig byrdefulle for "
            + "stønadsmottaker eller begrense hans eller hennes handle- eller valgfrihet på en urimelig måte. "
            + "Vilkårene må heller ikke være i strid med andre bestemmelser i loven her eller andre lover.",
        "Ved brudd på vilkår kan det fattes vedtak om at stønaden reduseres, forutsatt at det i vedtaket om stønad "
            + "er informert om muligheten for slik reduksjon. Departementet kan i forskrift gi nærmere regler om "
            + "reduksjon av stønaden.");
    sotjl("20a",
        "Det skal stilles vilkår om aktivitet for tildeling av økonomisk stønad til personer under 30 år. Dersom "
            + "manglende norsk- eller samiskkunnskaper er årsaken til at personen ikke er selvhjulpen, skal det "
            + "vurderes å stille vilkår om norsk- eller samiskopplæring. Dersom vedkommende har hatt rett og plikt "
            + "til å delta i introduksjonsprogram, jf. integreringsloven § 8, og manglende norskkunnskaper er "
            + "årsaken til at personen ikke er selvhjulpen, skal det stilles vilkår om norskopplæring. Tredje "
            + "punktum gjelder ikke for samiskspråklige stønadsmottakere. Det skal ikke stilles vilkår om aktivitet "
            + "når tungtveiende grunner taler mot det.",
        "Det kan også stilles andre vilkår for tildeling av økonomisk stønad, inkludert vilkår etter § 25.",
        "Vilkårene må ha nær sammenheng med vedtaket. De må ikke være uforholdsmessig byrdefulle for "
            + "stønadsmottakeren eller begrense hans eller hennes handle- og valgfrihet på en urimelig måte. "
            + "Vilkårene må heller ikke være i strid med andre bestemmelser i loven her eller i andre lover. Ved "
            + "brudd på vilkår kan det fattes vedtak om at stønaden reduseres, forutsatt at det i vedtaket om "
            + "stønad er informert om muligheten for slik reduksjon.",
        "Kommunen kan innhente opplysninger om stønadsmottakeres rett og plikt til deltakelse i "
            + "introduksjonsprogram fra Nasjonalt introduksjonsregister.",
        "Departementet kan i forskrift gi nærmere regler om plikten til å stille vilkår om aktivitet og reduksjon "
            + "av stønaden.");
    sotjl("21",
        "Økonomisk stønad gis som bidrag, lån, garanti for lån, eller varer og tjenester.",
        "Økonomisk stønad i form av lån bør vurderes i forhold til om stønadsmottakeren vil bli i stand til å "
            + "tilbakebetale lånet.",
        "Er stønaden gitt som lån eller garanti for lån, skal vedtaket inneholde bestemmelser om lånevilkårene.",
        "Hvis det på grunn av særlige forhold må antas at stønadsmottakeren ikke vil bruke stønaden i samsvar med "
            + "vilkår som er fastsatt etter § 20, kan det vedtas at stønaden helt eller delvis skal gis i form av "
            + "varer og tjenester.");
    sotjl("27", "Kommunen er forpliktet til å finne midlertidig botilbud for dem som ikke klarer det selv.");
    sotjl("28",
        "Den som har behov for langvarige og koordinerte tjenester, har rett til å få utarbeidet individuell plan. "
            + "Planen skal utformes i samarbeid med tjenestemottakeren, jf. § 42.",
        "Kommunen skal samarbeide med andre tjenesteytere om planen for å bidra til et helhetlig tilbud for den det "
            + "gjelder.",
        "Departementet kan i forskrift gi nærmere bestemmelser om hvem rettigheten gjelder for, og om planens "
            + "innhold.");
    sotjl("29",
        "Kvalifiseringsprogram gjelder for personer i yrkesaktiv alder med vesentlig nedsatt arbeids- og "
            + "inntektsevne og ingen eller svært begrensede ytelser til livsopphold etter folketrygdloven eller "
            + "arbeidsmarkedsloven.",
        "Rett til kvalifiseringsprogram forutsetter at søkeren har gjennomgått en arbeidsevnevurdering og at tett "
            + "og koordinert bistand gjennom deltakelse i programmet vurderes som hensiktsmessig og nødvendig for å "
            + "styrke vedkommendes mulighet for deltakelse i arbeidslivet.",
        "Kommunen er ikke forpliktet til å innvilge program dersom det på grunn av forhold ved søkeren vil være "
            + "uforholdsmessig byrdefullt å tilby et program.",
        "Departementet kan i forskrift gi nærmere bestemmelser om retten til kvalifiseringsprogram og om bruken av "
            + "arbeidsevnevurderinger.");
    // Lovdata, FOR-2011-12-16-1251 § 1 (in force from 01.05.2014), word for word.
    TEKSTER.put(BOPELSFORSKRIFTEN + " § 1", List.of(
        "Personer som ikke er norske statsborgere og som ikke har bopel i riket, har ikke krav på individuelle "
            + "tjenester etter loven, med unntak av opplysning, råd og veiledning.",
        "Hvis en person som nevnt i første ledd ikke kan sørge for sitt livsopphold, har vedkommende rett til "
            + "økonomisk stønad og hjelp til å finne midlertidig botilbud i henhold til loven. Hjelp gis inntil "
            + "vedkommende kan forventes å få bistand fra kilder i hjemlandet.",
        "Første og andre ledd gjelder ikke dersom annet følger av avtale Norge har inngått med vedkommendes "
            + "hjemland, eller av multilaterale avtaler eller konvensjoner. Særlig aktuelle er EØS-avtalen og Nordisk "
            + "konvensjon om sosialhjelp og sosiale tjenester.",
        "Første og andre ledd gjelder ikke antatte ofre for menneskehandel som er innvilget begrenset "
            + "oppholdstillatelse etter utlendingsforskriften § 8-3 første og andre ledd (refleksjonsperiode mv.), "
            + "eller personer som har rett til å bli i landet mens søknad om oppholdstillatelse eller klage på vedtak "
            + "i sak om opphold er til behandling hos utlendingsmyndighetene, ved norsk domstol eller hos "
            + "internasjonalt klageorgan som Norge har anerkjent."));
    sotjl("33",
        "Deltakere i kvalifiseringsprogram har rett til individuell plan. Planen skal utformes i samarbeid med "
            + "deltakeren, jf. § 42.",
        "Kommunens ansvar etter § 28 annet og tredje ledd gjelder tilsvarende.");
  }

  /** A law's or regulation's name in a hjemmel text, followed by its section numbers until the next name. */
  private static final Pattern LOV = Pattern.compile(
      "(sosialtjenesteloven|forvaltningsloven|integreringsloven|forskrift(?:en)?[^§,]*)", Pattern.CASE_INSENSITIVE);
  /** The regulation under § 2, however a hjemmel or question names it. */
  private static final Pattern BOPEL = Pattern.compile(
      "forskrift(?:en)? om sosiale tjenester for personer uten fast bopel(?: i Norge)?|forskriften(?:s)?\\b",
      Pattern.CASE_INSENSITIVE);
  /** A section number: digits and an optional letter that is not the start of a word ({@code 20a}, not {@code 3 f}). */
  private static final String NR = "\\d+(?:\\s?[a-z](?!\\p{L}))?";
  private static final Pattern PARAGRAF = Pattern.compile("§§?\\s*" + NR + "(?:\\s*(?:,|og|–|-)\\s*" + NR + ")*");
  private static final Pattern NUMMER = Pattern.compile(NR);

  private Lovtekster() {}

  private static void sotjl(String paragraf, String... ledd) {
    TEKSTER.put(SOTJL + " § " + paragraf, List.of(ledd));
  }

  /** The act a name in a hjemmel text stands for: the regulation under § 2, another regulation, or a law. */
  private static String lovnavn(String navn) {
    String n = navn.strip().toLowerCase(Locale.ROOT);
    if (BOPEL.matcher(n).lookingAt()) {
      return BOPELSFORSKRIFTEN;
    }
    return n.startsWith("forskrift") ? "forskrift" : n;
  }

  /**
   * Where to read the acts a hjemmel text names in full, in the order named: {@code forvaltningsloven:
   * https://lovdata.no/lov/1967-02-10}. Empty when it names none this product knows.
   */
  public static List<String> kilder(String hjemmel) {
    List<String> kilder = new ArrayList<>();
    if (hjemmel == null) {
      return kilder;
    }
    Matcher lov = LOV.matcher(hjemmel);
    while (lov.find()) {
      String navn = lovnavn(lov.group(1));
      String adresse = LOVDATA.get(navn);
      String kilde = navn + ": " + adresse;
      if (adresse != null && !kilder.contains(kilde)) {
        kilder.add(kilde);
      }
    }
    return kilder;
  }

  /** The sentence that tells the reader where the acts a hjemmel names are published; {@code null} when none. */
  public static String lovdata(String hjemmel) {
    List<String> kilder = kilder(hjemmel);
    return kilder.isEmpty() ? null : "Lovteksten finner du på Lovdata: " + String.join(", ", kilder) + ".";
  }

  /** The seed's text of a section, e.g. {@code tekst("sosialtjenesteloven § 28")}; empty when not known. */
  public static List<String> tekst(String paragraf) {
    return TEKSTER.getOrDefault(paragraf, List.of());
  }

  /** The known sections a hjemmel text names, in the order named, each once. */
  public static List<Sitat> sitater(String hjemmel) {
    List<Sitat> sitater = new ArrayList<>();
    if (hjemmel == null) {
      return sitater;
    }
    Matcher lov = LOV.matcher(hjemmel);
    List<int[]> starter = new ArrayList<>();
    List<String> lover = new ArrayList<>();
    while (lov.find()) {
      starter.add(new int[] {lov.start(), lov.end()});
      lover.add(lovnavn(lov.group(1)));
    }
    for (int i = 0; i < starter.size(); i++) {
      int slutt = i + 1 < starter.size() ? starter.get(i + 1)[0] : hjemmel.length();
      Matcher paragraf = PARAGRAF.matcher(hjemmel.substring(starter.get(i)[1], slutt));
      while (paragraf.find()) {
        Matcher nummer = NUMMER.matcher(paragraf.group());
        while (nummer.find()) {
          String navn = lover.get(i) + " § " + nummer.group().replace(" ", "");
          List<String> tekst = tekst(navn);
          if (!tekst.isEmpty() && sitater.stream().noneMatch(s -> s.paragraf().equals(navn))) {
            sitater.add(new Sitat(navn, tekst));
          }
        }
      }
    }
    return sitater;
  }
}
