package no.fagsys.sosialsak.soknad;

import no.fagsys.sosialsak.platform.dmn.DecisionCsv;
import no.fagsys.sosialsak.platform.dmn.DecisionTables;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.test.junit5.DmnEngineExtension;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.aggregator.ArgumentsAccessor;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * Sosialtjenesteloven §§ 20 og 20a: vilkår om aktivitet og opplæring (aldersgrensen 29/30).
 * Table: decisions/vilkarOmAktivitet.dmn, decision {@code vilkarOmAktivitet}; rows: src/test/resources/decisions/vilkarOmAktivitet.csv
 * (columns and markers: {@link DecisionCsv}).
 */
class VilkarOmAktivitetTest {

  @RegisterExtension
  static final DmnEngineExtension DMN = DecisionTables.dmnEngineExtension();

  @ParameterizedTest
  @CsvFileSource(resources = "/decisions/vilkarOmAktivitet.csv", useHeadersInDisplayName = true, nullValues = "null")
  void vilkarOmAktivitet(ArgumentsAccessor rad, DmnEngine dmnEngine) {
    DecisionCsv.verify(dmnEngine, DecisionCsv.row("vilkarOmAktivitet", rad));
  }
}
