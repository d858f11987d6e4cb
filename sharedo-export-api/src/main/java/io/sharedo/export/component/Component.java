package io.sharedo.export.component;

import java.util.Map;

/**
 * One exported step of a package: its provider, its identity, a display name, and its complete
 * step file as {@link #properties()}. A {@link WorkType} adds typed accessors; a step of any other
 * provider is a {@link RawComponent}.
 */
public sealed interface Component permits WorkType, RawComponent {

  /**
   * The export provider that produced this component, for example {@code "sharedo-type"}.
   *
   * @return the provider name
   */
  String provider();

  /**
   * What identifies this component within its provider, the same on every export and every
   * environment: the step selector's system name (under any key case); else the step file's
   * {@code BaseSharedo.SystemName}; else the selector as canonical JSON (keys sorted, no spaces),
   * for selectors that name an item by {@code Id} or by {@code SharedoTypeSystemName} and {@code Title}.
   *
   * @return the identity, never blank
   */
  String identity();

  /**
   * The display name.
   *
   * @return the name; empty when the package gives none
   */
  String name();

  /**
   * The component's whole step object as read from the package: an unmodifiable, order-keeping
   * map whose values are maps, lists, strings, numbers, booleans or nulls.
   *
   * @return the JSON object
   */
  Map<String, Object> properties();

  /**
   * The key that identifies this component across two exports.
   *
   * @return the provider and identity
   */
  default ComponentKey key() {
    return new ComponentKey(provider(), identity());
  }
}
