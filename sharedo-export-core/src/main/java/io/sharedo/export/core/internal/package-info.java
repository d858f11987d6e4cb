/**
 * The implementation behind the public packages of core: nothing here is API, any of it may change
 * in any release, and javadoc leaves it out. {@link io.sharedo.export.core.internal.RequestThrottle}
 * is the hook through which a batch paces the requests of each export.
 */
@NullMarked
package io.sharedo.export.core.internal;

import org.jspecify.annotations.NullMarked;
