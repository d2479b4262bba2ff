/**
 * What the two HTML forms truly share: parsing with jsoup under the depth and size limits ({@link
 * org.tgparse.internal.html.HtmlDocs}), message markup to text with line breaks and entities ({@link
 * org.tgparse.internal.html.HtmlText}), and service-message texts to actions ({@link
 * org.tgparse.internal.html.ServiceActions}). Not exported.
 */
package org.tgparse.internal.html;
