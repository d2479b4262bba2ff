/**
 * Telegram Desktop's JSON export ({@code result.json}, single chat or whole account), read as a stream with
 * Jackson core: one message object at a time is mapped to a record ({@link
 * org.tgparse.internal.desktopjson.JsonMessageMapper}), text parts to text and entities ({@link
 * org.tgparse.internal.desktopjson.TextParts}). See docs/formats.md. Not exported.
 */
package org.tgparse.internal.desktopjson;
