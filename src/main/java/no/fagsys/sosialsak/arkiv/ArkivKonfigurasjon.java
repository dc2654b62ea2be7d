package no.fagsys.sosialsak.arkiv;

import java.nio.file.Path;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Which {@link Arkiv} the outbox delivers to ({@code sosialsak.arkiv.type}): {@code mappe} (the default) writes a
 * folder per message under {@code sosialsak.arkiv.mappe}; {@code fiks-io} sends through the {@link FiksIoArkiv.Sender}
 * bean the Fiks IO integration provides (docs/arkiv.md).
 */
@Configuration
public class ArkivKonfigurasjon {

  @Bean
  Arkiv arkiv(@Value("${sosialsak.arkiv.type:mappe}") String type,
      @Value("${sosialsak.arkiv.mappe:./data/arkiv}") String mappe, ObjectProvider<FiksIoArkiv.Sender> fiksIo) {
    return switch (type) {
      case "mappe" -> new MappeArkiv(Path.of(mappe));
      case "fiks-io" -> new FiksIoArkiv(fiksIo.getIfAvailable(() -> {
        throw new IllegalStateException("sosialsak.arkiv.type=fiks-io krever en FiksIoArkiv.Sender (Fiks IO-klienten)");
      }));
      default -> throw new IllegalStateException("Ukjent sosialsak.arkiv.type: " + type + " (mappe eller fiks-io)");
    };
  }
}
