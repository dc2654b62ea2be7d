package no.fagsys.sosialsak.arkitektur;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The house the product is built as, drawn from its imports: the case kernel and the technical shell at the bottom,
 * the processes on top of them, each process a room of its own that reaches another only through the decision steps'
 * call contract ({@code vedtak}), and no cycles between packages. A capability that reports across processes
 * ({@code kapasitet}) stands beside them.
 */
class ArchitectureTest {

  static final String ROOT = "no.fagsys.sosialsak";
  static final String[] KERNEL = {ROOT + ".sak..", ROOT + ".brev..", ROOT + ".frist..", ROOT + ".api..",
      ROOT + ".platform..", ROOT + ".lagring.."};
  static final String[] PROCESSES = {ROOT + ".soknad..", ROOT + ".klage..", ROOT + ".vilkarsbrudd..",
      ROOT + ".vedtak.."};

  static JavaClasses product;

  @BeforeAll
  static void importProduct() {
    product = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages(ROOT);
  }

  /** The kernel (case, letters, deadlines, API shell, platform, retention) knows no process. */
  static final ArchRule KJERNEN_KJENNER_INGEN_PROSESS = noClasses().that().resideInAnyPackage(KERNEL)
      .should().dependOnClassesThat().resideInAnyPackage(PROCESSES)
      .because("the case kernel is the foundation the processes build on (issue 20); a process contributes its "
          + "endpoints, timeline steps and retention rule itself");

  @Test
  void kjernenKjennerIngenProsess() {
    KJERNEN_KJENNER_INGEN_PROSESS.check(product);
  }

  @Test
  void soknadNarBareVedtaksstegene() {
    noClasses().that().resideInAPackage(ROOT + ".soknad..").should().dependOnClassesThat()
        .resideInAnyPackage(ROOT + ".klage..", ROOT + ".vilkarsbrudd..", ROOT + ".kapasitet..")
        .check(product);
  }

  @Test
  void klageNarBareVedtaksstegene() {
    noClasses().that().resideInAPackage(ROOT + ".klage..").should().dependOnClassesThat()
        .resideInAnyPackage(ROOT + ".soknad..", ROOT + ".vilkarsbrudd..", ROOT + ".kapasitet..")
        .check(product);
  }

  @Test
  void vilkarsbruddNarBareVedtaksstegene() {
    noClasses().that().resideInAPackage(ROOT + ".vilkarsbrudd..").should().dependOnClassesThat()
        .resideInAnyPackage(ROOT + ".soknad..", ROOT + ".klage..", ROOT + ".kapasitet..")
        .check(product);
  }

  @Test
  void vedtaksstegeneKjennerIngenSomKallerDem() {
    noClasses().that().resideInAPackage(ROOT + ".vedtak..").should().dependOnClassesThat()
        .resideInAnyPackage(ROOT + ".soknad..", ROOT + ".klage..", ROOT + ".vilkarsbrudd..", ROOT + ".kapasitet..")
        .check(product);
  }

  @Test
  void kapasitetskartleggingenStarAlene() {
    noClasses().that().resideInAPackage(ROOT + ".kapasitet..").should().dependOnClassesThat()
        .resideInAnyPackage(PROCESSES).check(product);
  }

  /** The archive and the audit replay are infrastructure beside the kernel: they know no process either. */
  @Test
  void arkivetOgEtterprovingenKjennerIngenProsess() {
    noClasses().that().resideInAnyPackage(ROOT + ".arkiv..", ROOT + ".revisjon..").should().dependOnClassesThat()
        .resideInAnyPackage(PROCESSES).check(product);
  }

  @Test
  void ingenSykler() {
    slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(product);
  }
}
