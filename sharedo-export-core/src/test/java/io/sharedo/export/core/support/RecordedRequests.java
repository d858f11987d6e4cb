package io.sharedo.export.core.support;

import io.sharedo.export.testkit.Endpoint;
import io.sharedo.export.testkit.FakeShareDoServer;
import io.sharedo.export.testkit.RecordedRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Reading what a fake server was sent, for tests that check the requests of one endpoint. */
public final class RecordedRequests {
  private RecordedRequests() {}

  /**
   * Takes every request the server has recorded so far and keeps those of one endpoint, in arrival order.
   *
   * @param server the fake server
   * @param endpoint the endpoint to keep
   * @return its requests, oldest first
   * @throws InterruptedException if interrupted while taking
   */
  public static List<RecordedRequest> drain(FakeShareDoServer server, Endpoint endpoint) throws InterruptedException {
    List<RecordedRequest> matching = new ArrayList<>();
    for (RecordedRequest r; (r = server.takeRequest(Duration.ZERO)) != null; ) {
      if (r.endpoint() == endpoint) {
        matching.add(r);
      }
    }
    return matching;
  }
}
