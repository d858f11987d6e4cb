package io.sharedo.export.component;

/**
 * Identifies a component across exports: its provider plus its identity within the provider.
 *
 * @param provider the export provider, for example {@code "sharedo-type"}
 * @param identity the component's {@linkplain Component#identity() identity}, for example {@code "matter"}
 */
public record ComponentKey(String provider, String identity) implements Comparable<ComponentKey> {

  /**
   * Creates the record, checking every argument.
   *
   * @param provider the export provider, for example {@code "sharedo-type"}
   * @param identity the component's identity
   * @throws IllegalArgumentException naming the argument when one is invalid
   */
  public ComponentKey {
    Values.notBlank(provider, "provider");
    Values.notBlank(identity, "identity");
  }

  @Override
  public int compareTo(ComponentKey other) {
    int byProvider = provider.compareTo(other.provider);
    return byProvider != 0 ? byProvider : identity.compareTo(other.identity);
  }

  @Override
  public String toString() {
    return provider + "/" + identity;
  }
}
