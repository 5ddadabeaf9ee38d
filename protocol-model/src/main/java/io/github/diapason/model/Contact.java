package io.github.diapason.model;

/** A person to reach about the study or a site. */
public record Contact(String name, String role, String email, String phone) {
}
