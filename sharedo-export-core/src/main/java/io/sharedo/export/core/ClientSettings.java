package io.sharedo.export.core;

import io.sharedo.export.ExportListener;
import io.sharedo.export.core.pkg.PackageLimits;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutorService;

/** The frozen settings of one client, as its builder collected them. Immutable. */
record ClientSettings(
    Map<String, Environment> environments,
    ExportListener listener,
    PollPolicy pollPolicy,
    RetrySettings retrySettings,
    PackageLimits packageLimits,
    Duration connectTimeout,
    Duration requestTimeout,
    ExecutorService executor,
    Path journalDirectory,
    RecoveryPolicy recoveryPolicy,
    Endpoints endpoints,
    Path tempDirectory,
    long maxResponseBodySize,
    Duration closeTimeout) {}
