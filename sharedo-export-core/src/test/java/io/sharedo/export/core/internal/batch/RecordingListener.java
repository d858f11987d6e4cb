package io.sharedo.export.core.internal.batch;

import io.sharedo.export.BatchItemOutcome;
import io.sharedo.export.ExportListener;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records every batch event as one record, in delivery order. */
class RecordingListener implements ExportListener {
  record ItemFinished(BatchItemOutcome outcome, int finished, int total) {}

  final List<ItemFinished> events = new CopyOnWriteArrayList<>();

  @Override
  public void batchItemFinished(BatchItemOutcome outcome, int finished, int total) {
    events.add(new ItemFinished(outcome, finished, total));
  }

  List<String> finishedNames() {
    return events.stream().map(e -> e.outcome().params().systemName()).toList();
  }
}
