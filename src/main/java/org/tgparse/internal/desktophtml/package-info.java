/**
 * Telegram Desktop's HTML export ({@code messages.html}, {@code messages2.html}, ... or the export folder): message
 * divs, joined messages, service records, media blocks, replies and forwards. Shares its HTML text and markup
 * helpers with the t.me reader ({@code org.tgparse.internal.html}). Not exported.
 */
package org.tgparse.internal.desktophtml;
