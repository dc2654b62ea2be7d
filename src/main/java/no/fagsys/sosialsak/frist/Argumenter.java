package no.fagsys.sosialsak.frist;

/** Argument checks shared by the deadline classes. */
final class Argumenter {

  private Argumenter() {
  }

  /** The value, or an {@link IllegalArgumentException} naming the argument when it is {@code null}. */
  static <T> T requireArgument(T value, String name) {
    if (value == null) {
      throw new IllegalArgumentException(name + " must not be null");
    }
    return value;
  }
}
