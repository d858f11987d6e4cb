package io.sharedo.export.core.internal.download;

import io.sharedo.export.ExportListener;
import java.time.Duration;

/**
 * What every download of one client shares.
 *
 * @param listener receives download events (must not throw)
 * @param idleTimeout how long a body may stay silent before the transfer counts as broken
 * @param maxPackageBytes the most bytes a package may have, whatever the server announces
 */
record DownloadSettings(ExportListener listener, Duration idleTimeout, long maxPackageBytes) {}
