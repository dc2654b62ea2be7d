package no.fagsys.sosialsak.lagring;

import java.util.Map;
import no.fagsys.sosialsak.kapasitet.KapasitetskartleggingProcess;
import no.fagsys.sosialsak.klage.KlageProcess;
import no.fagsys.sosialsak.soknad.SoknadProcess;
import no.fagsys.sosialsak.vedtak.VedtakProcess;
import no.fagsys.sosialsak.vilkarsbrudd.VilkarsbruddProcess;

/** The retention rule each process's constants class names, by process key (the kernel knows no process). */
public final class Lagringsregler {

  public static final Map<String, Lagringstid> PROSESSER = Map.of(
      SoknadProcess.KEY, SoknadProcess.LAGRINGSTID,
      VedtakProcess.KEY, VedtakProcess.LAGRINGSTID,
      KlageProcess.KEY, KlageProcess.LAGRINGSTID,
      VilkarsbruddProcess.KEY, VilkarsbruddProcess.LAGRINGSTID,
      KapasitetskartleggingProcess.KEY, KapasitetskartleggingProcess.LAGRINGSTID,
      KapasitetskartleggingProcess.KOMMUNE_KEY, KapasitetskartleggingProcess.LAGRINGSTID);

  private Lagringsregler() {}
}
