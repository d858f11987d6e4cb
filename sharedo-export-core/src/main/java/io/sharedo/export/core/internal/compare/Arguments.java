package io.sharedo.export.core.internal.compare;

/** Argument checks for the renderers; failures name the argument. */
final class Arguments {
  private Arguments() {}

  static <T> T notNull(T value, String name) {
    if (value == null) {
      throw new IllegalArgumentException(name + " cannot be null");
    }
    return value;
  }
}
