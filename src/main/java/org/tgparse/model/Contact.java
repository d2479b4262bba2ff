package org.tgparse.model;

/**
 * A shared contact.
 *
 * @param firstName first name, or null
 * @param lastName last name, or null
 * @param phoneNumber phone number, or null
 */
public record Contact(String firstName, String lastName, String phoneNumber) {
}
