/**
 * Saved {@code t.me/s/<channel>} web pages: the channel header, each {@code tgme_widget_message} with its text,
 * forward, reply, media, views, reactions and edit mark. Not exported.
 */
package org.tgparse.internal.tme;
