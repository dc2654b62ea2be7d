package no.fagsys.sosialsak.brev;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.fagsys.sosialsak.klage.OversendKlageListener;
import no.fagsys.sosialsak.klage.SendRettingsbrevListener;
import no.fagsys.sosialsak.klage.StatsforvalterensVedtaksbrev;
import no.fagsys.sosialsak.soknad.SendForelopigSvarListener;
import no.fagsys.sosialsak.vedtak.Vedtak;
import no.fagsys.sosialsak.vedtak.Vedtaksbrev;
import no.fagsys.sosialsak.vilkarsbrudd.SendForhandsvarselListener;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.xml.DomXmpParser;
import org.junit.jupiter.api.Test;

/**
 * Each letter type rendered to PDF/A and read back with PDFBox: the extracted text has every required section in
 * order and the case's facts (æøå intact), the document claims PDF/A-2u with an output intent, and every font is
 * embedded. The PDFs are written to {@code target/brev/} to look at.
 */
class BrevRendererTest {

  static final BrevRenderer RENDERER = BrevTestSupport.renderer();

  /** Names as the identity service would give them; the party and the office's address as the address book does. */
  static final Navn NAVN = new Navn() {
    final Map<String, String> brukere = Map.of("kari", "Kari Hjelper", "kjell", "Kjell Navleder");

    @Override
    public String bruker(String id) {
      return brukere.getOrDefault(id, id);
    }

    @Override
    public String kontor(String kommunenummer) {
      return "Nav Melhus";
    }

    @Override
    public Optional<Postadresse> part(String saksnummer, String sokerReferanse) {
      return saksnummer.startsWith("2026-5028-000001") || "SØKER-ÆØÅ-17".equals(sokerReferanse)
          ? Optional.of(new Postadresse("Åse Ærlig Øien", List.of("Storgata 1", "7224 Melhus"))) : Optional.empty();
    }

    @Override
    public String kontorMedAdresse(String kommunenummer) {
      return "Nav Melhus, Postboks 100, 7224 Melhus";
    }
  };

  static Vedtak vedtak(String hjemmel, String stonadsform, String lanevilkar, String vilkar) {
    return new Vedtak("v-1", "2026-5028-000001", "5028", "pi-1", "OKONOMISK_STONAD", "SOKNAD", "INNVILGET", hjemmel,
        "Du har ikke midler til nødvendig livsopphold, og kan ikke dekke utgiftene på andre måter.",
        "Du er uten inntekt denne måneden og har to barn i husstanden.", null,
        "Barnas behov for bolig og mat er særlig vektlagt.", LocalDate.of(2026, 3, 13), LocalDate.of(2026, 4, 7),
        stonadsform, lanevilkar, vilkar, vilkar == null ? null : true, "kari", "kjell", null,
        Instant.parse("2026-03-13T09:00:00Z"));
  }

  @Test
  void vedtaksbrevetHarSeedensDelerILovensRekkefolgeOgSakensFakta() throws IOException {
    Vedtak v = vedtak("sosialtjenesteloven § 18", "LAN", "Lånet betales tilbake med 500 kroner i måneden fra mai.",
        "Du skal møte til samtale hver fjortende dag.");
    byte[] pdf = RENDERER.pdf(Vedtaksbrev.innhold(v, "SØKER-ÆØÅ-17", LocalDate.of(2026, 3, 2), NAVN));
    lagre("vedtak.pdf", pdf);

    String tekst = tekst(pdf);
    assertThat(tekst).containsSubsequence(
        "Nav Melhus", "13.03.2026", "2026-5028-000001",
        "Åse Ærlig Øien", "Storgata 1", "7224 Melhus",
        "Svar på søknad om økonomisk stønad",
        "Saken gjelder", "Vedtaket gjelder Åse Ærlig Øien, sak 2026-5028-000001.",
        "Du har søkt om økonomisk stønad. Søknaden kom inn til oss 02.03.2026.",
        "Vedtak", "Søknaden din om økonomisk stønad innvilges etter sosialtjenesteloven § 18.",
        "Vedtaket gjelder fra 13.03.2026.", "Endrer situasjonen din seg",
        "Stønadsform", "Stønaden gis som lån (sosialtjenesteloven § 21).", "Lånevilkår: Lånet betales tilbake",
        "Vilkår", "møte til samtale hver fjortende dag", "kan stønaden bli redusert (sosialtjenesteloven § 20)",
        "Relevante opplysninger/faktisk situasjon", "uten inntekt denne måneden",
        "Barnets beste", "Barnas behov",
        "Begrunnelse", "ikke midler til nødvendig livsopphold",
        "Lovhjemmel", "Saken er vurdert etter sosialtjenesteloven § 18, som sier:",
        "De som ikke kan sørge for sitt livsopphold", "Departementet kan gi veiledende retningslinjer",
        "Stønadsformen er fastsatt etter sosialtjenesteloven § 21", "skal vedtaket inneholde bestemmelser om "
            + "lånevilkårene",
        "Generell informasjon", "rett til å få se sakens dokumenter", "forvaltningsloven §§ 18 til 19",
        "Klageadgang", "Klagefristen er 3 uker", "er siste frist 07.04.2026", "Klagen må være skriftlig",
        "kan Nav bistå", "Klagen sendes Nav Melhus, Postboks 100, 7224 Melhus.", "se på saken på nytt",
        "Statsforvalteren i Trøndelag",
        "Kjell Navleder", "Kari Hjelper", "godkjent elektronisk");
    assertThat(tekst).contains("Side 1 av");
    pdfA(pdf);
  }

  @Test
  void vedtaksbrevetSitererHverParagrafHjemmelenNevner() throws IOException {
    Vedtak v = vedtak("sosialtjenesteloven § 20 andre ledd og § 20a tredje ledd", null, null, null);
    String tekst = tekst(RENDERER.pdf(Vedtaksbrev.innhold(v, null, NAVN)));
    assertThat(tekst).containsSubsequence("Lovhjemmel", "Sosialtjenesteloven § 20:", "Vilkårene må ha nær sammenheng",
        "Sosialtjenesteloven § 20a:", "Det skal stilles vilkår om aktivitet", "Generell informasjon")
        .doesNotContain("Stønadsform");
    assertThat(Lovtekster.sitater("sosialtjenesteloven §§ 18 og 19")).extracting(Lovtekster.Sitat::paragraf)
        .containsExactly("sosialtjenesteloven § 18", "sosialtjenesteloven § 19");
    assertThat(Lovtekster.sitater("sosialtjenesteloven § 2, jf. forskrift om sosiale tjenester for personer uten "
        + "fast bopel i Norge § 4")).extracting(Lovtekster.Sitat::paragraf).containsExactly("sosialtjenesteloven § 2");
    assertThat(Lovtekster.sitater("sosialtjenesteloven § 29 første ledd")).singleElement()
        .satisfies(s -> assertThat(s.ledd()).hasSize(4));
    assertThat(Lovtekster.sitater("forvaltningsloven § 33, jf. § 31")).isEmpty();
  }

  @Test
  void hverHjemmelBeslutningstabelleneGirSiteresNarSeedenHarTeksten() {
    for (String hjemmel : List.of("sosialtjenesteloven § 3 første ledd", "sosialtjenesteloven § 17",
        "sosialtjenesteloven § 18", "sosialtjenesteloven § 19", "sosialtjenesteloven § 20",
        "sosialtjenesteloven § 20 tredje ledd", "sosialtjenesteloven § 20a første ledd tredje punktum",
        "sosialtjenesteloven § 27", "sosialtjenesteloven § 28", "sosialtjenesteloven § 29 andre ledd",
        "sosialtjenesteloven § 33", "sosialtjenesteloven § 2")) {
      assertThat(Lovtekster.sitater(hjemmel)).as(hjemmel).isNotEmpty();
    }
  }

  @Test
  void forelopigSvarSierHvorforOgNarSvarKanVentes() throws IOException {
    byte[] pdf = RENDERER.pdf(SendForelopigSvarListener.innhold("2026-5028-000002", "5028", "MIDLERTIDIG_BOTILBUD",
        LocalDate.of(2026, 2, 10), "REF-42", "Vi venter på opplysninger fra Skatteetaten.", LocalDate.of(2026, 4, 15),
        LocalDate.of(2026, 3, 11), "kari", NAVN));
    lagre("forelopig-svar.pdf", pdf);
    assertThat(tekst(pdf)).containsSubsequence("Nav Melhus", "11.03.2026", "2026-5028-000002",
        "Foreløpig svar på søknad om midlertidig botilbud", "Saken gjelder", "mottatt 10.02.2026",
        "Foreløpig svar", "Hvorfor saken tar tid", "venter på opplysninger fra Skatteetaten",
        "Når kan du vente svar", "15.04.2026", "Lovhjemmel", "forvaltningsloven § 11 a", "Generell informasjon",
        "forvaltningsloven §§ 18 til 19", "Kari Hjelper", "saksbehandler");
    pdfA(pdf);
  }

  @Test
  void forhandsvarseletSierHvaSomVurderesSvarfristOgRettenTilAUttaleSeg() throws IOException {
    byte[] pdf = RENDERER.pdf(SendForhandsvarselListener.innhold("2026-5028-000003-V1", "5028", "OKONOMISK_STONAD",
        "v-9", "Møte til samtale hver fjortende dag.", "Møtte ikke til samtalene 2. og 16. mars.", "REDUKSJON",
        "Vi vurderer å redusere stønaden med 20 prosent i april.", LocalDate.of(2026, 3, 31),
        LocalDate.of(2026, 3, 17), "kari", NAVN));
    lagre("forhandsvarsel.pdf", pdf);
    assertThat(tekst(pdf)).containsSubsequence("Nav Melhus", "17.03.2026", "2026-5028-000003-V1",
        "Forhåndsvarsel om nytt vedtak om økonomisk stønad", "Saken gjelder", "vedtak v-9",
        "Hva vi vurderer", "reduksjon av stønaden din", "Vilkåret: Møte til samtale",
        "Hva som har skjedd: Møtte ikke", "redusere stønaden med 20 prosent",
        "Svarfrist", "innen 31.03.2026",
        "Din rett til å uttale deg", "forvaltningsloven § 16", "Hører vi ikke fra deg innen 31.03.2026",
        "Lovhjemmel", "sosialtjenesteloven § 20 tredje ledd, jf. forvaltningsloven § 16",
        "Ved brudd på vilkår kan det fattes vedtak om at stønaden reduseres",
        "Generell informasjon", "ikke et vedtak", "Kari Hjelper");
    pdfA(pdf);
  }

  @Test
  void oversendelsesbrevetHarKommunensVurderingNavngitteVedleggOgKopiTilKlageren() throws IOException {
    byte[] pdf = RENDERER.pdf(OversendKlageListener.innhold("2026-5028-000004-K1", "5028", "OKONOMISK_STONAD", "v-7",
        LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 16), "Jeg klager på avslaget og ber om stønad til husleie.",
        "Innhentet kontoutskrift for februar.", "Søkeren har midler på konto som dekker husleien.",
        "Vi ber Statsforvalteren vurdere saken.", List.of("1 Søknad 10.02.2026", "2 Vedtak 02.03.2026",
            "3 Klage 16.03.2026"), LocalDate.of(2026, 3, 20), "kari", NAVN));
    lagre("klage-oversendelse.pdf", pdf);
    assertThat(tekst(pdf)).containsSubsequence("Nav Melhus", "20.03.2026", "2026-5028-000004-K1",
        "Statsforvalteren i Trøndelag", "Oversendelse av klage – økonomisk stønad", "Saken gjelder",
        "vedtak v-7 av 02.03.2026", "mottatt 16.03.2026", "Klagen", "stønad til husleie",
        "Undersøkelser etter klagen", "kontoutskrift", "Kommunens vurdering", "Vedtaket opprettholdes",
        "midler på konto", "Merknader til oversendelsen", "Vi ber Statsforvalteren", "Til klageren",
        "Vedlegg", "1 Søknad 10.02.2026", "2 Vedtak 02.03.2026", "3 Klage 16.03.2026", "Kopi til: klageren",
        "Kari Hjelper");
    pdfA(pdf);
  }

  @Test
  void statsforvalterensVedtaksbrevErEndeligOgGarTilKlagerenMedKopiTilKommunen() throws IOException {
    Vedtak paklaget = vedtak("sosialtjenesteloven § 18", "BIDRAG", null, null);
    byte[] pdf = RENDERER.pdf(StatsforvalterensVedtaksbrev.innhold("2026-5028-000001-K1", paklaget, "ENDRE",
        "DELVIS_INNVILGET", "Utgiftene til husleie er nødvendige.", "sosialtjenesteloven § 18",
        LocalDate.of(2026, 5, 4), "sara", NAVN));
    lagre("statsforvalterens-vedtak.pdf", pdf);
    String tekst = tekst(pdf);
    assertThat(tekst).containsSubsequence("Statsforvalteren i Trøndelag", "04.05.2026", "2026-5028-000001-K1",
        "Åse Ærlig Øien", "Storgata 1", "7224 Melhus", "Vedtak i klagesaken – økonomisk stønad",
        "Saken gjelder", "Du har klaget på vedtaket fra Nav Melhus av 13.03.2026 om økonomisk stønad",
        "Vedtak", "Vedtaket fra Nav Melhus av 13.03.2026 endres. Saken om økonomisk stønad er delvis innvilget.",
        "Begrunnelse", "Utgiftene til husleie er nødvendige.",
        "Lovhjemmel", "forvaltningsloven §§ 28 til 34", "Sosialtjenesteloven § 18:", "De som ikke kan sørge for",
        "Hva skjer nå", "Dette vedtaket erstatter vedtaket fra Nav Melhus av 13.03.2026",
        "Vedtaket er endelig", "kan ikke påklages videre (forvaltningsloven § 28 tredje ledd)",
        "Generell informasjon", "Kopi til: Nav Melhus", "sara", "for Statsforvalteren i Trøndelag");
    assertThat(tekst).doesNotContain("Klagefristen", "Klageadgang");
    pdfA(pdf);
  }

  @Test
  void vedtakStatsforvalterenHarFattetTilbyrIkkeKlage() throws IOException {
    Vedtak v = vedtak("sosialtjenesteloven § 18", "BIDRAG", null, null);
    Vedtak endelig = new Vedtak(v.id(), v.saksnummer(), v.kommunenummer(), v.prosessinstansId(), v.tjeneste(),
        "KLAGE", v.utfall(), v.hjemmel(), v.begrunnelse(), v.relevanteOpplysninger(), null, null, v.vedtaksdato(),
        v.vedtaksdato(), v.stonadsform(), null, null, null, "sara", "sara", "v-0", v.opprettet());
    String tekst = tekst(RENDERER.pdf(Vedtaksbrev.innhold(endelig, null, NAVN)));
    assertThat(tekst).containsSubsequence("Klageadgang", "Dette vedtaket er endelig og kan ikke påklages videre");
    assertThat(tekst).doesNotContain("Klagefristen", "Klagen sendes");
    assertThat(tekst(RENDERER.pdf(Vedtaksbrev.innhold(v, null, NAVN)))).contains("Klagefristen er 3 uker");
  }

  @Test
  void brevetOmRettingNavnerDetSomManglerOgFristen() throws IOException {
    byte[] pdf = RENDERER.pdf(SendRettingsbrevListener.innhold("2026-5028-000001-K1", "5028", "OKONOMISK_STONAD",
        LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 10), true, false, "Skriv hva du vil at vi skal endre.",
        LocalDate.of(2026, 3, 24), LocalDate.of(2026, 3, 11), "kari", NAVN));
    lagre("klage-retting.pdf", pdf);
    assertThat(tekst(pdf)).containsSubsequence("Nav Melhus", "11.03.2026", "2026-5028-000001-K1", "Åse Ærlig Øien",
        "Storgata 1",
        "Klagen din må rettes – økonomisk stønad", "Saken gjelder", "klagen din av 10.03.2026 på vedtaket av "
            + "02.03.2026", "Hva som mangler", "hvilket vedtak du klager på, og hvilken endring du ønsker",
        "Skriv hva du vil at vi skal endre.", "Frist",
        "Send den rettede klagen til Nav Melhus, Postboks 100, 7224 Melhus, innen 24.03.2026", "Lovhjemmel", "forvaltningsloven § 32",
        "Hjelp", "Kari Hjelper");
    assertThat(tekst(pdf)).doesNotContain("undertegnet av deg");
    pdfA(pdf);
  }

  @Test
  void videresendingenSierHvorSoknadenErSendtOgHvemSomSvarer() throws IOException {
    Navn navn = new Navn() {
      @Override
      public String bruker(String id) {
        return NAVN.bruker(id);
      }

      @Override
      public String kontor(String kommunenummer) {
        return "5001".equals(kommunenummer) ? "Nav Trondheim" : "Nav Melhus";
      }

      @Override
      public Optional<Postadresse> part(String saksnummer, String sokerReferanse) {
        return NAVN.part(saksnummer, sokerReferanse);
      }

      @Override
      public String kontorMedAdresse(String kommunenummer) {
        return "5001".equals(kommunenummer) ? "Nav Trondheim, Postboks 2300 Torgarden, 7004 Trondheim"
            : NAVN.kontorMedAdresse(kommunenummer);
      }
    };
    byte[] pdf = RENDERER.pdf(no.fagsys.sosialsak.soknad.SendVideresendingListener.innhold("2026-5028-000001", "5028",
        "5001", "OKONOMISK_STONAD", LocalDate.of(2026, 3, 2), "SØKER-ÆØÅ-17",
        "Søkeren oppholder seg ikke i kommunen.", "sosialtjenesteloven § 3 første ledd",
        "Søkeren bor og oppholder seg i Trondheim.", LocalDate.of(2026, 3, 3), "kari", navn));
    lagre("videresending.pdf", pdf);
    assertThat(tekst(pdf).replace("- ", "-")).containsSubsequence("Nav Melhus", "03.03.2026", "2026-5028-000001",
        "Åse Ærlig Øien", "Storgata 1", "7224 Melhus",
        "Søknaden din om økonomisk stønad er sendt til Nav Trondheim",
        "Saken gjelder", "mottatt 02.03.2026", "Søknaden er sendt videre", "Nav Trondheim (kommunenummer 5001)",
        "Søknaden er ikke avslått", "Hvorfor", "oppholder seg ikke i kommunen", "bor og oppholder seg i Trondheim",
        "Lovhjemmel", "sosialtjenesteloven § 3 første ledd", "Forvaltningsloven § 7",
        "Lovteksten finner du på Lovdata: sosialtjenesteloven: https://lovdata.no/lov/2009-12-18-131, "
            + "forvaltningsloven: https://lovdata.no/lov/1967-02-10",
        "Hva skjer nå", "Nav Trondheim, Postboks 2300 Torgarden, 7004 Trondheim",
        "Generell informasjon", "ikke et vedtak",
        "Vedlegg", "Søknaden, mottatt 02.03.2026", "Kopi til: Nav Trondheim (med søknaden)", "Kari Hjelper");
    pdfA(pdf);
  }

  /** Every letter type the product produces has its section-by-section test in this class. */
  @Test
  void hverBrevtypeHarSinTest() {
    assertThat(java.util.EnumSet.allOf(BrevType.class)).containsExactlyInAnyOrder(BrevType.VEDTAK,
        BrevType.FORELOPIG_SVAR, BrevType.FORHANDSVARSEL, BrevType.VIDERESENDING, BrevType.KLAGE_OVERSENDELSE,
        BrevType.KLAGE_RETTING, BrevType.STATSFORVALTERENS_VEDTAK);
  }

  @Test
  void renderingstid() {
    Vedtak v = vedtak("sosialtjenesteloven § 18", "BIDRAG", null, "Møt til samtale.");
    Brevinnhold innhold = Vedtaksbrev.innhold(v, "REF-1", NAVN);
    for (int i = 0; i < Integer.getInteger("brev.warmup", 15); i++) {
      RENDERER.pdf(innhold);
    }
    int n = Integer.getInteger("brev.n", 30);
    long start = System.nanoTime();
    int bytes = 0;
    for (int i = 0; i < n; i++) {
      bytes = RENDERER.pdf(innhold).length;
    }
    double ms = (System.nanoTime() - start) / 1e6 / n;
    System.out.printf("Vedtaksbrev: %.1f ms per brev etter oppvarming (%d brev, %d byte)%n", ms, n, bytes);
    assertThat(bytes).isPositive();
  }

  static String tekst(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc).replaceAll("[ \\t]*\\r?\\n[ \\t]*", " ").replaceAll(" +", " ");
    }
  }

  /** PDF/A-2u claimed in the XMP metadata, an output intent, and every font embedded. */
  static void pdfA(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertThat(doc.getDocumentCatalog().getMetadata()).as("XMP").isNotNull();
      XMPMetadata xmp;
      try {
        xmp = new DomXmpParser().parse(doc.getDocumentCatalog().getMetadata().toByteArray());
      } catch (Exception e) {
        throw new AssertionError("XMP kan ikke leses", e);
      }
      PDFAIdentificationSchema pdfa = xmp.getPDFAIdentificationSchema();
      assertThat(pdfa).as("PDF/A-identifikasjon").isNotNull();
      assertThat(pdfa.getPart()).isEqualTo(2);
      assertThat(pdfa.getConformance()).isEqualToIgnoringCase("U");
      assertThat(doc.getDocumentCatalog().getOutputIntents()).as("output intent").isNotEmpty();
      List<String> fonter = new ArrayList<>();
      for (PDPage page : doc.getPages()) {
        for (COSName name : page.getResources().getFontNames()) {
          PDFont font = page.getResources().getFont(name);
          fonter.add(font.getName());
          assertThat(font.isEmbedded()).as("font " + font.getName() + " innebygd").isTrue();
        }
      }
      assertThat(fonter).isNotEmpty().allMatch(f -> f.contains("DejaVuSans"));
    }
  }

  static void lagre(String navn, byte[] pdf) throws IOException {
    Path dir = Path.of("target", "brev");
    Files.createDirectories(dir);
    Files.write(dir.resolve(navn), pdf);
  }
}
