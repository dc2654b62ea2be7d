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
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.logging.Level;
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

/**
 * Renders a {@link Brevinnhold} as a PDF/A-2u document: Thymeleaf ({@code templates/brev/<type>.html}, all on the
 * shared layout {@code templates/brev/layout.html}) to XHTML, then openhtmltopdf (PDFBox 3) to PDF. The font is
 * DejaVu Sans, embedded (PDF/A requires it; it has æøå), and the output intent is the JDK's sRGB profile. Thread
 * safe: one instance serves every letter; its own template engine (SpEL, no application context needed), so it works
 * in plain engine tests too.
 *
 * <p>The two font files are parsed once per concurrent rendering, not once per letter: a parsed font is not thread
 * safe, so each rendering borrows a parsed pair from {@link #fontsett} (or parses one when all are in use) and gives
 * it back; the pool holds at most as many pairs as letters were ever rendered at the same time. Each letter embeds
 * its own subset of the font (PDFBox reads the shared parsed font, the document owns the subset).
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
      BrevType.KLAGE_OVERSENDELSE, "brev/klage-oversendelse");

  private static final Locale BOKMAL = Locale.forLanguageTag("nb-NO");

  private final SpringTemplateEngine maler;
  private final byte[] regular;
  private final byte[] bold;
  private final byte[] srgb;
  private final Queue<Fontsett> fontsett = new ConcurrentLinkedQueue<>();

  /** DejaVu Sans regular and bold, parsed. */
  private record Fontsett(TrueTypeFont regular, TrueTypeFont bold) {}

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
    Fontsett fonter = fontsett.poll();
    try (PDDocument doc = new PDDocument()) {
      if (fonter == null) {
        fonter = new Fontsett(parse(regular), parse(bold));
      }
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.usePDDocument(doc);
      builder.usePdfAConformance(PdfAConformance.PDFA_2_U);
      builder.useColorProfile(srgb);
      builder.useFont(new PDFontSupplier(PDType0Font.load(doc, fonter.regular(), true)), FONT, 400,
          FontStyle.NORMAL, true);
      builder.useFont(new PDFontSupplier(PDType0Font.load(doc, fonter.bold(), true)), FONT, 700,
          FontStyle.NORMAL, true);
      builder.withHtmlContent(html, null);
      builder.toStream(out);
      builder.run();
    } catch (IOException e) {
      throw new UncheckedIOException("Brevet kunne ikke lages som PDF", e);
    } finally {
      if (fonter != null) {
        fontsett.offer(fonter);
      }
    }
    return out.toByteArray();
  }

  private static TrueTypeFont parse(byte[] ttf) throws IOException {
    return new TTFParser().parse(new RandomAccessReadBuffer(ttf));
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
