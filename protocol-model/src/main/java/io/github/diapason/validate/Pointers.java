package io.github.diapason.validate;

/** JSON pointer helpers (RFC 6901). */
final class Pointers {
    private Pointers() {
    }

    static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }
}
