package no.fagsys.sosialsak.arkiv;

import java.io.IOException;
import java.io.StringReader;
import java.net.URL;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.SAXException;

/**
 * The Fiks Arkiv V1 schema of the {@code arkivmelding} (KS, unchanged, in {@code src/main/resources/fiks-arkiv-v1/}),
 * loaded once: every message is checked against it before it leaves, so an invalid message fails its job (and shows
 * as an incident) instead of reaching the archive.
 */
public final class ArkivmeldingSkjema {

  static final String SKJEMA = "/fiks-arkiv-v1/no.ks.fiks.arkiv.v1.arkivering.arkivmelding.opprett.xsd";

  private static final Schema SCHEMA = last();

  private ArkivmeldingSkjema() {}

  private static Schema last() {
    try {
      SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
      // The schema imports metadatakatalog.xsd from its own folder (file: or jar:), nothing from the network.
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar,jar:file");
      URL url = ArkivmeldingSkjema.class.getResource(SKJEMA);
      return factory.newSchema(url);
    } catch (SAXException e) {
      throw new IllegalStateException("Skjemaet for arkivmelding kunne ikke lastes", e);
    }
  }

  /** Throws {@link IllegalArgumentException} naming the first error when the XML is not a valid arkivmelding. */
  public static void valider(String xml) {
    try {
      Validator validator = SCHEMA.newValidator();
      validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      validator.validate(new StreamSource(new StringReader(xml)));
    } catch (SAXException | IOException e) {
      throw new IllegalArgumentException("Arkivmeldingen er ikke gyldig etter Fiks Arkiv-skjemaet: " + e.getMessage(),
          e);
    }
  }
}
