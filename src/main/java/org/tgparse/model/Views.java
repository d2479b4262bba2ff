package org.tgparse.model;

/**
 * A post's view count, where the format shows one (t.me pages, Desktop exports of channels).
 *
 * @param count the number of views ({@code 8.67M} is 8670000), or null when the text could not be read as one
 * @param text the view count as the page wrote it ({@code 8.67M}), or null where the format gives only a number
 */
public record Views(Long count, String text) {
}
