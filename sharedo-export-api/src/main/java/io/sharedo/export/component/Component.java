package io.sharedo.export.component;

import java.util.Map;

/**
 * One modeller item from an export package. Every component has a provider (the export provider
 * that produced it), a system name, a display name, and its complete JSON as
 * {@link #properties()}; the typed records add accessors for the fields that matter most.
 *
 * <p>A component from a provider this library does not know is a {@link RawComponent}: never
 * dropped, never an error.
 */
public sealed interface Component permits WorkType, Workflow, Form, OptionSet, Permission, Template, RawComponent {

  /**
   * The export provider that produced this component, for example {@code "sharedo-type"}.
   *
   * @return the provider name
   */
  String provider();

  /**
   * The component's system name, unique within its provider.
   *
   * @return the system name
   */
  String systemName();

  /**
   * The display name.
   *
   * @return the name
   */
  String name();

  /**
   * The component's complete JSON object as read from the package: an unmodifiable, order-keeping
   * map whose values are maps, lists, strings, numbers, booleans or nulls.
   *
   * @return the JSON object
   */
  Map<String, Object> properties();

  /**
   * The key that identifies this component across two exports.
   *
   * @return the provider and system name
   */
  default ComponentKey key() {
    return new ComponentKey(provider(), systemName());
  }
}
