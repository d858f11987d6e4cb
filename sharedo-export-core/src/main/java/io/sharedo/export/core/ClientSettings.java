package io.sharedo.export.core;

import io.sharedo.export.ExportListener;
import io.sharedo.export.core.pkg.PackageLimits;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import org.jspecify.annotations.Nullable;

/** The frozen settings of one client, as its builder collected them. Immutable. */
record ClientSettings(
    Map<String, Environment> environments,
    ExportListener listener,
    PollPolicy pollPolicy,
    RetrySettings retrySettings,
    PackageLimits packageLimits,
    Duration connectTimeout,
    Duration requestTimeout,
    @Nullable ExecutorService executor,
    @Nullable Path journalDirectory,
    RecoveryPolicy recoveryPolicy,
    Endpoints endpoints,
    Path tempDirectory,
    long maxResponseBodySize,
    Duration closeTimeout) {}
