package org.argumap.ui.exchange;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.scene.input.Clipboard;
import javafx.stage.Window;
import org.argumap.fetch.FetchCancelledException;
import org.argumap.fetch.FetchException;
import org.argumap.fetch.FetchedThread;
import org.argumap.fetch.ThreadFetcher;
import org.argumap.fetch.ThreadLink;
import org.argumap.io.thread.ThreadImportOptions;
import org.argumap.ui.DocumentController;
import org.argumap.ui.dialog.Prompts;

/**
 * File › Import from Link… and a thread's link pasted on the window: the address, the thread's
 * options (as for a saved thread), then the fetch on a worker with its progress and Cancel, and
 * only then the question about unsaved changes, as with a file. The fetched map has no file and
 * is named after the thread; a failure is one message naming the address, and the open map stays.
 */
public final class LinkImporter {
    private final DocumentController documents;
    private final MapImporter importer;
    private final Prompts prompts;
    private final Supplier<Window> owner;
    private ThreadFetcher fetcher;
    /** The last options chosen, offered again: a moderator importing several threads keeps one policy. */
    private ThreadImportOptions threadOptions = ThreadImportOptions.DEFAULTS;
    private boolean busy;

    public LinkImporter(DocumentController documents, MapImporter importer, Prompts prompts, Supplier<Window> owner,
            ThreadFetcher fetcher) {
        this.documents = Objects.requireNonNull(documents);
        this.importer = Objects.requireNonNull(importer);
        this.prompts = Objects.requireNonNull(prompts);
        this.owner = Objects.requireNonNull(owner);
        this.fetcher = Objects.requireNonNull(fetcher);
    }

    /** Where threads are fetched from; tests put a server on the loopback address here. */
    public void useFetcher(ThreadFetcher replacement) {
        fetcher = Objects.requireNonNull(replacement);
    }

    /** File › Import from Link…: the clipboard's link is offered, when it holds one. */
    public void importFromLink() {
        if (busy) {
            return;
        }
        String offered = Optional.ofNullable(Clipboard.getSystemClipboard().getString())
                .filter(ThreadLink::isThreadLink).map(String::strip).orElse("");
        LinkDialog dialog = new LinkDialog(offered);
        dialog.initOwner(owner.get());
        dialog.showAndWait().ifPresent(this::withOptions);
    }

    /** A link pasted on the window: straight to the thread's options. False if the text is no thread's link. */
    public boolean importLink(String text) {
        if (busy || !ThreadLink.isThreadLink(text)) {
            return false;
        }
        try {
            withOptions(ThreadLink.of(text));
        } catch (FetchException e) {
            return false; // isThreadLink said it was; nothing to do otherwise
        }
        return true;
    }

    private void withOptions(ThreadLink link) {
        ThreadOptionsDialog options = new ThreadOptionsDialog(link.link().toString(), link.site().label(), threadOptions);
        options.initOwner(owner.get());
        options.showAndWait().ifPresent(chosen -> {
            threadOptions = chosen;
            fetch(link, chosen);
        });
    }

    private void fetch(ThreadLink link, ThreadImportOptions options) {
        AtomicBoolean cancelled = new AtomicBoolean();
        FetchProgressDialog progress = new FetchProgressDialog(link.link().toString());
        progress.initOwner(owner.get());
        ThreadFetcher used = fetcher;
        Task<FetchedThread> task = new Task<>() {
            @Override
            protected FetchedThread call() throws FetchException {
                return used.fetch(link, options, (answers, address) -> Platform.runLater(() -> progress.showAnswers(answers)),
                        cancelled::get);
            }
        };
        // Cancel, Escape or closing the dialog: the worker stops at its next check, within moments.
        progress.setOnHidden(e -> cancelled.set(true));
        task.setOnSucceeded(e -> {
            busy = false;
            progress.setOnHidden(null);
            progress.close();
            adopt(task.getValue());
        });
        task.setOnFailed(e -> {
            busy = false;
            progress.setOnHidden(null);
            progress.close();
            Throwable error = task.getException();
            if (error instanceof FetchCancelledException) {
                return;
            }
            prompts.showError(owner.get(), "Could not import from " + link.link(), error instanceof FetchException
                    ? error.getMessage() : String.valueOf(error));
        });
        Thread worker = new Thread(task, "fetch " + link.link().getHost());
        worker.setDaemon(true);
        busy = true;
        progress.show();
        worker.start();
    }

    private void adopt(FetchedThread thread) {
        if (!documents.confirmDiscard()) {
            return;
        }
        int warnings = thread.result().warnings().size();
        String notice = "Imported " + thread.link().link() + " as " + thread.site() + " thread (" + thread.requests()
                + (thread.requests() == 1 ? " request" : " requests") + ")"
                + (warnings == 0 ? "." : " with " + warnings + (warnings == 1 ? " warning." : " warnings."));
        importer.adoptRead(thread.result(), thread.documentName(), thread.link().link().toString(), notice);
    }
}
