/**
 * Import from a link: recognises a thread's address (Reddit, Lemmy, PieFed, Hacker News,
 * Discourse), asks the site's documented API for the post and every page of comments, and reads
 * the answers with the thread readers of {@code io.thread}. Only GET requests, only to the host
 * the user named (Hacker News: its documented API at hn.algolia.com; redd.it: www.reddit.com),
 * with a timeout, a size limit, no cookies or credentials, progress and cancel. See
 * {@code src/site/markdown/import-export.md#importing-from-a-link}.
 */
package org.argumap.fetch;
