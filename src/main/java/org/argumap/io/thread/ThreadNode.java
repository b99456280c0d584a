package org.argumap.io.thread;

import java.util.ArrayList;
import java.util.List;
import org.argumap.io.json.Place;

/**
 * A post or comment as read from a site's JSON, before the options decide what to keep: the
 * common shape of a Reddit and a Lemmy thread.
 */
final class ThreadNode {
    /** Whether the words are still there; a deleted or removed comment keeps its place. */
    enum Status { LIVE, DELETED, REMOVED }

    /**
     * A "load more comments" link in the file: {@code count} comments the file does not hold
     * (0: the branch goes on deeper). {@code position} orders stubs as the file does.
     */
    record Stub(long count, String place, Place position) {
    }

    final String sourceId;
    final String place;
    String title = "";
    String text = "";
    String author = "";
    String url = "";
    String date = "";
    Long score;
    boolean scoreHidden;
    Status status = Status.LIVE;
    final List<ThreadNode> replies = new ArrayList<>();
    final List<Stub> stubs = new ArrayList<>();

    ThreadNode(String sourceId, String place) {
        this.sourceId = sourceId;
        this.place = place;
    }

    boolean isGone() {
        return status != Status.LIVE;
    }
}
