package org.dangstat.consolidation;

import java.util.List;

/**
 * The inbox files one worker thread handles, in the inbox's order. A class, not a record: step
 * scoped beans are proxied by subclassing.
 */
class InboxShare {

  private final List<InboxFile> files;

  InboxShare(List<InboxFile> files) {
    this.files = files;
  }

  List<InboxFile> files() {
    return files;
  }
}
