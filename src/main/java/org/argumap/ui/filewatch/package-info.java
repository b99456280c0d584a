/**
 * Noticing that another program changed the open map's file: what Argumap last read or wrote, and
 * whether the file still holds it.
 */
package org.argumap.ui.filewatch;
