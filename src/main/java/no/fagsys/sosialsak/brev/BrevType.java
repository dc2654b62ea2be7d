package no.fagsys.sosialsak.brev;

/** The letters the product produces, each at one step of a process. */
public enum BrevType {
  /** The decision letter of an issued decision ({@code vedtak}, {@code Task_FattVedtak}). */
  VEDTAK,
  /** The interim reply when a decision is not made within a month ({@code soknad}, {@code Task_SendForelopigSvar}). */
  FORELOPIG_SVAR,
  /** The advance notice before a new decision after a condition breach ({@code vilkarsbrudd}). */
  FORHANDSVARSEL,
  /** An application forwarded to the responsible municipality (§ 3, fvl. § 7), copy to that office ({@code soknad}). */
  VIDERESENDING,
  /** The letter forwarding a complaint to Statsforvalteren, with a copy to the complainant ({@code klage}). */
  KLAGE_OVERSENDELSE,
  /** The letter asking the complainant to correct the complaint, by a deadline ({@code klage}, fvl. § 32). */
  KLAGE_RETTING,
  /**
   * Statsforvalteren's decision in a complaint case (dismiss, uphold, change, quash), to the complainant with a copy
   * to the municipality; final ({@code klage}, {@code Task_SendStatsforvalterensVedtak}).
   */
  STATSFORVALTERENS_VEDTAK
}
