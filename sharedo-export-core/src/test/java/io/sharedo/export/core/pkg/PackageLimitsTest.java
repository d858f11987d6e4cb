package io.sharedo.export.core.pkg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PackageLimitsTest {

  @Test
  void defaultsAreGenerousButBounded() {
    PackageLimits defaults = PackageLimits.defaults();

    assertThat(defaults.maxTotalUncompressedBytes()).isEqualTo(512L * 1024 * 1024);
    assertThat(defaults.maxEntries()).isEqualTo(50_000);
    assertThat(defaults.maxCompressionRatio()).isEqualTo(100);
    assertThat(defaults.maxEntryBytes()).isEqualTo(64L * 1024 * 1024);
    assertThat(defaults.maxManifestBytes()).isEqualTo(8L * 1024 * 1024);
    assertThat(defaults.maxSteps()).isEqualTo(10_000);
    assertThat(defaults.maxDependencies()).isEqualTo(100_000);
    assertThat(defaults.maxPackageBytes()).isEqualTo(1L << 30);
    assertThat(PackageReader.withDefaults().limits()).isEqualTo(defaults);
  }

  @Test
  void builderChangesOnlyWhatItIsTold() {
    PackageLimits limits = PackageLimits.builder().maxEntries(10).maxCompressionRatio(20).build();

    assertThat(limits).isEqualTo(new PackageLimits(512L * 1024 * 1024, 10, 20, 64L * 1024 * 1024, 1L << 30,
        8L * 1024 * 1024, 10_000, 100_000));
    assertThat(limits.toBuilder().maxEntryBytes(5).maxSteps(3).build())
        .isEqualTo(new PackageLimits(512L * 1024 * 1024, 10, 20, 5, 1L << 30, 8L * 1024 * 1024, 3, 100_000));
  }

  @Test
  void refusesLimitsThatAreNotPositiveNamingThem() {
    assertThatThrownBy(() -> new PackageLimits(0, 1, 1, 1, 1, 1, 1, 1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxTotalUncompressedBytes must be positive, was 0");
    assertThatThrownBy(() -> PackageLimits.builder().maxEntries(-1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxEntries");
    assertThatThrownBy(() -> PackageLimits.builder().maxCompressionRatio(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxCompressionRatio");
    assertThatThrownBy(() -> PackageLimits.builder().maxEntryBytes(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxEntryBytes");
    assertThatThrownBy(() -> PackageLimits.builder().maxManifestBytes(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxManifestBytes");
    assertThatThrownBy(() -> PackageLimits.builder().maxSteps(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxSteps");
    assertThatThrownBy(() -> PackageLimits.builder().maxDependencies(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxDependencies");
    assertThatThrownBy(() -> PackageLimits.builder().maxPackageBytes(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxPackageBytes");
  }

  @Test
  void readerReportsItsLimits() {
    PackageLimits limits = PackageLimits.builder().maxEntries(7).build();

    assertThat(PackageReader.create(limits).limits()).isSameAs(limits);
    assertThat(PackageReader.create(limits).toString()).contains("maxEntries=7");
  }
}
