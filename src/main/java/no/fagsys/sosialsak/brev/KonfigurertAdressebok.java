package no.fagsys.sosialsak.brev;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The address book from configuration ({@code sosialsak.adressebok}): the offices' postal addresses per municipality,
 * set per installation, and the persons known by reference. No population register can be reached from here, so the
 * demo profile lists pseudonymous demo persons ({@code application-demo.yaml}); a production installation plugs its
 * Folkeregister integration in as another {@link Adressebok}. A reference nobody knows gets a letter addressed by the
 * reference, which the office completes before posting.
 *
 * @param kontorer kommunenummer → the office's address lines, e.g. {@code [Rådhusvegen 1, 7224 Melhus]}
 * @param personer reference → name and address lines
 */
@ConfigurationProperties("sosialsak.adressebok")
public record KonfigurertAdressebok(Map<String, List<String>> kontorer, Map<String, Person> personer)
    implements Adressebok {

  public KonfigurertAdressebok {
    kontorer = kontorer == null ? Map.of() : Map.copyOf(kontorer);
    personer = personer == null ? Map.of() : Map.copyOf(personer);
  }

  /** A person as configured. */
  public record Person(String navn, List<String> adresse) {}

  @Override
  public Optional<Postadresse> person(String sokerReferanse) {
    Person p = sokerReferanse == null ? null : personer.get(sokerReferanse.strip());
    return p == null || p.navn() == null || p.navn().isBlank() ? Optional.empty()
        : Optional.of(new Postadresse(p.navn().strip(), p.adresse()));
  }

  @Override
  public List<String> kontoradresse(String kommunenummer) {
    return kommunenummer == null ? List.of() : kontorer.getOrDefault(kommunenummer, List.of());
  }
}
