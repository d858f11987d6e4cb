package io.sharedo.export.component;

/**
 * Identifies a component across exports: its provider plus its system name.
 *
 * @param provider the export provider, for example {@code "sharedo-workflow"}
 * @param systemName the system name
 */
public record ComponentKey(String provider, String systemName) implements Comparable<ComponentKey> {

  /**
   * Creates the record, checking every argument.
   *
   * @param provider the export provider, for example {@code "sharedo-workflow"}
   * @param systemName the system name
   * @throws IllegalArgumentException naming the argument when one is invalid
   */
  public ComponentKey {
    Values.notBlank(provider, "provider");
    Values.notBlank(systemName, "systemName");
  }

  @Override
  public int compareTo(ComponentKey other) {
    int byProvider = provider.compareTo(other.provider);
    return byProvider != 0 ? byProvider : systemName.compareTo(other.systemName);
  }

  @Override
  public String toString() {
    return provider + "/" + systemName;
  }
}
