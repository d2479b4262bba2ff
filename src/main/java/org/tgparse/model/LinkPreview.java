package org.tgparse.model;

/**
 * The preview card of a link (t.me pages).
 *
 * @param url the link target, or null
 * @param siteName the site's name, or null
 * @param title the title, or null
 * @param description the description, or null
 * @param image the image URL, or null
 */
public record LinkPreview(String url, String siteName, String title, String description, String image) {
}
