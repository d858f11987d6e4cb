package io.sharedo.export.component;

/**
 * Export provider names. Only work types are modelled as typed components; every other provider's
 * steps are {@link RawComponent}s. Names such as {@code sharedo-workflow}, {@code sharedo-form} or
 * {@code sharedo-template} have never been seen in a real package, so nothing relies on them.
 */
public final class Providers {
  /** Work types, the provider real exports hold ({@code sharedo-type}). */
  public static final String WORK_TYPE = "sharedo-type";

  private Providers() {}
}
