package no.fagsys.sosialsak.brev;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import com.openhtmltopdf.util.XRLog;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.logging.Level;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Renders a {@link Brevinnhold} as a PDF/A-2u document: Thymeleaf ({@code templates/brev/<type>.html}, all on the
 * shared layout {@code templates/brev/layout.html}) to XHTML, then openhtmltopdf (PDFBox 3) to PDF. The font is
 * DejaVu Sans, embedded (PDF/A requires it; it has æøå), and the output intent is the JDK's sRGB profile. Thread
 * safe: one instance serves every letter; its own template engine (SpEL, no application context needed), so it works
 * in plain engine tests too.
 *
 * <p>The two font files are parsed once per concurrent rendering, not once per letter: a parsed font (like an XML
 * parser) is not thread safe, so each rendering borrows a parsed pair and a parser from {@link #verktoy} (or makes
 * them when all are in use) and gives them back; the pool holds at most as many sets as letters were ever rendered at
 * the same time. Each letter embeds its own subset of the font (PDFBox reads the shared parsed font, the document owns
 * the subset).
 */
@Component
public class BrevRenderer {

  /** The font family the templates name. */
  public static final String FONT = "DejaVu Sans";

  private static final String FONT_DIR = "/net/sf/jasperreports/fonts/dejavu/";

  private static final Map<BrevType, String> MALER = Map.of(
      BrevType.VEDTAK, "brev/vedtak",
      BrevType.FORELOPIG_SVAR, "brev/forelopig-svar",
      BrevType.FORHANDSVARSEL, "brev/forhandsvarsel",
      BrevType.KLAGE_OVERSENDELSE, "brev/klage-oversendelse",
      BrevType.KLAGE_RETTING, "brev/klage-retting",
      BrevType.STATSFORVALTERENS_VEDTAK, "brev/statsforvalterens-vedtak",
      BrevType.VIDERESENDING, "brev/videresending");

  private static final Locale BOKMAL = Locale.forLanguageTag("nb-NO");

  private final SpringTemplateEngine maler;
  private final byte[] regular;
  private final byte[] bold;
  private final byte[] srgb;
  private final Queue<Verktoy> verktoy = new ConcurrentLinkedQueue<>();

  /** DejaVu Sans regular and bold, parsed, and an XML parser for the XHTML: what one rendering needs to itself. */
  private record Verktoy(TrueTypeFont regular, TrueTypeFont bold, DocumentBuilder xml) {}

  static {
    // openhtmltopdf logs every font load and stylesheet parse at INFO on the console: only warnings, please.
    XRLog.listRegisteredLoggers().forEach(logger -> XRLog.setLevel(logger, Level.WARNING));
  }

  public BrevRenderer() {
    ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(BrevRenderer.class.getClassLoader());
    resolver.setPrefix("templates/");
    resolver.setSuffix(".html");
    resolver.setTemplateMode(TemplateMode.HTML);
    resolver.setCharacterEncoding("UTF-8");
    resolver.setCacheable(true);
    maler = new SpringTemplateEngine();
    maler.setEnableSpringELCompiler(true);
    maler.setTemplateResolver(resolver);
    regular = ressurs(FONT_DIR + "DejaVuSans.ttf");
    bold = ressurs(FONT_DIR + "DejaVuSans-Bold.ttf");
    srgb = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
  }

  /** The letter as XHTML, as the PDF is rendered from. */
  public String html(Brevinnhold innhold) {
    Context context = new Context(BOKMAL);
    context.setVariable("brev", innhold);
    return maler.process(MALER.get(innhold.type()), context);
  }

  /** The letter as a PDF/A-2u document. */
  public byte[] pdf(Brevinnhold innhold) {
    String html = html(innhold);
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    Verktoy egne = verktoy.poll();
    try (PDDocument doc = new PDDocument()) {
      if (egne == null) {
        egne = new Verktoy(parse(regular), parse(bold), xmlParser());
      }
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.usePDDocument(doc);
      builder.usePdfAConformance(PdfAConformance.PDFA_2_U);
      builder.useColorProfile(srgb);
      builder.useFont(new PDFontSupplier(PDType0Font.load(doc, egne.regular(), true)), FONT, 400,
          FontStyle.NORMAL, true);
      builder.useFont(new PDFontSupplier(PDType0Font.load(doc, egne.bold(), true)), FONT, 700,
          FontStyle.NORMAL, true);
      builder.withW3cDocument(xhtml(egne.xml(), html), null);
      builder.toStream(out);
      builder.run();
    } catch (IOException e) {
      throw new UncheckedIOException("Brevet kunne ikke lages som PDF", e);
    } finally {
      if (egne != null) {
        egne.xml().reset();
        verktoy.offer(egne);
      }
    }
    return out.toByteArray();
  }

  /**
   * The letter's XHTML as a DOM, parsed here rather than by openhtmltopdf: it would look up a SAX parser and an XSLT
   * transformer through the JAXP service lookup (a scan of every jar on the class path) for every letter, then copy
   * the SAX events into a DOM. Same settings as openhtmltopdf's: namespace aware, not validating, no external entities
   * or DTDs.
   */
  private static Document xhtml(DocumentBuilder xml, String html) throws IOException {
    try {
      return xml.parse(new InputSource(new StringReader(html)));
    } catch (SAXException e) {
      throw new IllegalStateException("Brevmalen ga ikke gyldig XHTML: " + e.getMessage(), e);
    }
  }

  private static DocumentBuilder xmlParser() throws IOException {
    // newDefaultInstance: the JDK's parser without the service lookup.
    DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
    factory.setNamespaceAware(true);
    factory.setValidating(false);
    factory.setXIncludeAware(false);
    factory.setExpandEntityReferences(false);
    try {
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
      factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      return factory.newDocumentBuilder();
    } catch (ParserConfigurationException e) {
      throw new IOException("XML-parseren kunne ikke settes opp", e);
    }
  }

  private static TrueTypeFont parse(byte[] ttf) throws IOException {
    TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(ttf));
    // No glyph substitution: PDFBox would otherwise run DejaVu's Latin GSUB features (ligatures such as "fi") over
    // every string it writes, which was a seventh of a letter's rendering time, for text that has no use for them
    // (æ, ø and å are single characters). Each letter is then set in plain glyphs, and copied text is the letters'.
    font.setEnableGsub(false);
    return font;
  }

  private static byte[] ressurs(String navn) {
    try (InputStream in = BrevRenderer.class.getResourceAsStream(navn)) {
      if (in == null) {
        throw new IllegalStateException("Fonten " + navn + " finnes ikke på klassestien (jasperreports-fonts)");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
